import ArgumentParser
import Foundation
import MARCore
import MARScenarios

/// `--curriculum` and `--scenarios`. Without them, the course is found by walking up from the
/// scenario file, then from the current directory, to a folder holding `Curriculum/`, else beside the
/// executable (the Scenarios folder: from the scenario file, or the current directory when none is named).
struct Folders: ParsableArguments {
    @Option(help: "The Curriculum folder (formulary, profiles, lessons). Default: the nearest Curriculum/ above the scenario file or the current folder, else the one installed beside marcoach.")
    var curriculum: String?

    @Option(help: "The Scenarios folder. Default: the Scenarios/ beside the Curriculum folder found.")
    var scenarios: String?

    /// A folder named on the command line must be there: a mistyped `--curriculum` silently coded with an empty
    /// formulary, and a mistyped `--scenarios` gave a course with no scenarios. (new-scenario creates a
    /// Scenarios/ folder only when none is named.)
    func validate() throws {
        for (option, path) in [("--curriculum", curriculum), ("--scenarios", scenarios)] {
            guard let path else { continue }
            guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("\(option) \(path): no such folder") }
            guard isFolder(path) else { throw ValidationError("\(option) \(path): a file, not a folder") }
        }
    }

    /// An installed `Curriculum`/`Scenarios` beside the executable.
    private func besideExecutable(_ name: String) -> String? {
        let fm = FileManager.default
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [exe.appendingPathComponent(name), exe.appendingPathComponent("../share/marcoach/\(name)")] {
            if fm.fileExists(atPath: candidate.path) { return candidate.standardizedFileURL.path }
        }
        return nil
    }

    /// The Curriculum folder for a scenario at `path`: the nearest above it, else the nearest above the current
    /// directory (a file kept outside the course, coded from the course folder), else the one beside marcoach.
    func curriculumDirectory(near path: String?) -> String? {
        if let curriculum { return curriculum }
        if let path, let found = CourseLayout.curriculumFolder(walkingUpFrom: path) { return found }
        return CourseLayout.curriculumFolder(walkingUpFrom: FileManager.default.currentDirectoryPath)
            ?? besideExecutable("Curriculum")
    }

    /// The Scenarios folder for a scenario at `path` (or for the current directory when nil).
    func scenariosDirectory(near path: String?) -> String? {
        if let scenarios { return scenarios }
        if curriculum == nil, let found = CourseLayout.curriculumFolder(walkingUpFrom: path ?? FileManager.default.currentDirectoryPath) {
            return CourseLayout.scenariosFolder(besideCurriculum: found)
        }
        if let curriculum, let beside = CourseLayout.scenariosFolder(besideCurriculum: curriculum) { return beside }
        let here = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("Scenarios")
        if path == nil, FileManager.default.fileExists(atPath: here) { return here }
        return besideExecutable("Scenarios")
    }

    var curriculumDirectory: String? { curriculumDirectory(near: nil) }
    var scenariosDirectory: String? { scenariosDirectory(near: nil) }

    /// One line on standard error when no Curriculum folder is found, so an empty formulary is not a mystery.
    func noteIfNoCurriculum(near path: String?) {
        guard curriculumDirectory(near: path) == nil else { return }
        let here = FileManager.default.currentDirectoryPath
        let from = path.map { (CourseLayout.absolute($0) as NSString).deletingLastPathComponent }.map { $0 == here ? $0 : "\($0) or \(here)" }
            ?? here
        printError("note: no Curriculum/ folder found in \(from) or above, nor beside marcoach: the formulary is empty "
                   + "and only built-in profiles exist; run from the course folder or pass --curriculum DIR")
    }

    /// The load context (formulary and profiles) for scenarios at `path`, without reading every scenario.
    func context(profileOverride: String? = nil, near path: String? = nil, quiet: Bool = false) -> (LoadContext, [Diagnostic]) {
        if !quiet { noteIfNoCurriculum(near: path) }
        let lib = Library.loadSetup(curriculumDirectory: curriculumDirectory(near: path), profileOverride: profileOverride)
        return (LoadContext(formulary: lib.formulary, profiles: lib.profiles, profileOverride: profileOverride),
                lib.diagnostics.filter { !$0.path.hasSuffix("curriculum.yaml") })
    }
}

/// Writes to standard error.
/// A path as messages show it: relative to the current folder when it lies under it (a course found by walking up
/// is read through absolute paths, a folder named on the command line through relative ones; both show alike).
func shownPath(_ path: String) -> String {
    let here = FileManager.default.currentDirectoryPath
    let prefix = here.hasSuffix("/") ? here : here + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The curriculum, or a clear error and exit 2. `indexed`: scenarios are loaded when first opened (the
/// trainer's start); a file that fails then is reported on standard error.
func loadCurriculum(_ folders: Folders, indexed: Bool = false) throws -> Curriculum {
    try loadCourse(folders, indexed: indexed).curriculum
}

/// The course as `loadCurriculum` loads it, with the formulary and profiles its scenarios were read with when it
/// was loaded whole (nil from the index, which reads no scenario): what generated scenarios are made with.
func loadCourse(_ folders: Folders, indexed: Bool = false) throws -> (curriculum: Curriculum, context: LoadContext?) {
    let curriculum: Curriculum?
    let diagnostics: [Diagnostic]
    let unloaded: [String]
    var context: LoadContext?
    if indexed {
        (curriculum, diagnostics) = Library.loadIndexed(curriculumDirectory: folders.curriculumDirectory,
                                                        scenariosDirectory: folders.scenariosDirectory) { problems in
            problems.prefix(20).forEach { printError($0.withPath(shownPath($0.path)).description) }
        }
        var seen = Set<String>()
        let scenariosFolder = folders.scenariosDirectory ?? "\u{0}"
        unloaded = diagnostics.filter { $0.isError && $0.path.hasPrefix(scenariosFolder) }.map(\.path)
            .filter { seen.insert($0).inserted }
    } else {
        let library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: folders.scenariosDirectory)
        (curriculum, diagnostics, unloaded) = (library.curriculum, library.diagnostics, library.unloadedScenarioPaths)
        context = LoadContext(formulary: library.formulary, profiles: library.profiles)
    }
    if !unloaded.isEmpty {
        let n = unloaded.count
        let named = unloaded.prefix(5).map(shownPath).joined(separator: ", ") + (n > 5 ? ", …" : "")
        printError("\(n) scenario\(n == 1 ? "" : "s") did not load (\(named)): run `marcoach validate` "
                   + (n == 1 ? "(learners cannot see it until it loads)" : "(learners cannot see them until they load)"))
    }
    guard let curriculum else {
        diagnostics.filter(\.isError).prefix(20).forEach { printError($0.description) }
        printError("marcoach: no usable curriculum found (looked for Curriculum/curriculum.yaml here and beside the "
                   + "executable); pass --curriculum DIR --scenarios DIR, or run 'marcoach validate' for details")
        throw ExitCode(2)
    }
    // A course without a scenario is a folder mix-up, not "the end of the course, every scenario solved".
    if curriculum.scenarioIDs.isEmpty {
        let why: String
        if let dir = folders.scenariosDirectory, FileManager.default.fileExists(atPath: dir) {
            why = Library.scenarioPaths(in: dir).isEmpty ? "no scenario files (*.yaml, *.yml) in \(dir)"
                : "none of the scenario files in \(dir) loads (run 'marcoach validate')"
        } else {
            why = folders.scenariosDirectory.map { "\($0) does not exist" }
                ?? "no Scenarios/ folder beside the Curriculum folder, here, or beside marcoach"
        }
        printError("marcoach: the course has no scenarios: \(why); run from the course folder or pass --scenarios DIR")
        throw ExitCode(2)
    }
    return (curriculum, context)
}

/// Whether `path` is an existing folder (links followed).
func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
}

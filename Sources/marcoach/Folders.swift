import ArgumentParser
import Foundation
import MARCore
import MARScenarios

/// `--curriculum` and `--scenarios`: the `Curriculum/` and `Scenarios/` folders of the current directory,
/// else those installed beside the executable.
struct Folders: ParsableArguments {
    @Option(help: "The Curriculum folder (formulary, profiles, lessons).")
    var curriculum: String?

    @Option(help: "The Scenarios folder.")
    var scenarios: String?

    func resolved(_ name: String, _ given: String?) -> String? {
        if let given { return given }
        let fm = FileManager.default
        let here = (fm.currentDirectoryPath as NSString).appendingPathComponent(name)
        if fm.fileExists(atPath: here) { return here }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [exe.appendingPathComponent(name), exe.appendingPathComponent("../share/marcoach/\(name)")] {
            if fm.fileExists(atPath: candidate.path) { return candidate.standardizedFileURL.path }
        }
        return nil
    }

    var curriculumDirectory: String? { resolved("Curriculum", curriculum) }
    var scenariosDirectory: String? { resolved("Scenarios", scenarios) }

    /// The load context (formulary and profiles) without reading every scenario.
    func context(profileOverride: String? = nil) -> (LoadContext, [Diagnostic]) {
        let lib = Library.loadSetup(curriculumDirectory: curriculumDirectory, profileOverride: profileOverride)
        return (LoadContext(formulary: lib.formulary, profiles: lib.profiles, profileOverride: profileOverride),
                lib.diagnostics.filter { !$0.path.hasSuffix("curriculum.yaml") })
    }
}

/// Writes to standard error.
func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The curriculum, or a clear error and exit 2. `indexed`: scenarios are loaded when first opened (the
/// trainer); a file that fails then is reported on standard error.
func loadCurriculum(_ folders: Folders, indexed: Bool = false) throws -> Curriculum {
    let curriculum: Curriculum?
    let diagnostics: [Diagnostic]
    if indexed {
        (curriculum, diagnostics) = Library.loadIndexed(curriculumDirectory: folders.curriculumDirectory,
                                                        scenariosDirectory: folders.scenariosDirectory) { problems in
            problems.prefix(20).forEach { printError($0.description) }
        }
    } else {
        let library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: folders.scenariosDirectory)
        (curriculum, diagnostics) = (library.curriculum, library.diagnostics)
    }
    guard let curriculum else {
        diagnostics.filter(\.isError).prefix(20).forEach { printError($0.description) }
        printError("marcoach: no usable curriculum found (looked for Curriculum/curriculum.yaml here and beside the "
                   + "executable); pass --curriculum DIR --scenarios DIR, or run 'marcoach validate' for details")
        throw ExitCode(2)
    }
    return curriculum
}

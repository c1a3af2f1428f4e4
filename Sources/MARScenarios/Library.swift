import Foundation
import MARCore

/// Everything the trainer reads from disk: formulary, profiles, every scenario file and the
/// curriculum, with all their diagnostics.
public struct Library: Sendable {
    public var formulary: Formulary
    public var profiles: ProfileStore
    /// Scenarios that loaded without errors, ordered by path.
    public var scenarios: [ScenarioFile]
    /// Nil when there is no `curriculum.yaml` or it has errors.
    public var curriculum: Curriculum?
    /// Every diagnostic of every file read, grouped by file in the order read.
    public var diagnostics: [Diagnostic]
    /// Scenario files that did not load (errors, or an id another file has): learners do not see them.
    public var unloadedScenarioPaths: [String] = []

    public init(formulary: Formulary = .empty, profiles: ProfileStore = .builtIn, scenarios: [ScenarioFile] = [],
                curriculum: Curriculum? = nil, diagnostics: [Diagnostic] = []) {
        self.formulary = formulary
        self.profiles = profiles
        self.scenarios = scenarios
        self.curriculum = curriculum
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.scenario.id == id }?.scenario }

    /// Loads `formulary.yaml`, `profiles.yaml` and `curriculum.yaml` from `curriculumDirectory` (each
    /// when present), then every `*.yaml`/`*.yml` under `scenariosDirectory` at any depth.
    /// `profileOverride` is `--profile`.
    public static func load(curriculumDirectory: String?, scenariosDirectory: String?,
                            profileOverride: String? = nil) -> Library {
        load(curriculumDirectory: curriculumDirectory, scenariosDirectory: scenariosDirectory, profileOverride: profileOverride,
             curriculum: true)
    }

    private static func load(curriculumDirectory: String?, scenariosDirectory: String?, profileOverride: String? = nil,
                             curriculum readCurriculum: Bool) -> Library {
        var lib = Library()
        let fm = FileManager.default
        func path(_ name: String) -> String? {
            guard let dir = curriculumDirectory else { return nil }
            let p = (dir as NSString).appendingPathComponent(name)
            return fm.fileExists(atPath: p) ? p : nil
        }
        if let p = path("formulary.yaml") {
            let (f, d) = Formulary.load(path: p)
            lib.formulary = f
            lib.diagnostics += d
        }
        if let p = path("profiles.yaml") {
            let (s, d) = ProfileStore.load(path: p)
            lib.profiles = s
            lib.diagnostics += d
        }
        let context = LoadContext(formulary: lib.formulary, profiles: lib.profiles, profileOverride: profileOverride)
        if let dir = scenariosDirectory {
            let (files, d) = loadScenarios(in: dir, context: context)
            lib.scenarios = files
            lib.diagnostics += d
            var seen = Set<String>()
            lib.unloadedScenarioPaths = d.filter(\.isError).map(\.path).filter { seen.insert($0).inserted }
        }
        if !readCurriculum {
            return lib
        } else if let p = path("curriculum.yaml") {
            let (c, d) = CurriculumLoader.load(path: p, scenarios: lib.scenarios)
            lib.curriculum = c
            lib.diagnostics += d
        } else if let dir = curriculumDirectory, fm.fileExists(atPath: dir) {
            lib.diagnostics.append(Diagnostic(path: (dir as NSString).appendingPathComponent("curriculum.yaml"),
                                              location: .start, message: "curriculum.yaml is missing from the Curriculum folder"))
        }
        return lib
    }

    /// The formulary and profiles only: what scenario files are read against.
    public static func loadSetup(curriculumDirectory: String?, profileOverride: String? = nil) -> Library {
        load(curriculumDirectory: curriculumDirectory, scenariosDirectory: nil, profileOverride: profileOverride, curriculum: false)
    }

    /// The curriculum as `load` builds it, but with a scenario index: each scenario file is read for its
    /// id, difficulty and topics only, and loaded (fully checked) when first opened. `report` receives
    /// the errors of a file that fails then. For the trainer, whose start should not wait for every MAR.
    public static func loadIndexed(curriculumDirectory: String?, scenariosDirectory: String?,
                                   report: @escaping @Sendable ([Diagnostic]) -> Void) -> (Curriculum?, [Diagnostic]) {
        let base = load(curriculumDirectory: curriculumDirectory, scenariosDirectory: nil, curriculum: false)
        var diagnostics = base.diagnostics
        let context = LoadContext(formulary: base.formulary, profiles: base.profiles)
        let index: ScenarioIndex
        if let dir = scenariosDirectory {
            let (built, d) = ScenarioIndex.build(directory: dir, context: context, report: report)
            index = built
            diagnostics += d
        } else {
            index = ScenarioIndex(headers: [], preloaded: [], context: context, report: report)
        }
        guard let dir = curriculumDirectory else { return (nil, diagnostics) }
        let path = (dir as NSString).appendingPathComponent("curriculum.yaml")
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.append(Diagnostic(path: path, location: .start, message: "curriculum.yaml is missing from the Curriculum folder"))
            return (nil, diagnostics)
        }
        let (c, d) = CurriculumLoader.load(path: path, headers: index.headers, source: index)
        return (c, diagnostics + d)
    }

    /// Every scenario file under `directory` (any depth), in path order; duplicate ids are errors.
    public static func loadScenarios(in directory: String, context: LoadContext) -> ([ScenarioFile], [Diagnostic]) {
        let paths = scenarioPaths(in: directory)
        let results = concurrentMap(paths.count) { ScenarioLoader.load(path: paths[$0].full, context: context) }
        var files: [ScenarioFile] = []
        var diagnostics: [Diagnostic] = []
        var firstPath: [String: String] = [:]
        for (i, result) in results.enumerated() {
            diagnostics += result.diagnostics
            guard let s = result.scenario else { continue }
            if let other = firstPath[s.id] {
                diagnostics.append(DuplicateIDs.diagnostic(id: s.id, path: result.path, at: result.idLocation, otherPath: other))
                continue
            }
            firstPath[s.id] = result.path
            files.append(ScenarioFile(scenario: s, path: result.path, relativePath: paths[i].relative, idLocation: result.idLocation))
        }
        return (files, diagnostics)
    }

    /// `*.yaml` and `*.yml` files under `directory`, sorted by relative path; hidden files and folders
    /// are skipped, and folders reached through a symbolic link are not entered. A POSIX walk
    /// (`readdir`, the entry's type, `stat` only when the type is not given): Foundation's enumerator
    /// with a resource value per file cost more than parsing the files' headers.
    public static func scenarioPaths(in directory: String) -> [(full: String, relative: String)] {
        var out: [(String, String)] = []
        func walk(_ relativeFolder: String) {
            let folder = relativeFolder.isEmpty ? directory : directory + "/" + relativeFolder
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(folder + "/" + name, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFLNK ? Int32(DT_LNK) : Int32(DT_REG)
                }
                if type == Int32(DT_DIR) {
                    walk(relative)
                    continue
                }
                let lower = name.lowercased()
                guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { continue }
                if type == Int32(DT_LNK) {
                    // A link counts when it leads to a regular file.
                    var info = stat()
                    guard stat(folder + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                } else if type != Int32(DT_REG) {
                    continue
                }
                out.append(((directory as NSString).appendingPathComponent(relative), relative))
            }
        }
        walk("")
        return out.sorted { $0.1 < $1.1 }
    }
}

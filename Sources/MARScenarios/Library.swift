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
        if let p = path("curriculum.yaml") {
            let (c, d) = CurriculumLoader.load(path: p, scenarios: lib.scenarios)
            lib.curriculum = c
            lib.diagnostics += d
        } else if let dir = curriculumDirectory, fm.fileExists(atPath: dir) {
            lib.diagnostics.append(Diagnostic(path: (dir as NSString).appendingPathComponent("curriculum.yaml"),
                                              location: .start, message: "curriculum.yaml is missing from the Curriculum folder"))
        }
        return lib
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
            files.append(ScenarioFile(scenario: s, path: result.path, relativePath: paths[i].relative))
        }
        return (files, diagnostics)
    }

    /// `*.yaml` and `*.yml` files under `directory`, sorted by relative path.
    public static func scenarioPaths(in directory: String) -> [(full: String, relative: String)] {
        let root = URL(fileURLWithPath: directory)
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles]) else { return [] }
        let rootPath = root.standardizedFileURL.path
        var out: [(String, String)] = []
        for case let url as URL in e {
            let ext = url.pathExtension.lowercased()
            guard ext == "yaml" || ext == "yml",
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            var rel = full.hasPrefix(rootPath) ? String(full.dropFirst(rootPath.count)) : url.lastPathComponent
            while rel.hasPrefix("/") { rel.removeFirst() }
            out.append(((directory as NSString).appendingPathComponent(rel), rel))
        }
        return out.sorted { $0.1 < $1.1 }
    }
}

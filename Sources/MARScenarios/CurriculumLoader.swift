import Foundation
import MARCore

/// A scenario with the file it came from.
public struct ScenarioFile: Sendable {
    public var scenario: Scenario
    /// The path as found on disk.
    public var path: String
    /// The path relative to the scenarios folder (`02-pushes/repeat-push.yaml`).
    public var relativePath: String
    /// Where the file declares its `id:` (1:1 when the id comes from the file name), when the loader said.
    public var idLocation: SourceLocation?

    public init(scenario: Scenario, path: String, relativePath: String, idLocation: SourceLocation? = nil) {
        self.scenario = scenario
        self.path = path
        self.relativePath = relativePath
        self.idLocation = idLocation
    }
}

/// Reads `Curriculum/curriculum.yaml`:
///
/// ```yaml
/// title: Drug administration coding for hospital outpatient facilities
/// modules:
///   - id: 01-reading-the-mar            # kebab-case, unique
///     title: Reading the MAR and the encounter window
///     lesson: lessons/01-reading-the-mar.md   # relative to Curriculum/
///     scenarios: [id-a, id-b]            # optional explicit ids, in order
///     topics: [ed-obs]                   # optional: also every scenario tagged with one of these topics
/// ```
/// With neither `scenarios` nor `topics`, a module holds every scenario under `Scenarios/<module id>/`,
/// ordered by difficulty then id.
public enum CurriculumLoader {
    /// Loads the curriculum file at `path` against the loaded scenarios; lessons are read relative
    /// to the file's folder.
    public static func load(path: String, scenarios: [ScenarioFile]) -> (Curriculum?, [Diagnostic]) {
        load(path: path, headers: scenarios.map(ScenarioHeader.init), source: ScenariosInMemory(scenarios.map(\.scenario)))
    }

    /// Loads the curriculum file at `path` against scenario headers; the curriculum takes its
    /// scenarios from `source` (an index that loads each when first asked for).
    public static func load(path: String, headers: [ScenarioHeader], source: any ScenarioSource) -> (Curriculum?, [Diagnostic]) {
        let log = DiagnosticLog(path: path)
        guard let text = YAMLSource.read(path: path, log: log) else { return (nil, log.sorted) }
        let base = (path as NSString).deletingLastPathComponent
        return load(text: text, log: log, headers: headers, source: source) { relative in
            let full = (base as NSString).appendingPathComponent(relative)
            return try? String(contentsOfFile: full, encoding: .utf8)
        }
    }

    /// The module ids of a curriculum file in teaching order, read without lessons or scenarios;
    /// empty when the file is missing or not a curriculum.
    public static func moduleIDs(path: String) -> [String] {
        let log = DiagnosticLog(path: path)
        guard let text = YAMLSource.read(path: path, log: log), let root = YAMLSource.compose(text, log: log),
              case .mapping(let top) = root, case .sequence(let modules)? = top["modules"] else { return [] }
        return modules.compactMap { m in
            guard case .mapping(let mm) = m, case .scalar(let id)? = mm["id"] else { return nil }
            return id.string
        }
    }

    /// Loads curriculum text; `lesson` returns a lesson's text by its relative path, or nil when missing.
    public static func load(text: String, path: String, scenarios: [ScenarioFile],
                            lesson: (String) -> String?) -> (Curriculum?, [Diagnostic]) {
        load(text: text, log: DiagnosticLog(path: path), headers: scenarios.map(ScenarioHeader.init),
             source: ScenariosInMemory(scenarios.map(\.scenario)), lesson: lesson)
    }

    private static func load(text: String, log: DiagnosticLog, headers scenarios: [ScenarioHeader], source: any ScenarioSource,
                             lesson readLesson: (String) -> String?) -> (Curriculum?, [Diagnostic]) {
        let r = NodeReader(log: log)
        guard let root = YAMLSource.compose(text, log: log) else {
            if !log.hasErrors { log.error(.start, "the curriculum file is empty: write `title:` and `modules:`") }
            return (nil, log.sorted)
        }
        guard let top = r.map(root, "the curriculum", accepted: ["title", "modules"]) else { return (nil, log.sorted) }
        var title = ""
        if let t = top["title"], let s = r.string(t, "title") { title = s } else if top["title"] == nil {
            log.error(top.location, "the curriculum needs `title:`")
        }
        let byID = Dictionary(scenarios.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let allIDs = scenarios.map(\.id)
        func ordered(_ files: [ScenarioHeader]) -> [String] {
            files.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }.map(\.id)
        }
        var modules: [Module] = []
        var moduleIDs: [String: Int] = [:]
        if let m = top["modules"] {
            if case .sequence(let items) = m {
                for item in items {
                    guard let mm = r.map(item, "a module", accepted: ["id", "title", "lesson", "scenarios", "topics"]) else { continue }
                    guard let idNode = mm["id"], let id = r.string(idNode, "id") else {
                        log.error(mm.location, "a module needs `id:` (kebab-case, like 01-reading-the-mar)")
                        continue
                    }
                    if !IDs.isKebab(id) {
                        log.error(r.textStart(idNode), "module id '\(r.clip(id))' should be kebab-case, like 01-reading-the-mar")
                    }
                    if let line = moduleIDs[id] {
                        log.error(r.textStart(idNode), "duplicate module id '\(id)' (first at line \(line)): module ids are unique")
                    }
                    moduleIDs[id] = moduleIDs[id] ?? r.location(idNode).line
                    let moduleTitle = mm["title"].flatMap { r.string($0, "title") } ?? id
                    if mm["title"] == nil { log.error(mm.location, "module '\(id)' needs `title:`") }
                    var lessonText = ""
                    if let l = mm["lesson"], let rel = r.string(l, "lesson") {
                        if let t = readLesson(rel) { lessonText = t } else {
                            log.error(r.textStart(l), "lesson file '\(rel)' not found (lessons are relative to the Curriculum folder)")
                        }
                    } else if mm["lesson"] == nil {
                        log.error(mm.location, "module '\(id)' needs `lesson:`, a Markdown file relative to the Curriculum folder")
                    }
                    var ids: [String] = []
                    var seen = Set<String>()
                    func add(_ s: String) { if seen.insert(s).inserted { ids.append(s) } }
                    let explicit = mm["scenarios"].map { r.list($0, "scenarios") }
                    let topics = mm["topics"].map { r.list($0, "topics").map(\.0) }
                    for (sid, node) in explicit ?? [] {
                        if byID[sid] == nil {
                            log.error(r.textStart(node), "unknown scenario id '\(r.clip(sid))'" + Suggestion.didYouMean(sid, allIDs)
                                      + " (no scenario file has this id)")
                        } else if seen.contains(sid) {
                            log.error(r.textStart(node), "scenario '\(sid)' is listed twice in module '\(id)'")
                        } else {
                            add(sid)
                        }
                    }
                    if let topics {
                        let tagged = scenarios.filter { s in s.topics.contains { topics.contains($0) } }
                        ordered(tagged).forEach(add)
                    }
                    if explicit == nil && topics == nil {
                        ordered(scenarios.filter { $0.relativePath.hasPrefix(id + "/") }).forEach(add)
                    }
                    if ids.isEmpty {
                        log.warning(r.textStart(idNode), "module '\(id)' has no scenarios: list `scenarios:`, tag scenarios "
                                    + "with its `topics:`, or put files under Scenarios/\(id)/")
                    }
                    modules.append(Module(id: id, title: moduleTitle, lesson: lessonText, scenarioIDs: ids))
                }
            } else {
                log.error(r.location(m), "modules should be a list of modules, not \(r.kindName(m))")
            }
        } else {
            log.error(top.location, "the curriculum needs `modules:`, a list of modules")
        }
        let curriculum = Curriculum(title: title, modules: modules, source: source)
        return (log.hasErrors ? nil : curriculum, log.sorted)
    }
}

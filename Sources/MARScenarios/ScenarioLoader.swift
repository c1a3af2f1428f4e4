import Foundation
import MARCore

/// A scenario file's outcome: the scenario (only when there are no errors) and every diagnostic.
public struct ScenarioLoadResult: Sendable {
    public var scenario: Scenario?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// The path the file was read from (as given).
    public var path: String
    /// Where the file declares its id (`id:`), or 1:1 when the id comes from the file name.
    public var idLocation: SourceLocation = .start

    public init(scenario: Scenario?, diagnostics: [Diagnostic], path: String) {
        self.scenario = scenario
        self.diagnostics = diagnostics
        self.path = path
    }
}

/// Reads scenario files (`scenario-format.md`, version 1) into `Scenario` values.
public enum ScenarioLoader {
    /// The format version this loader reads.
    public static let formatVersion = 1

    /// Top-level keys of a scenario file.
    public static let topKeys = ["format", "id", "title", "difficulty", "topics", "setting", "profile", "policy", "story",
                                 "encounter", "sites", "mar", "key", "hints", "teaching"]

    /// Reads and loads one file. Files over 1 MiB are refused before they are read.
    public static func load(path: String, context: LoadContext = LoadContext()) -> ScenarioLoadResult {
        let log = DiagnosticLog(path: path)
        guard let bytes = SourceFile.bytes(path: path, log: log) else {
            return ScenarioLoadResult(scenario: nil, diagnostics: log.sorted, path: path)
        }
        return load(checkedBytes: SourceText.withoutByteOrderMark(bytes), path: path, context: context, log: log)
    }

    /// Loads scenario text; `path` names the file in diagnostics and gives the default `id`.
    public static func load(text: String, path: String, context: LoadContext = LoadContext()) -> ScenarioLoadResult {
        load(text: text, path: path, context: context, log: DiagnosticLog(path: path))
    }

    private static func load(text: String, path: String, context: LoadContext, log: DiagnosticLog) -> ScenarioLoadResult {
        let text = SourceText.withoutByteOrderMark(text)
        guard SourceText.check(text, log: log) else {
            var result = ScenarioLoadResult(scenario: nil, diagnostics: log.sorted, path: path)
            result.idLocation = DuplicateIDs.idLocation(in: SourceLines(text))
            return result
        }
        return load(checkedBytes: Array(text.utf8), path: path, context: context, log: log)
    }

    /// Loads bytes that are clean UTF-8 text without a byte order mark (read once, never made into one `String`).
    private static func load(checkedBytes bytes: [UInt8], path: String, context: LoadContext,
                             log: DiagnosticLog) -> ScenarioLoadResult {
        var scenario: Scenario?
        let lines = SourceLines(bytes: bytes)
        if let root = YAMLSource.compose(checkedBytes: bytes, lines: { lines }, log: log) {
            scenario = ScenarioBuilder(log: log, context: context, path: path, lines: lines).build(root)
        } else if !log.hasErrors {
            log.error(.start, "the file is empty: a scenario needs at least `title`, `encounter` (with a timeline) and `mar`")
        }
        var result = ScenarioLoadResult(scenario: log.hasErrors ? nil : scenario, diagnostics: log.sorted, path: path)
        result.idLocation = DuplicateIDs.idLocation(in: lines)
        return result
    }

    /// `ed-obs-pyelo-fluids.yaml` → `ed-obs-pyelo-fluids`.
    public static func defaultID(forPath path: String) -> String {
        // On bytes: `/` and the ASCII extension never fall inside a multi-byte character.
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return path }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "/") { start = bytes.index(before: start) }
        var name = bytes[start..<end]
        for ext in [".yaml", ".yml"] where name.count >= ext.utf8.count
            && name.suffix(ext.utf8.count).elementsEqual(ext.utf8, by: { asciiLowercased($0) == $1 }) {
            name = name.dropLast(ext.utf8.count)
        }
        return String(Substring(name))
    }
}

/// Builds one scenario from its node tree, logging every problem.
struct ScenarioBuilder {
    let log: DiagnosticLog
    let context: LoadContext
    let path: String
    let lines: SourceLines
    var r: NodeReader { NodeReader(log: log) }

    func build(_ root: Node) -> Scenario? {
        guard let top = r.map(root, "the scenario", accepted: ScenarioLoader.topKeys) else { return nil }

        if let f = top["format"], let v = r.int(f, "format", 1...1_000_000), v != ScenarioLoader.formatVersion {
            log.error(r.location(f), "format \(v) is not one this MARCoach reads: it reads format \(ScenarioLoader.formatVersion)")
        }
        var id = ScenarioLoader.defaultID(forPath: path)
        if let n = top["id"], let s = r.string(n, "id") {
            id = s
            if !IDs.isKebab(s) {
                log.error(r.textStart(n), "id '\(r.clip(s))' should be kebab-case: lower-case letters and digits joined by '-', "
                          + "like ed-obs-pyelo-fluids")
            }
        } else if !IDs.isKebab(id) {
            log.error(.start, "the file name '\(r.clip(id))' is not a kebab-case id: rename the file or add `id:` "
                      + "(lower-case letters and digits joined by '-')")
        }
        var title = ""
        if let n = top["title"], let s = r.string(n, "title") {
            title = s.trimmingWhitespace()
            if title.isEmpty { log.error(r.location(n), "title is empty: write one line to show in lists") }
        } else if top.missing("title") {
            log.error(top.location, "title is required: one line shown in lists")
        }
        let difficulty = top["difficulty"].flatMap { r.int($0, "difficulty", 1...5) } ?? 1
        let topics = top["topics"].map { r.list($0, "topics").map { $0.0 } } ?? []
        let setting = top["setting"].flatMap { r.word($0, kind: "setting", Setting.allCases.map { ($0.rawValue, $0) }) }
            ?? .facility
        let story = top["story"].flatMap { r.string($0, "story") } ?? ""
        let hints = top["hints"].map { r.list($0, "hints").map { $0.0 } } ?? []
        let teaching = top["teaching"].flatMap { r.string($0, "teaching") }

        let (profile, policy) = resolvePolicy(top)

        // Encounter and timeline.
        var year = 2026
        var timeline: [TimelineEvent] = []
        if let enc = top["encounter"], let e = r.map(enc, "encounter", accepted: ["year", "timeline"]) {
            if let y = e["year"], let v = r.int(y, "encounter.year", ChartTime.years) { year = v }
            if let t = e["timeline"] {
                timeline = TimelineReader(r: r).read(t, year: year)
            } else if e.missing("timeline") {
                log.error(e.location, "encounter needs `timeline:`, at least an arrival (`01/04 20:55 ED arrival`)")
            }
        } else if top.missing("encounter") {
            log.error(top.location, "encounter is required: a `timeline:` with at least an arrival")
        }
        if timeline.isEmpty, let t = top["encounter"], !log.hasErrors {
            log.error(r.location(t), "the timeline needs at least an arrival (`01/04 20:55 ED arrival`)")
        }
        let firstArrival = timeline.first { if case .arrival = $0.kind { true } else { false } }?.at
        let window = firstArrival.flatMap { a in timeline.last.map { a...max(a, $0.at) } }
        let years = YearResolver(window: window, defaultYear: year)

        let sites = readSites(top["sites"])
        var mar: [MARRow] = []
        if let m = top["mar"] {
            mar = MARReader(r: r, context: context, sites: sites, entries: EntryReader(r: r, years: years),
                            firstArrival: firstArrival, lines: lines).read(m)
        } else if top.missing("mar") {
            log.error(top.location, "mar is required: a list of rows, one per medication order")
        }
        if setting == .professional { checkProfessional(mar, at: top["setting"].map(r.location) ?? top.location) }

        let key = top["key"].flatMap(readKey)
        if let problem = Self.missingKey(hasKey: top.has("key"), path: path, at: top.location) {
            log.error(problem.at, problem.message)
        }

        return Scenario(id: id, title: title, difficulty: difficulty, topics: topics, setting: setting, profile: profile,
                        policy: policy, story: story, timeline: timeline, sites: sites.map(\.0), mar: mar, key: key,
                        hints: hints, teaching: teaching)
    }

    /// D33: a curriculum scenario (under `Scenarios/<module>/`) needs `key`, or the key check never runs.
    static func missingKey(hasKey: Bool, path: String, at: SourceLocation) -> EntryShapeChecks.Problem? {
        guard !hasKey, CourseLayout.isCurriculumScenario(path: path) else { return nil }
        return EntryShapeChecks.Problem(at: at, message: "key is required for a scenario in a course module "
                                        + "(Scenarios/<module>/): write `key:` with `codes:`, the codes you reasoned from "
                                        + "the rules, so validate can compare them with the engine")
    }

    /// Defaults, then the profile (`--profile` over `profile:`), then `policy:`.
    private func resolvePolicy(_ top: MapNode) -> (String, Policy) {
        var profileID = Policy.defaultProfileID
        var policy = Policy()
        if let n = top["profile"], let s = r.string(n, "profile") {
            let id = s.trimmingWhitespace()
            if let p = context.profiles.profile(id) {
                profileID = id
                policy = p.policy
            } else {
                log.error(r.textStart(n), Suggestion.unknown("profile", id, context.profiles.ids))
            }
        }
        if let o = context.profileOverride {
            if let p = context.profiles.profile(o) {
                profileID = o
                policy = p.policy
            } else {
                log.error(.start, Suggestion.unknown("profile", o, context.profiles.ids) + " (from --profile)")
            }
        }
        if let n = top["policy"] { PolicyReader.apply(n, to: &policy, reader: r) }
        return (profileID, policy)
    }

    private func readSites(_ node: Node?) -> [(Site, SourceLocation)] {
        guard let node, let m = r.map(node, "sites", accepted: []) else { return [] }
        var out: [(Site, SourceLocation)] = []
        for e in m.entries {
            let at = r.location(e.keyNode)
            if case .scalar = e.value {
                out.append((Site(id: e.key, description: r.string(e.value, "site") ?? ""), at))
                continue
            }
            guard let s = r.map(e.value, "site \(e.key)", accepted: ["description", "device", "separate"]) else { continue }
            var site = Site(id: e.key, description: s["description"].flatMap { r.string($0, "description") } ?? "")
            if let d = s["device"], let dev = r.word(d, kind: "device", Device.allCases.map { ($0.rawValue, $0) }) {
                site.device = dev
            }
            if let sep = s["separate"], let reason = r.string(sep, "separate") {
                let t = reason.trimmingWhitespace()
                if ["false", "no"].contains(t.lowercased()) {
                    site.separate = nil
                } else if t.isEmpty || ["true", "yes"].contains(t.lowercased()) {
                    log.error(r.textStart(sep), "separate takes the documented reason the second access was medically "
                              + "necessary (like 'vancomycin incompatible with the running drip'), not '\(t)'")
                } else {
                    site.separate = t
                }
            }
            out.append((site, at))
        }
        return out
    }

    /// D24: in the professional setting, more than one IV service needs exactly one `primary: true`.
    private func checkProfessional(_ mar: [MARRow], at: SourceLocation) {
        let services = mar.filter(MARReader.isIVService)
        if services.count > 1 && !mar.contains(where: \.primary) {
            log.error(at, "the professional setting needs `primary: true` on the row that is the primary reason for the "
                      + "encounter (\(services.count) IV services: " + services.map(\.med).joined(separator: "; ") + ")")
        }
    }

    private func readKey(_ node: Node) -> AnswerKey? {
        guard let m = r.map(node, "key", accepted: ["codes", "by_department", "rationale"]) else { return nil }
        var codes = Answer()
        if let c = m["codes"] {
            codes = answer(c, "key.codes") ?? Answer()
        } else if m.has("codes") {
            codes = Answer()
        } else if m.missing("codes") {
            log.error(m.location, "key needs `codes:`, the expected codes (`[]` when none is reportable)")
        }
        var byDepartment: [Department: Answer]?
        if let b = m["by_department"], let bm = r.map(b, "by_department", accepted: []) {
            var out: [Department: Answer] = [:]
            for e in bm.entries {
                guard let d = Department.allCases.first(where: { $0.rawValue.lowercased() == e.key.lowercased() }) else {
                    log.error(r.location(e.keyNode), Suggestion.unknown("department", e.key, Department.allCases.map(\.rawValue)))
                    continue
                }
                if let a = answer(e.value, "by_department.\(e.key)") { out[d] = a }
            }
            byDepartment = out
        }
        let rationale = m["rationale"].flatMap { r.string($0, "rationale") }
        return AnswerKey(codes: codes, byDepartment: byDepartment, rationale: rationale)
    }

    /// Codes as a list (`[96365, 96361x2]`) or one string (`96365 96361x2`), each located on error.
    private func answer(_ node: Node, _ what: String) -> Answer? {
        var items: [Answer.Item] = []
        var ok = true
        let parts: [Node]
        switch node {
        case .sequence(let s): parts = Array(s)
        case .scalar: parts = r.isNull(node) ? [] : [node]
        default:
            log.error(r.location(node), "\(what) should be a list of codes, like [96365, 96361x2], not \(r.kindName(node))")
            return nil
        }
        for p in parts {
            guard let text = r.string(p, "a code in \(what)") else { ok = false; continue }
            do {
                items += try AnswerParser.parse(text).items
            } catch {
                log.error(r.location(p, offset: error.column - 1), "\(what): \(error.message)")
                ok = false
            }
        }
        return ok ? Answer(items) : nil
    }
}

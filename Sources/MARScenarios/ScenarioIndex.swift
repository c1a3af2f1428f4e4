import Foundation
import MARCore

/// What the curriculum needs to know of a scenario file before loading it.
public struct ScenarioHeader: Sendable, Hashable {
    public var id: String
    public var difficulty: Int
    public var topics: [String]
    /// The path as found on disk, and relative to the scenarios folder (`02-pushes/repeat-push.yaml`).
    public var path: String
    public var relativePath: String

    public init(id: String, difficulty: Int, topics: [String], path: String, relativePath: String) {
        self.id = id
        self.difficulty = difficulty
        self.topics = topics
        self.path = path
        self.relativePath = relativePath
    }

    public init(_ file: ScenarioFile) {
        self.init(id: file.scenario.id, difficulty: file.scenario.difficulty, topics: file.scenario.topics,
                  path: file.path, relativePath: file.relativePath)
    }
}

/// The scenarios of a folder, known by their headers and each loaded (fully checked) the first time
/// it is asked for: the trainer starts without reading every MAR.
///
/// A file whose header cannot be read is left out of the index with its diagnostics; a file that fails
/// when it is opened is reported through `report` and behaves as missing.
public final class ScenarioIndex: ScenarioSource, @unchecked Sendable {
    public let headers: [ScenarioHeader]
    private let idSet: Set<String>
    private let context: LoadContext
    private let report: @Sendable ([Diagnostic]) -> Void
    private let lock = NSLock()
    private var loaded: [String: Scenario] = [:]
    private var failed: Set<String> = []

    init(headers: [ScenarioHeader], preloaded: [Scenario], context: LoadContext,
         report: @escaping @Sendable ([Diagnostic]) -> Void) {
        self.headers = headers
        idSet = Set(headers.map(\.id))
        self.context = context
        self.report = report
        for s in preloaded { loaded[s.id] = s }
    }

    public var ids: [String] { headers.map(\.id) }
    public func contains(_ id: String) -> Bool { idSet.contains(id) }
    public var outlines: [ScenarioOutline] {
        headers.map { ScenarioOutline(id: $0.id, difficulty: $0.difficulty, topics: $0.topics) }
    }

    public func scenario(_ id: String) -> Scenario? {
        lock.lock()
        if let s = loaded[id] { lock.unlock(); return s }
        let known = !failed.contains(id)
        lock.unlock()
        guard known, let header = headers.first(where: { $0.id == id }) else { return nil }
        return store(header, ScenarioLoader.load(path: header.path, context: context))
    }

    public var all: [Scenario] {
        lock.lock()
        let missing = headers.filter { loaded[$0.id] == nil && !failed.contains($0.id) }
        lock.unlock()
        let results = concurrentMap(missing.count) { ScenarioLoader.load(path: missing[$0].path, context: self.context) }
        for (header, result) in zip(missing, results) { _ = store(header, result) }
        lock.lock()
        defer { lock.unlock() }
        return headers.compactMap { loaded[$0.id] }
    }

    private func store(_ header: ScenarioHeader, _ result: ScenarioLoadResult) -> Scenario? {
        var problems = result.diagnostics.filter(\.isError)
        var scenario = result.scenario
        if let s = scenario, s.id != header.id || s.difficulty != header.difficulty || s.topics != header.topics {
            problems.append(Diagnostic(path: header.path, location: .start,
                                       message: "the file changed since the trainer started (its id, difficulty or topics "
                                       + "differ): restart the trainer"))
            scenario = nil
        }
        lock.lock()
        if let scenario { loaded[header.id] = scenario } else { failed.insert(header.id) }
        lock.unlock()
        if !problems.isEmpty { report(problems) }
        return scenario
    }
}

extension ScenarioIndex {
    /// Top-level keys read with the header (short ones); the others (story, encounter, sites, mar, key,
    /// hints, teaching) are left for when the scenario is opened.
    static let headerKeys: Set<String> = ["format", "id", "title", "difficulty", "topics", "setting", "profile", "policy"]

    /// The header of one file: the YAML up to the first top-level key the header does not need is
    /// parsed alone (a few lines); a file whose header keys come later, or whose header has a problem,
    /// is loaded whole (and that scenario kept).
    static func header(path: String, relativePath: String, context: LoadContext)
        -> (header: ScenarioHeader?, scenario: Scenario?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog(path: path)
        guard let text = YAMLSource.read(path: path, log: log) else { return (nil, nil, log.sorted) }
        if let prefix = headerPrefix(text), let h = parseHeader(prefix, path: path, relativePath: relativePath) {
            return (h, nil, [])
        }
        let result = ScenarioLoader.load(text: text, path: path, context: context)
        guard let s = result.scenario else { return (nil, nil, result.diagnostics) }
        return (ScenarioHeader(id: s.id, difficulty: s.difficulty, topics: s.topics, path: path, relativePath: relativePath),
                s, result.diagnostics)
    }

    /// The text before the first top-level key that is not a header key, or nil when a header key
    /// comes after it (then only the whole file tells). Every line is looked at, on the bytes: only a line that
    /// starts in the first column (a top-level key) is read further.
    static func headerPrefix(_ text: String) -> Substring? {
        var text = text
        // The byte offset where the header ends (the file's length when nothing follows it); nil: the whole file.
        let cut: Int? = text.withUTF8 { bytes -> Int? in
            guard let base = bytes.baseAddress else { return 0 }
            let count = bytes.count
            var cut: Int?
            var lineStart = 0
            while lineStart < count {
                let lineEnd = memchr(base + lineStart, 0x0A, count - lineStart)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
                let first = bytes[lineStart]
                if first != UInt8(ascii: " "), first != UInt8(ascii: "#"), first != UInt8(ascii: "\n"),
                   first != UInt8(ascii: "\r") {
                    guard let colon = memchr(base + lineStart, Int32(UInt8(ascii: ":")), lineEnd - lineStart)
                        .map({ UnsafeRawPointer($0) - UnsafeRawPointer(base) }) else { return nil }
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<colon]), as: UTF8.self)
                    if headerKeys.contains(key) {
                        if cut != nil { return nil }
                    } else if ScenarioLoader.topKeys.contains(key) {
                        if cut == nil { cut = lineStart }
                    } else {
                        return nil // not a plain top-level key line: let the full loader judge
                    }
                }
                lineStart = lineEnd + 1
            }
            return cut ?? count
        }
        guard let cut else { return nil }
        return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)]
    }

    private static func parseHeader(_ prefix: Substring, path: String, relativePath: String) -> ScenarioHeader? {
        let log = DiagnosticLog(path: path)
        guard prefix.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") }),
              let root = YAMLSource.compose(String(prefix), log: log, bytesChecked: true) else { return nil }
        let r = NodeReader(log: log)
        guard let top = r.map(root, "the scenario", accepted: ScenarioLoader.topKeys) else { return nil }
        var id = ScenarioLoader.defaultID(forPath: path)
        if let n = top["id"], let s = r.string(n, "id") { id = s }
        let difficulty = top["difficulty"].flatMap { r.int($0, "difficulty", 1...5) } ?? 1
        let topics = top["topics"].map { r.list($0, "topics").map { $0.0 } } ?? []
        guard !log.hasErrors, IDs.isKebab(id) else { return nil }
        return ScenarioHeader(id: id, difficulty: difficulty, topics: topics, path: path, relativePath: relativePath)
    }

    /// Every scenario file under `directory`, indexed by header (in path order); duplicate ids are errors.
    public static func build(directory: String, context: LoadContext,
                             report: @escaping @Sendable ([Diagnostic]) -> Void) -> (ScenarioIndex, [Diagnostic]) {
        let paths = Library.scenarioPaths(in: directory)
        let results = concurrentMap(paths.count) { header(path: paths[$0].full, relativePath: paths[$0].relative, context: context) }
        var headers: [ScenarioHeader] = []
        var preloaded: [Scenario] = []
        var diagnostics: [Diagnostic] = []
        var firstPath: [String: String] = [:]
        for r in results {
            diagnostics += r.diagnostics
            guard let h = r.header else { continue }
            if let other = firstPath[h.id] {
                diagnostics.append(Diagnostic(path: h.path, location: .start,
                                              message: "duplicate scenario id '\(h.id)': \(other) has it too; ids are unique "
                                              + "across the scenario folder"))
                continue
            }
            firstPath[h.id] = h.path
            headers.append(h)
            if let s = r.scenario { preloaded.append(s) }
        }
        return (ScenarioIndex(headers: headers, preloaded: preloaded, context: context, report: report), diagnostics)
    }
}

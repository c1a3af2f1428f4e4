import MARCore

/// TAB completion by position, as a pure function of the line (so it can be tested without a
/// terminal): the first word completes to commands (to codes when it starts with a digit); after `start`, to scenario ids; after `rule`
/// or `why`, to rule ids and in-scope CPT codes; after `list` or `lesson`, to module numbers and ids; anywhere
/// else, to CPT codes.
public struct Completer: Sendable {
    public var commands: [String]
    public var scenarioIDs: [String]
    public var ruleIDs: [String]
    public var codes: [String]
    /// Module ids in course order (`list` and `lesson` also take their numbers, 1…n).
    public var moduleIDs: [String]

    public init(commands: [String] = CommandName.allCases.flatMap(\.spellings),
                scenarioIDs: [String], ruleIDs: [String], codes: [String] = CPTCode.all.map(\.code),
                moduleIDs: [String] = []) {
        self.commands = commands
        self.scenarioIDs = scenarioIDs
        self.ruleIDs = ruleIDs
        self.codes = codes
        self.moduleIDs = moduleIDs
    }

    /// Candidates for the word `prefix` that starts at character offset `start` of `line`.
    public func candidates(line: String, start: Int, prefix: String) -> [String] {
        let before = line.prefix(max(0, min(start, line.count)))
        let earlier = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        let pool: [String]
        switch earlier.first {
        case nil: pool = prefix.first?.isNumber == true ? codes : commands
        case "start": pool = earlier.count == 1 ? scenarioIDs : []
        case "rule": pool = earlier.count == 1 ? ruleIDs + codes : []
        case "why": pool = earlier.count == 1 ? codes + ruleIDs : []
        case "help": pool = earlier.count == 1 ? commands : []
        case "list", "lesson": pool = earlier.count == 1 ? moduleIDs.indices.map { String($0 + 1) } + moduleIDs : []
        default: pool = codes
        }
        let p = prefix.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(p) && seen.insert($0).inserted }
    }

    /// The longest common prefix of `words` (for readline's first match slot).
    public static func commonPrefix(_ words: [String]) -> String {
        guard var p = words.first else { return "" }
        for w in words.dropFirst() {
            while !w.hasPrefix(p) { p.removeLast() }
        }
        return p
    }
}

/// The course's teaching order as a check: every rule that decides a scenario's codes is named by
/// its module's lesson or an earlier one.
///
/// A scenario *needs* the rules the engine cites on its code lines, on its excluded rows and on its
/// flagged rows (the rules that decide what is and is not reported), not every rule in the trace.
/// A lesson *names* a rule when the rule's ID appears in the lesson text as a whole word
/// (`REPEAT-PUSH-30`, not inside `REPEAT-PUSH-300`); a learner can then open it with `rule ID`.
public struct TeachingOrder: Sendable {
    /// One scenario that needs rules no lesson up to its module names.
    public struct Gap: Sendable, Hashable {
        public var scenario: String
        public var module: String
        /// 1-based position of the module in the course.
        public var moduleNumber: Int
        /// The rules needed but not yet named, sorted.
        public var missing: [RuleID]
        /// For each missing rule, the first module whose lesson names it (nil: no lesson does).
        public var taughtLater: [RuleID: Int]
    }

    /// Scenarios checked (those that belong to a module).
    public let checked: Int
    /// Scenarios that break the order, in course order.
    public let gaps: [Gap]
    /// Scenarios the curriculum lists in no module (not checked).
    public let unplaced: [String]

    public var passed: Int { checked - gaps.count }

    /// Checks `codings` (scenario id → the engine's decisions) against the curriculum's lessons.
    public init(curriculum: Curriculum, codings: [(id: String, coding: Coding)]) {
        let named = curriculum.modules.map { Self.rulesNamed(in: $0.lesson) }
        var firstNaming: [RuleID: Int] = [:]
        for (i, rules) in named.enumerated() { for r in rules where firstNaming[r] == nil { firstNaming[r] = i + 1 } }
        var moduleIndex: [String: Int] = [:]
        for (i, m) in curriculum.modules.enumerated() { for s in m.scenarioIDs where moduleIndex[s] == nil { moduleIndex[s] = i } }
        var gaps: [Gap] = []
        var unplaced: [String] = []
        var checked = 0
        for (id, coding) in codings {
            guard let m = moduleIndex[id] else { unplaced.append(id); continue }
            checked += 1
            let known = named[0...m].reduce(into: Set<RuleID>()) { $0.formUnion($1) }
            let missing = Self.rulesNeeded(by: coding).subtracting(known).sorted()
            guard !missing.isEmpty else { continue }
            var later: [RuleID: Int] = [:]
            for r in missing { later[r] = firstNaming[r] }
            gaps.append(Gap(scenario: id, module: curriculum.modules[m].id, moduleNumber: m + 1, missing: missing, taughtLater: later))
        }
        self.checked = checked
        self.gaps = gaps.sorted { ($0.moduleNumber, $0.scenario) < ($1.moduleNumber, $1.scenario) }
        self.unplaced = unplaced
    }

    /// The rules that decide a coding: those on its lines, its exclusions and its flags.
    public static func rulesNeeded(by coding: Coding) -> Set<RuleID> {
        var s = Set<RuleID>()
        coding.lines.forEach { s.formUnion($0.rules) }
        coding.excluded.forEach { s.insert($0.rule) }
        coding.flagged.forEach { s.insert($0.rule) }
        return s
    }

    /// The catalog's rule IDs that appear in `text` as whole words (an ID character — a capital,
    /// a digit or a hyphen — on neither side).
    public static func rulesNamed(in text: String, catalog: [RuleID] = RuleCatalog.all.map(\.id)) -> Set<RuleID> {
        let chars = Array(text.utf8)
        func isIDByte(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 45 }
        var found = Set<RuleID>()
        for id in catalog {
            let needle = Array(id.rawValue.utf8)
            guard needle.count <= chars.count else { continue }
            var i = 0
            while i + needle.count <= chars.count {
                if chars[i] == needle[0], Array(chars[i..<(i + needle.count)]) == needle,
                   i == 0 || !isIDByte(chars[i - 1]),
                   i + needle.count == chars.count || !isIDByte(chars[i + needle.count]) {
                    found.insert(id)
                    break
                }
                i += 1
            }
        }
        return found
    }
}

import Foundation
import MARCore
import MARGenerator
import MARScenarios

/// Chooses what `marcoach review` drills, from the Leitner schedule of `LearnerState.mastery`.
///
/// Focus rules: every rule due on `today` (box order, lowest box first), then rules answered right
/// less than 70% of the time that are not yet due. Scenarios: for each focus rule in turn, the easiest
/// scenario exercising it (its topics or the engine's fired rules) not yet chosen — unsolved before
/// solved, then the fewest rules in play, then lowest best score, then course order; then, if room is
/// left, the easiest of the rest. The chosen are shown easiest first, so a review ramps up (a learner
/// who billed a held dose meets a short held-dose scenario before a two-day MAR). When fewer than
/// `count` scenarios exercise a focus rule, generated scenarios aimed at the focus rules fill the list
/// (seeded by the date, so a day's review is stable).
public enum ReviewPlanner {
    public struct Plan: Sendable {
        public var focus: [String]
        public var scenarios: [Scenario]
        /// How many of `scenarios` were generated.
        public var generated: Int
    }

    public static func focusRules(state: LearnerState, today: CalendarDate) -> [String] {
        let m = state.mastery
        let due = m.filter { $0.schedule.isDue(on: today) }
            .sorted { ($0.schedule.box, Double($0.right) / Double(max(1, $0.seen)), $0.rule) < ($1.schedule.box, Double($1.right) / Double(max(1, $1.seen)), $1.rule) }
        let weak = m.filter { !$0.schedule.isDue(on: today) && $0.seen > 0 && Double($0.right) / Double($0.seen) < 0.7 }
            .sorted { (Double($0.right) / Double($0.seen), $0.rule) < (Double($1.right) / Double($1.seen), $1.rule) }
        return due.map(\.rule) + weak.map(\.rule)
    }

    /// `coder` is asked only for the rules each scenario exercises: decisions without their sentences (the same
    /// rules fired, `PropertyTests`) by default.
    public static func plan(curriculum: Curriculum, state: LearnerState, today: CalendarDate, count: Int,
                            coder: (Scenario) -> Coding = { Engine.decide($0) }, context: LoadContext? = nil) -> Plan {
        let focus = focusRules(state: state, today: today)
        guard !focus.isEmpty else { return Plan(focus: [], scenarios: [], generated: 0) }
        let order = CourseMap(curriculum).order
        struct Candidate { var s: Scenario; var rules: Set<String>; var solved: Bool; var best: Double; var pos: Int }
        var candidates: [Candidate] = []
        let focusSet = Set(focus)
        for s in curriculum.scenarios {
            let rules = Set(s.topics.map { $0.uppercased() }).union(coder(s).rulesFired.map(\.rawValue))
            guard !rules.isDisjoint(with: focusSet) else { continue }
            candidates.append(Candidate(s: s, rules: rules, solved: state.status(of: s.id) == .solved,
                                        best: state.bestScore(of: s.id) ?? 0, pos: order.firstIndex(of: s.id) ?? Int.max))
        }
        func easier(_ a: Candidate, _ b: Candidate) -> Bool {
            if a.s.difficulty != b.s.difficulty { return a.s.difficulty < b.s.difficulty }
            if a.solved != b.solved { return !a.solved }
            if a.rules.count != b.rules.count { return a.rules.count < b.rules.count }
            if a.best != b.best { return a.best < b.best }
            return a.pos < b.pos
        }
        candidates.sort(by: easier)
        var chosen: [Candidate] = []
        for rule in focus where chosen.count < count {
            if let c = candidates.first(where: { $0.rules.contains(rule) && !chosen.map(\.s.id).contains($0.s.id) }) {
                chosen.append(c)
            }
        }
        for c in candidates where chosen.count < count && !chosen.map(\.s.id).contains(c.s.id) { chosen.append(c) }
        chosen.sort(by: easier)
        var scenarios = chosen.map(\.s)
        var generated = 0
        if scenarios.count < count, let context {
            let steerable = focus.filter { f in RuleID.all.contains { $0.rawValue == f } }
            let gen = ScenarioGenerator(context: context)
            for i in 0..<(count - scenarios.count) {
                let topic = steerable.isEmpty ? [] : [steerable[i % steerable.count]]
                if case .success(let g) = gen.scenario(seed: UInt64(today.dayNumber), index: i, topics: topic) {
                    var s = g.scenario
                    s.id = "review-" + s.id
                    scenarios.append(s)
                    generated += 1
                }
            }
        }
        return Plan(focus: focus, scenarios: scenarios, generated: generated)
    }
}

/// A class: one folder per learner under `DIR`, each holding `attempts.jsonl` (like the data folder).
public enum ClassProgress {
    public struct Learner: Sendable {
        public var name: String
        public var attempts: [Attempt]
        public var warnings: [String]
    }

    /// Every learner folder with an attempts log, sorted by name.
    public static func load(directory: String) -> [Learner] {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.compactMap { name in
            let path = (directory as NSString).appendingPathComponent(name + "/attempts.jsonl")
            guard fm.fileExists(atPath: path) else { return nil }
            let (a, w) = ProgressStore(learner: name, path: path).load()
            return Learner(name: name, attempts: a, warnings: w)
        }
    }

    /// The class's weakest rules: right/seen summed over learners, lowest first (ties: most seen).
    public static func weakest(_ learners: [Learner], limit: Int = 10) -> [(rule: String, seen: Int, right: Int, learners: Int)] {
        var t: [String: (Int, Int, Int)] = [:]
        for l in learners {
            for m in LearnerState(attempts: l.attempts).mastery {
                let x = t[m.rule] ?? (0, 0, 0)
                t[m.rule] = (x.0 + m.seen, x.1 + m.right, x.2 + 1)
            }
        }
        typealias Row = (rule: String, seen: Int, right: Int, learners: Int)
        var rows: [Row] = t.map { (rule: $0.key, seen: $0.value.0, right: $0.value.1, learners: $0.value.2) }
        rows.sort { a, b in
            let ra = Double(a.right) / Double(a.seen), rb = Double(b.right) / Double(b.seen)
            if ra != rb { return ra < rb }
            if a.seen != b.seen { return a.seen > b.seen }
            return a.rule < b.rule
        }
        return Array(rows.prefix(limit))
    }

    /// Text: one table per learner, then the class tables (scenarios hardest first, rules missed).
    public static func text(_ learners: [Learner], today: CalendarDate, width: Int, style: Style) -> String {
        var out: [String] = []
        for l in learners {
            out.append(Screen.progress(learner: l.name, state: LearnerState(attempts: l.attempts), warnings: l.warnings,
                                       today: today, width: width, style: style))
        }
        out.append(ClassReport(learners).text(style: style))
        return out.joined(separator: "\n\n")
    }

    /// JSON: `{"learners": [<progress report>…], "weakest": [{rule, seen, right, learners}],
    /// "class": {"learners", "scenarios": [{scenario, learners, first_try_score, solved, gave_up, hints}],
    /// "rules": [{rule, seen, missed, learners}]}}`.
    public static func json(_ learners: [Learner]) -> String {
        let reports = learners.map { ProgressReport(learner: $0.name, attempts: $0.attempts, warnings: $0.warnings).jsonValue }
        let weakest = weakest(learners).map {
            JSON.object([("rule", .string($0.rule)), ("seen", .int($0.seen)), ("right", .int($0.right)), ("learners", .int($0.learners))])
        }
        return JSON.object([("learners", .array(reports)), ("weakest", .array(weakest)),
                            ("class", ClassReport(learners).json)]).rendered()
    }
}

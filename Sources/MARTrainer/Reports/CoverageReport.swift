import MARCore
import MARScenarios

/// Which rules each scenario exercises (from the engine's trace), which core rules have fewer than 3,
/// and, with a curriculum, the teaching order: scenarios that need a rule no lesson up to theirs names.
public struct Coverage: Sendable {
    /// Each scenario with the rules it exercises, leaving out `everywhere`.
    public let perScenario: [(String, [RuleID])]
    /// Each core rule with how many scenarios exercise it, leaving out `everywhere`.
    public let counts: [(Rule, Int)]
    /// Per rule in `counts`: how many of its scenarios sit at each difficulty (1–5).
    public let difficulties: [RuleID: [Int: Int]]
    /// Rules every scenario exercises (when there are at least two): they say nothing about coverage.
    public let everywhere: [RuleID]
    /// Nil when no curriculum was loaded.
    public let teaching: TeachingOrder?

    public init(_ codings: [(ScenarioFile, Coding)], curriculum: Curriculum? = nil) {
        let core = RuleCatalog.all.filter(\.core)
        let fired = codings.map { ($0.0, $0.1.rulesFired) }
        let common = fired.count < 2 ? Set<RuleID>() : fired.dropFirst().reduce(fired[0].1) { $0.intersection($1.1) }
        everywhere = common.sorted()
        perScenario = fired.map { ($0.0.scenario.id, $0.1.subtracting(common).sorted()) }
        counts = core.filter { !common.contains($0.id) }.map { rule in (rule, fired.filter { $0.1.contains(rule.id) }.count) }
        var spread: [RuleID: [Int: Int]] = [:]
        for (file, rules) in fired {
            for r in rules where !common.contains(r) { spread[r, default: [:]][file.scenario.difficulty, default: 0] += 1 }
        }
        difficulties = spread
        teaching = curriculum.map { TeachingOrder(curriculum: $0, codings: codings.map { ($0.0.scenario.id, $0.1) }) }
    }

    public var thin: [(Rule, Int)] { counts.filter { $0.1 < 3 } }

    /// `d1 ×2, d3 ×1`: how many scenarios exercise a rule at each difficulty.
    public func spread(_ rule: RuleID) -> String {
        (difficulties[rule] ?? [:]).sorted { $0.key < $1.key }.map { "d\($0.key) ×\($0.value)" }.joined(separator: ", ")
    }

    public var text: String {
        var out = "Rules exercised, per scenario:\n"
        for (id, rules) in perScenario { out += "  \(id): \(rules.map(\.rawValue).joined(separator: " "))\n" }
        if !everywhere.isEmpty {
            out += "(left out: rules every scenario exercises: \(everywhere.map(\.rawValue).joined(separator: ", ")))\n"
        }
        out += "\nCore rules, how many scenarios exercise each, and at which difficulties:\n"
        for (rule, n) in counts {
            let spreadText = spread(rule.id)
            out += "  \(rule.id.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)) \(n)"
                + (spreadText.isEmpty ? "" : "  (\(spreadText))") + (n < 3 ? "  ← fewer than 3" : "") + "\n"
        }
        out += thin.isEmpty ? "Every core rule is exercised by at least 3 scenarios.\n"
            : "\(thin.count) core rule\(thin.count == 1 ? "" : "s") with fewer than 3 scenarios: \(thin.map(\.0.id.rawValue).joined(separator: ", "))\n"
        if let teaching { out += "\n" + Self.text(teaching) }
        return out
    }

    /// The teaching-order section: one line per scenario that needs a rule its lessons never name.
    static func text(_ t: TeachingOrder) -> String {
        var out = "Teaching order (every rule a scenario needs is named by its module's lesson or an earlier one):\n"
        for gap in t.gaps {
            let rules = gap.missing.map { r in
                r.rawValue + (gap.taughtLater[r].map { " (lesson \($0))" } ?? " (no lesson)")
            }
            out += "  \(gap.scenario) [module \(gap.moduleNumber)] needs \(rules.joined(separator: ", "))\n"
        }
        if !t.unplaced.isEmpty {
            out += "  not in any module, not checked: \(t.unplaced.joined(separator: ", "))\n"
        }
        out += "\(t.passed) of \(t.checked) scenario\(t.checked == 1 ? "" : "s") in teaching order.\n"
        return out
    }

    public var json: JSON {
        .object([
            ("scenarios", .array(perScenario.map { .object([("scenario", .string($0.0)), ("rules", .strings($0.1.map(\.rawValue)))]) })),
            ("rules", .array(counts.map { rule, n in
                .object([("rule", .string(rule.id.rawValue)), ("scenarios", .int(n)),
                         ("by_difficulty", .object((difficulties[rule.id] ?? [:]).sorted { $0.key < $1.key }
                            .map { ("\($0.key)", JSON.int($0.value)) }))])
            })),
            ("everywhere", .strings(everywhere.map(\.rawValue))),
            ("below_three", .strings(thin.map(\.0.id.rawValue))),
        ] + (teaching.map { t in [("teaching_order", JSON.object([
            ("checked", .int(t.checked)),
            ("in_order", .int(t.passed)),
            ("out_of_order", .array(t.gaps.map { g in
                .object([("scenario", .string(g.scenario)), ("module", .string(g.module)),
                         ("missing", .array(g.missing.map { r in
                             .object([("rule", .string(r.rawValue)), ("first_lesson", g.taughtLater[r].map { .int($0) } ?? .null)])
                         }))])
            })),
            ("unplaced", .strings(t.unplaced)),
        ]))] } ?? []))
    }
}

import MARCore
import MARScenarios

/// Which rules each scenario exercises (from the engine's trace) and which core rules have fewer than 3.
public struct Coverage: Sendable {
    public let perScenario: [(String, [RuleID])]
    public let counts: [(Rule, Int)]

    public init(_ codings: [(ScenarioFile, Coding)]) {
        let core = RuleCatalog.all.filter(\.core)
        perScenario = codings.map { ($0.0.scenario.id, $0.1.rulesFired.sorted()) }
        counts = core.map { rule in (rule, codings.filter { $0.1.rulesFired.contains(rule.id) }.count) }
    }

    public var thin: [(Rule, Int)] { counts.filter { $0.1 < 3 } }

    public var text: String {
        var out = "Rules exercised, per scenario:\n"
        for (id, rules) in perScenario { out += "  \(id): \(rules.map(\.rawValue).joined(separator: " "))\n" }
        out += "\nCore rules and how many scenarios exercise each:\n"
        for (rule, n) in counts { out += "  \(rule.id.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)) \(n)\(n < 3 ? "  ← fewer than 3" : "")\n" }
        out += thin.isEmpty ? "Every core rule is exercised by at least 3 scenarios.\n"
            : "\(thin.count) core rule\(thin.count == 1 ? "" : "s") with fewer than 3 scenarios: \(thin.map(\.0.id.rawValue).joined(separator: ", "))\n"
        return out
    }

    public var json: JSON {
        .object([
            ("scenarios", .array(perScenario.map { .object([("scenario", .string($0.0)), ("rules", .strings($0.1.map(\.rawValue)))]) })),
            ("rules", .array(counts.map { .object([("rule", .string($0.0.id.rawValue)), ("scenarios", .int($0.1))]) })),
            ("below_three", .strings(thin.map(\.0.id.rawValue))),
        ])
    }
}

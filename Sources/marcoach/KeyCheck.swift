import Foundation
import MARCore
import MARScenarios
import MARTrainer

/// Checks each scenario's `key` against the engine; a disagreement is an error located at the key,
/// followed by the discrepancies and the engine's reasoning.
enum KeyCheck {
    struct Result {
        var diagnostics: [Diagnostic] = []
        var codings: [(ScenarioFile, Coding)] = []
    }

    static func run(_ files: [ScenarioFile]) -> Result {
        var result = Result()
        for file in files {
            let s = file.scenario
            // Decisions only; the explained coding is computed when a key disagrees, for the message.
            let decided = Engine.decide(s)
            result.codings.append((file, decided))
            guard let key = s.key, !disagreements(key, decided).isEmpty else { continue }
            let coding = Engine.code(s)
            let trace = coding.firings.map { "    \($0.rule.rawValue): \($0.message)" }.joined(separator: "\n")
            result.diagnostics.append(Diagnostic(path: file.path, location: keyLocation(file.path),
                                                 message: disagreements(key, coding).joined(separator: "\n")
                                                     + "\n  engine trace:\n" + trace))
        }
        return result
    }

    /// The key's disagreements with a coding, as message lines (empty when they agree).
    static func disagreements(_ key: AnswerKey, _ coding: Coding) -> [String] {
        var problems: [String] = []
        let a = Scorer.assess(key.codes, against: coding)
        if !a.perfect {
            problems.append("key.codes [\(key.codes.text)] disagrees with the engine [\(coding.answer.withoutDepartments.text)]:")
            problems += a.discrepancies.map { "  ✗ " + $0.explanation.replacingOccurrences(of: "\n", with: "\n    ") }
        }
        if let byDept = key.byDepartment {
            let answer = Answer(byDept.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { dept, ans in
                ans.items.map { Answer.Item(code: $0.code, modifiers: $0.modifiers, units: $0.units, department: dept) }
            })
            let d = Scorer.assess(answer, against: coding)
            if !d.perfect {
                problems.append("key.by_department [\(answer.text)] disagrees with the engine [\(coding.answer.text)]:")
                problems += d.discrepancies.map { "  ✗ " + $0.explanation.replacingOccurrences(of: "\n", with: "\n    ") }
            }
        }
        return problems
    }

    /// The line and column of `codes:` under `key:`, else of `key:`, else the file start.
    static func keyLocation(_ path: String) -> SourceLocation {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .start }
        var inKey = false
        var keyAt: SourceLocation?
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("key:") { inKey = true; keyAt = SourceLocation(line: i + 1, column: 1); continue }
            if inKey, let r = line.range(of: "codes:") {
                return SourceLocation(line: i + 1, column: line.distance(from: line.startIndex, to: r.lowerBound) + 1)
            }
            if inKey, let f = line.first, !f.isWhitespace, f != "#" { inKey = false }
        }
        return keyAt ?? .start
    }
}

/// Which rules each scenario exercises (from the engine's trace) and which core rules have fewer than 3.
struct Coverage {
    let perScenario: [(String, [RuleID])]
    let counts: [(Rule, Int)]

    init(_ codings: [(ScenarioFile, Coding)]) {
        let core = RuleCatalog.all.filter(\.core)
        perScenario = codings.map { ($0.0.scenario.id, $0.1.rulesFired.sorted()) }
        counts = core.map { rule in (rule, codings.filter { $0.1.rulesFired.contains(rule.id) }.count) }
    }

    var thin: [(Rule, Int)] { counts.filter { $0.1 < 3 } }

    var text: String {
        var out = "Rules exercised, per scenario:\n"
        for (id, rules) in perScenario { out += "  \(id): \(rules.map(\.rawValue).joined(separator: " "))\n" }
        out += "\nCore rules and how many scenarios exercise each:\n"
        for (rule, n) in counts { out += "  \(rule.id.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)) \(n)\(n < 3 ? "  ← fewer than 3" : "")\n" }
        out += thin.isEmpty ? "Every core rule is exercised by at least 3 scenarios.\n"
            : "\(thin.count) core rule\(thin.count == 1 ? "" : "s") with fewer than 3 scenarios: \(thin.map(\.0.id.rawValue).joined(separator: ", "))\n"
        return out
    }

    var json: JSON {
        .object([
            ("scenarios", .array(perScenario.map { .object([("scenario", .string($0.0)), ("rules", .strings($0.1.map(\.rawValue)))]) })),
            ("rules", .array(counts.map { .object([("rule", .string($0.0.id.rawValue)), ("scenarios", .int($0.1))]) })),
            ("below_three", .strings(thin.map(\.0.id.rawValue))),
        ])
    }
}

/// Scores an answer against the engine's coding and explains every discrepancy (`cli.md`, "Explanations").
public enum Scorer {
    /// 59, XS and XE mean the same to the scorer (D11).
    static func modifierClass(_ m: String) -> String { ["59", "XS", "XE"].contains(m) ? "59" : m }

    public static func assess(_ answer: Answer, against coding: Coding) -> Assessment {
        let expected = coding.answer
        let byDept = answer.hasDepartments
        func key(_ i: Answer.Item) -> String {
            i.code + "|" + i.modifiers.map(modifierClass).sorted().joined(separator: ",") + (byDept ? "|" + (i.department?.rawValue ?? "") : "")
        }
        func tally(_ a: Answer) -> [String: Int] { a.items.reduce(into: [:]) { $0[key($1), default: 0] += $1.units } }
        let e = tally(expected), a = tally(answer)
        let matched = Set(e.keys).union(a.keys).reduce(0) { $0 + min(e[$1] ?? 0, a[$1] ?? 0) }
        let eCodes = expected.unitsByCode, aCodes = answer.unitsByCode
        let codes = orderedCodes(expected, answer)
        let union = codes.reduce(0) { $0 + max(eCodes[$1] ?? 0, aCodes[$1] ?? 0) }

        var explainer = Explainer(coding: coding, expected: expected, answer: answer)
        var found: [String: [Discrepancy]] = [:]
        var confirmations: [Confirmation] = []
        // Initial codes are explained last: a wrong initial code describes the earliest unclaimed administration,
        // while other wrong codes first claim the administration they were most likely meant for.
        func isInitial(_ c: String) -> Bool { CPTCode.named(c)?.isInitial ?? false }
        for code in codes.filter({ !isInitial($0) }) + codes.filter(isInitial) {
            let eu = eCodes[code] ?? 0, au = aCodes[code] ?? 0
            var ds: [Discrepancy] = []
            if eu > 0 && au == 0 {
                ds.append(explainer.missing(code, units: eu))
            } else if eu == 0 && au > 0 {
                ds.append(explainer.extra(code, units: au))
            } else if eu != au {
                ds.append(explainer.units(code, expected: eu, answered: au))
                if let d = explainer.modifier(code) { ds.append(d) }
            } else if let d = explainer.modifier(code) {
                ds.append(d)
            } else if byDept, let d = explainer.department(code) {
                ds.append(d)
            } else {
                confirmations.append(explainer.confirm(code, units: eu))
            }
            found[code] = ds
        }
        var discrepancies = codes.flatMap { found[$0] ?? [] }
        confirmations.sort { codes.firstIndex(of: $0.code)! < codes.firstIndex(of: $1.code)! }
        explainer.pairSubstitutions(&discrepancies)
        let score = union == 0 ? 1.0 : Double(matched) / Double(union)
        var assessment = Assessment(score: discrepancies.isEmpty ? 1.0 : min(score, 0.99), expected: expected,
                                    answered: answer, discrepancies: discrepancies, confirmations: confirmations)
        assessment.rightlyLeftOut = rightlyLeftOut(coding, citing: discrepancies)
        return assessment
    }

    /// The rules of the coding's excluded rows, less any a discrepancy cites; with a perfect answer, the encounter
    /// rules that fired too (an answer with a wrong code may have reset the encounter — a second initial after
    /// midnight is explained by ED-OBS-CONTINUOUS alone, and MIDNIGHT-NO-RESET must not be credited then).
    static func rightlyLeftOut(_ coding: Coding, citing discrepancies: [Discrepancy]) -> [RuleID] {
        let cited = Set(discrepancies.flatMap { $0.rules + $0.deciding })
        let encounter = discrepancies.isEmpty
            ? coding.firings.map(\.rule).filter { RuleCatalog.rule($0)?.section == .encounter } : []
        return unique(coding.excluded.map(\.rule) + encounter).filter { !cited.contains($0) }
    }

    /// Codes in the order the engine reports them, then the learner's others in the order written.
    static func orderedCodes(_ expected: Answer, _ answer: Answer) -> [String] {
        var out: [String] = []
        for c in expected.items.map(\.code) + answer.items.map(\.code) where !out.contains(c) { out.append(c) }
        return out
    }

    /// The policy option under which `answer` is exactly the engine's coding, if the course's own policy
    /// does not give it: every other value of every §3.1 option is tried, one at a time.
    public static func alternative(for answer: Answer, scenario: Scenario) -> PolicyAlternative? {
        let fired = Engine.decide(scenario).rulesFired
        for option in PolicyOption.all where option.triggers.map({ !fired.isDisjoint(with: $0) }) ?? true {
            let current = option.value(in: scenario.policy)
            for value in option.values where value != current {
                var s = scenario
                s.policy = option.applied(value, to: scenario.policy)
                guard assess(answer, against: Engine.decide(s)).perfect else { continue }
                let sources = option.sources.prefix(2).joined(separator: "; ")
                return PolicyAlternative(
                    option: "\(option.key): \(value)",
                    explanation: "Your answer is exactly the coding under \(option.key): \(value), the reading where "
                        + option.meaning(of: value)
                        + (sources.isEmpty ? "" : " (sources: \(sources))")
                        + ". This course uses \(option.key): \(current). [\(option.rule.rawValue)]",
                    rule: option.rule)
            }
        }
        return nil
    }
}

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
        let initials: Set<String> = ["96360", "96365", "96374", "96409", "96413", "96369"]
        for code in codes.filter({ !initials.contains($0) }) + codes.filter({ initials.contains($0) }) {
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
        return Assessment(score: discrepancies.isEmpty ? 1.0 : min(score, 0.99), expected: expected, answered: answer,
                          discrepancies: discrepancies, confirmations: confirmations)
    }

    /// Codes in the order the engine reports them, then the learner's others in the order written.
    static func orderedCodes(_ expected: Answer, _ answer: Answer) -> [String] {
        var out: [String] = []
        for c in expected.items.map(\.code) + answer.items.map(\.code) where !out.contains(c) { out.append(c) }
        return out
    }
}

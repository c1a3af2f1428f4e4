import MARCore

extension Screen {
    /// The feedback after an answer: a score line a learner can check by eye, every discrepancy (a
    /// substitution — a wrong code and the code it replaced — is shown as two lines of one item), a brief
    /// confirmation per correct code, then, once the scenario is solved or revealed, its rationale and teaching.
    public static func feedback(_ assessment: Assessment, scenario: Scenario?, width: Int, style: Style,
                                showRationale: Bool = true) -> String {
        let mark = assessment.perfect ? style.tick : style.cross
        let t = assessment.unitTally
        let unitWord = t.expected == 1 ? "unit" : "units"
        var line = "\(mark) " + style.bold(percent(assessment.score)) + " — \(t.right) of \(t.expected) expected \(unitWord) right"
        if t.wrongModifier > 0 { line += ", \(t.wrongModifier) with the wrong modifier" }
        if t.extra > 0 { line += ", \(t.extra) extra" }
        var out = [line + (assessment.perfect ? ". Correct." : "")]

        for group in discrepancyGroups(assessment.discrepancies) {
            for (n, d) in group.enumerated() {
                out += Wrap.lines(discrepancyText(d), width: width, first: n == 0 ? "\(style.cross) " : "  ", rest: "  ")
            }
        }
        if let alt = assessment.alternative {
            out += Wrap.lines(alt.explanation, width: width, first: "\(style.dim("ℹ")) ", rest: "  ")
        }
        for c in assessment.confirmations {
            let text = codeText(c.code, units: c.units) + (c.explanation.isEmpty ? "" : " — " + c.explanation)
            out += Wrap.lines(text, width: width, first: "\(style.tick) ", rest: "  ")
        }
        if showRationale, let scenario {
            for part in rationale(scenario, width: width, style: style) { out += [""] + part }
        }
        return out.joined(separator: "\n")
    }

    /// The scenario's rationale and teaching text, each as wrapped lines (shown once solved or revealed).
    public static func rationale(_ scenario: Scenario, width: Int, style: Style) -> [[String]] {
        [("Rationale: ", scenario.key?.rationale), ("Teaching: ", scenario.teaching)].compactMap { label, text in
            guard let text, !text.isEmpty else { return nil }
            return Wrap.lines(Wrap.reflow(text), width: width, first: style.bold(label), rest: "")
        }
    }

    /// `<code> <explanation> [RULES]`; the code is not repeated when the explanation starts with it.
    static func discrepancyText(_ d: Discrepancy) -> String {
        let text = d.explanation.isEmpty ? defaultExplanation(d) : d.explanation
        let body = text.hasPrefix(d.code) ? text : "\(d.code) \(text)"
        // Explanations from the scorer cite their rules inline, part by part.
        return body.contains("[") ? body : body + citation(d.rules)
    }

    static func citation(_ rules: [RuleID]) -> String {
        rules.isEmpty ? "" : " [" + rules.map(\.rawValue).joined(separator: ", ") + "]"
    }

    static func defaultExplanation(_ d: Discrepancy) -> String {
        switch d.kind {
        case .missing: "is missing (×\(d.expectedUnits))."
        case .extra: "is not reported."
        case .units: "×\(d.answeredUnits) should be ×\(d.expectedUnits)."
        case .modifier: "has the wrong modifier."
        case .department: "is in the wrong department."
        }
    }
}

extension Screen {
    /// Discrepancies in the order they are shown: each with the other half of its substitution right after it, the
    /// learner's wrong code first (the side with more units answered than expected: it says what the administration
    /// really is, and the code it replaced follows, as "the code of the administration above"). Each once.
    static func discrepancyGroups(_ ds: [Discrepancy]) -> [[Discrepancy]] {
        var shown = Set<Int>(), groups: [[Discrepancy]] = []
        for i in ds.indices where !shown.contains(i) {
            shown.insert(i)
            var group = [i]
            if let p = ds[i].pairedWith,
               let j = ds.indices.first(where: { !shown.contains($0) && ds[$0].code == p && ds[$0].pairedWith == ds[i].code }) {
                shown.insert(j)
                group = ds[i].answeredUnits > ds[i].expectedUnits ? [i, j] : [j, i]
            }
            groups.append(group.map { ds[$0] })
        }
        return groups
    }
}

import MARCore

extension Screen {
    /// Matched and total units: matched is the overlap of expected and answered per code,
    /// modifiers and department (department only when both answers give departments); total is
    /// their union.
    public static func unitCounts(_ assessment: Assessment) -> (matched: Int, total: Int) {
        struct Key: Hashable { var code: String; var modifiers: [String]; var department: Department? }
        let byDepartment = assessment.expected.hasDepartments && assessment.answered.hasDepartments
        func key(_ i: Answer.Item) -> Key { Key(code: i.code, modifiers: i.modifiers, department: byDepartment ? i.department : nil) }
        var expected: [Key: Int] = [:], answered: [Key: Int] = [:]
        for i in assessment.expected.items { expected[key(i), default: 0] += i.units }
        for i in assessment.answered.items { answered[key(i), default: 0] += i.units }
        var matched = 0, total = 0
        for k in Set(expected.keys).union(answered.keys) {
            matched += min(expected[k] ?? 0, answered[k] ?? 0)
            total += max(expected[k] ?? 0, answered[k] ?? 0)
        }
        return (matched, total)
    }

    /// The feedback after an answer: a score line, one item per discrepancy (a substitution
    /// paired by `pairedWith` is one item), a brief confirmation per correct code, then the
    /// scenario's rationale and teaching text.
    public static func feedback(_ assessment: Assessment, scenario: Scenario?, width: Int, style: Style) -> String {
        let (matched, total) = unitCounts(assessment)
        let mark = assessment.perfect ? style.tick : style.cross
        let unitsWord = total == 1 ? "unit" : "units"
        var out = ["\(mark) " + style.bold(percent(assessment.score)) + " — \(matched) of \(total) \(unitsWord) matched"
                   + (assessment.perfect ? ". Correct." : "")]

        var done = Set<Int>()
        let ds = assessment.discrepancies
        for (i, original) in ds.enumerated() where !done.contains(i) {
            var d = original
            // A substitution reads from the wrong code's side: it says what the administration really is.
            if d.kind == .missing, let partner = d.pairedWith,
               let j = ds.indices.first(where: { !done.contains($0) && ds[$0].code == partner && ds[$0].kind != .missing }),
               ds[j].explanation.contains("\(d.code)") {
                done.insert(j)
                d = ds[j]
            }
            done.insert(i)
            out += Wrap.lines(discrepancyText(d), width: width, first: "\(style.cross) ", rest: "  ")
            if let partner = d.pairedWith,
               let j = ds.indices.first(where: { !done.contains($0) && ds[$0].code == partner }) {
                done.insert(j)
                // Unless the explanation already says what the administration really is, add the partner's.
                if !d.explanation.contains(partner) {
                    let partnerText = ds[j].explanation.replacingOccurrences(of: "\(partner) is missing: ", with: "")
                    out += Wrap.lines(partnerText.contains("[") ? partnerText : partnerText + citation(ds[j].rules),
                                      width: width, first: "  ", rest: "  ")
                }
            }
        }
        for c in assessment.confirmations {
            let text = codeText(c.code, units: c.units) + (c.explanation.isEmpty ? "" : " — " + c.explanation)
            out += Wrap.lines(text, width: width, first: "\(style.tick) ", rest: "  ")
        }
        if let key = scenario?.key, let r = key.rationale, !r.isEmpty {
            out.append("")
            out += Wrap.lines(Wrap.reflow(r), width: width, first: style.bold("Rationale: "), rest: "")
        }
        if let t = scenario?.teaching, !t.isEmpty {
            out.append("")
            out += Wrap.lines(Wrap.reflow(t), width: width, first: style.bold("Teaching: "), rest: "")
        }
        return out.joined(separator: "\n")
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

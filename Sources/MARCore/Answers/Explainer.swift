/// Builds the plain-words explanation of each discrepancy from the engine's records.
struct Explainer {
    let coding: Coding
    let expected: Answer
    let answer: Answer
    /// Administrations already used to explain a wrong code (one explanation each).
    var claimed: Set<Int> = []

    /// Emissions of a code, with the administration that produced each.
    func emissions(_ code: String) -> [(AdministrationRecord, Emission)] {
        coding.administrations.flatMap { r in r.codes.filter { $0.code == code }.map { (r, $0) } }
    }

    /// Administrations that considered a code and ruled it out.
    func ruledOut(_ code: String) -> [(AdministrationRecord, RuledOut)] {
        coding.administrations.flatMap { r in r.ruledOut.filter { $0.code == code }.map { (r, $0) } }
    }

    /// Codes the engine reports that the learner left out.
    var missingCodes: Set<String> {
        let a = answer.unitsByCode
        return Set(expected.unitsByCode.filter { (a[$0.key] ?? 0) < $0.value }.keys)
    }

    mutating func missing(_ code: String, units: Int) -> Discrepancy {
        let found = emissions(code)
        let reasons = found.map { "\($0.1.reason). \(cite($0.1.rules))" }
        let head = "\(code)\(units > 1 ? " ×\(units)" : "") is missing: "
        return Discrepancy(kind: .missing, code: code, expectedUnits: units, answeredUnits: 0,
                           rules: unique(found.flatMap(\.1.rules)),
                           explanation: head + (reasons.isEmpty ? "the engine reports it." : reasons.joined(separator: "\n  ")))
    }

    mutating func extra(_ code: String, units: Int) -> Discrepancy {
        let (reasons, rules, paired) = whyNot(code, count: units)
        let head = "\(code)\(units > 1 ? " ×\(units)" : "") is not reported: "
        return Discrepancy(kind: .extra, code: code, expectedUnits: 0, answeredUnits: units, rules: rules,
                           explanation: head + reasons.joined(separator: "\n  "), pairedWith: paired)
    }

    mutating func units(_ code: String, expected eu: Int, answered au: Int) -> Discrepancy {
        let head = "\(code) ×\(au) should be ×\(eu): "
        let hourly = ["96361", "96366", "96370", "96415"].contains(code)
        if au > eu && !hourly {
            let (reasons, rules, paired) = whyNot(code, count: au - eu, avoidEmitters: true)
            return Discrepancy(kind: .units, code: code, expectedUnits: eu, answeredUnits: au, rules: rules,
                               explanation: head + reasons.joined(separator: "\n  "), pairedWith: paired)
        }
        let found = emissions(code)
        return Discrepancy(kind: .units, code: code, expectedUnits: eu, answeredUnits: au,
                           rules: unique(found.flatMap(\.1.rules)),
                           explanation: head + found.map { "\($0.1.reason). \(cite($0.1.rules))" }.joined(separator: "\n  "))
    }

    func modifier(_ code: String) -> Discrepancy? {
        func mods(_ a: Answer) -> [String] {
            a.items.filter { $0.code == code }.flatMap { i in Array(repeating: i.modifiers.map(Scorer.modifierClass).sorted().joined(separator: "-"), count: i.units) }.sorted()
        }
        let em = mods(expected), am = mods(answer)
        let expectedWith = em.filter { !$0.isEmpty }.count, answeredWith = am.filter { !$0.isEmpty }.count
        guard expectedWith != answeredWith || Set(em) != Set(am) else { return nil }
        let found = emissions(code).filter { !$0.1.modifiers.isEmpty }
        if expectedWith > answeredWith, let (r, e) = found.first {
            return Discrepancy(kind: .modifier, code: code, expectedUnits: expectedWith, answeredUnits: answeredWith,
                               rules: unique(e.rules.filter { [.secondSite59, .separateEncounterSameDay, .modifiers].contains($0) }),
                               explanation: "\(code) needs modifier 59 (XS or XE also accepted) on \(r.label): \(e.reason). \(cite(e.rules))")
        }
        let written = answer.items.filter { $0.code == code }.flatMap(\.modifiers).filter { !["59", "XS", "XE"].contains($0) || expectedWith == 0 }
        return Discrepancy(kind: .modifier, code: code, expectedUnits: expectedWith, answeredUnits: answeredWith,
                           rules: [.secondSite59, .modifiers],
                           explanation: "\(code) takes no modifier \(written.first.map { "-\($0) " } ?? "")here: there is no second "
                           + "initial service (no separately documented access and no second encounter the same day), "
                           + "so nothing needs 59, XS or XE. \(cite([.secondSite59, .modifiers]))")
    }

    func department(_ code: String) -> Discrepancy? {
        func depts(_ a: Answer) -> [String: Int] {
            a.items.filter { $0.code == code }.reduce(into: [:]) { $0[$1.department?.rawValue ?? "?", default: 0] += $1.units }
        }
        let e = depts(expected), a = depts(answer)
        guard e != a else { return nil }
        let lines = coding.lines.filter { $0.code == code }
        let where_ = lines.map { line in
            "\(line.department.rawValue) (\(line.administrations.map { "\($0.med.prefixWords) at \($0.start.clock)" }.joined(separator: ", ")))"
        }.joined(separator: " and ")
        return Discrepancy(kind: .department, code: code, expectedUnits: e.values.reduce(0, +), answeredUnits: a.values.reduce(0, +),
                           rules: [.edObsContinuous, .lineItemDos],
                           explanation: "\(code) drops in \(where_): each code takes the department in force when its "
                           + "administration started. \(cite([.edObsContinuous, .lineItemDos]))")
    }

    func confirm(_ code: String, units: Int) -> Confirmation {
        let found = emissions(code)
        let first = found.first.map { $0.1.reason } ?? "reported by the engine"
        return Confirmation(code: code, units: units, rules: unique(found.flatMap(\.1.rules)), explanation: first)
    }

    /// Why a code is not (or not that often) reported: the administrations that ruled it out, else exclusions, else flags.
    mutating func whyNot(_ code: String, count: Int, avoidEmitters: Bool = false) -> ([String], [RuleID], String?) {
        let missing = missingCodes
        let initial = ["96360", "96365", "96374", "96409", "96413", "96369"].contains(code)
        var candidates = ruledOut(code).enumerated().map { ($0.offset, $0.element) }
        // An administration that produced the code explains an over-count only through its own "once" rule.
        if avoidEmitters {
            candidates = candidates.filter { c in
                !c.1.0.codes.contains { $0.code == code } || [.seqAddlHours, .r96417Once96415Hours].contains(c.1.1.rule)
            }
        }
        func id(_ r: AdministrationRecord) -> Int { coding.administrations.firstIndex(of: r) ?? -1 }
        // Unclaimed first; then, except for an initial code, a substitution: the administration whose own
        // code the learner left out; then time order.
        // Rules about how many units an administration earns (a repeat within 30 min, 96417 once) explain a
        // wrong or over-counted add-on best: they are what the learner most often misses.
        let countRules: Set<RuleID> = [.seqAddlHours, .r96417Once96415Hours, .repeatPush30, .concurrentOnce]
        candidates.sort { a, b in
            let ua = !claimed.contains(id(a.1.0)), ub = !claimed.contains(id(b.1.0))
            if ua != ub { return ua }
            let ca = countRules.contains(a.1.1.rule), cb = countRules.contains(b.1.1.rule)
            if ca != cb { return ca }
            if !initial {
                let sa = a.1.0.codes.contains { missing.contains($0.code) }, sb = b.1.0.codes.contains { missing.contains($0.code) }
                if sa != sb { return sa }
            }
            return (a.1.0.start, a.1.0.row) < (b.1.0.start, b.1.0.row)
        }
        let chosen = candidates.prefix(count).map(\.1)
        for c in chosen { claimed.insert(id(c.0)) }
        var reasons: [String] = [], rules: [RuleID] = [], paired: String?
        for (record, r) in chosen {
            var text = "\(r.reason). \(cite([r.rule]))"
            if let actual = record.codes.first(where: { !$0.code.isEmpty }) {
                let says = actual.reason.hasPrefix(record.label) ? capitalized(actual.reason)
                    : "\(capitalized(record.label)) is \(actual.text): \(actual.reason)"
                text += "\n  \(says). \(cite(actual.rules))"
                if missing.contains(actual.code) && paired == nil { paired = actual.code }
            } else if record.codes.isEmpty {
                text += "\n  \(capitalized(record.label)) gets no code of its own."
            }
            reasons.append(text)
            rules += [r.rule]
        }
        if reasons.count < count {
            for x in coding.excluded where x.lookalikes.contains(code) && reasons.count < count {
                reasons.append("\(x.reason). \(cite([x.rule]))")
                rules.append(x.rule)
            }
        }
        if reasons.count < count {
            for f in coding.flagged where f.code == code && reasons.count < count {
                reasons.append("\(f.reason): flagged, not scored. \(cite([f.rule]))")
                rules.append(f.rule)
            }
        }
        if reasons.isEmpty {
            let got = coding.lines.isEmpty ? "no drug-administration code" : coding.answer.text
            reasons.append("nothing on this MAR calls for \(code)\(CPTCode.named(code).map { " (\($0.descriptor))" } ?? ""); "
                           + "the MAR supports \(got).")
        }
        return (reasons, unique(rules), paired)
    }

    /// Marks the missing half of each substitution, so the two read as one explanation.
    func pairSubstitutions(_ ds: inout [Discrepancy]) {
        for i in ds.indices where ds[i].kind == .extra || ds[i].kind == .units {
            guard let p = ds[i].pairedWith, p != ds[i].code, let j = ds.firstIndex(where: { $0.kind == .missing && $0.code == p && $0.pairedWith == nil }) else { continue }
            ds[j].pairedWith = ds[i].code
        }
    }

    func cite(_ rules: [RuleID]) -> String { "[" + unique(rules).map(\.rawValue).joined(separator: ", ") + "]" }

    func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

}

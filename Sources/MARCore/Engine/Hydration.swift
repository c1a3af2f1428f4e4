extension EngineRun {
    /// Hydration on one access group: summed minutes after deductions (HYD-CONCURRENT, HYD-SUM-SEGMENTS, D16, D17).
    func codeHydration(_ s: inout GroupState) {
        let fluids = s.group.members.kept(where: { $0.kind == .hydration },
                                          sortedBy: { ($0.start, $0.row.index) < ($1.start, $1.row.index) })
        guard !fluids.isEmpty else { return }
        let fluidSpans = Spans.union(fluids.flatMap(\.spans))
        let total = Spans.minutes(fluidSpans)
        // D16: every minute another infusion runs on the access, and every documented push minute.
        let others = admins.kept { $0.access == s.group.access && $0.kind != .hydration && !$0.row.drugClass.isFluid
            && [.infusion, .push, .deductOnly, .pump].contains($0.kind) && $0.hasPieces }
        let otherSpans = others.flatMap(\.spans)
        let deducted = Spans.intersect(fluidSpans, otherSpans)
        var surviving = Spans.subtract(fluidSpans, otherSpans)
        // The deductions in words, only when explaining.
        var notes: [Sentence] = []
        var rules: [RuleID] = []
        if !deducted.isEmpty {
            let who = others.kept { Spans.overlap($0.spans, fluidSpans) }
            let pushMin = Spans.minutes(Spans.intersect(fluidSpans, who.kept { $0.kind == .push }.flatMap(\.spans)))
            let infMin = Spans.minutes(deducted) - pushMin
            if infMin > 0 {
                let names = who.kept { $0.kind != .push }.map { drugName($0.row) }
                if trace.explain { notes.append("minus \(infMin) min while \(unique(names).joined(separator: ", ")) ran") }
            }
            if pushMin > 0 && trace.explain { notes.append("minus \(pushMin) min of documented pushes") }
            rules.append(.hydConcurrent)
        }
        if policy.hydrationPerSegment {
            let short = surviving.filter { $0.minutes < 31 }
            if !short.isEmpty {
                if trace.explain { notes.append("pieces under 31 min dropped (\(short.map { "\($0.minutes)" }.joined(separator: ", ")) min, hydrationPerSegment)") }
                surviving = surviving.filter { $0.minutes >= 31 }
            }
        } else if surviving.count > 1 {
            rules.append(.hydSumSegments)
        }
        let t = Spans.minutes(surviving)
        let contributing = fluids.kept { Spans.overlap($0.spans, surviving) }
        let carrier = contributing.first ?? fluids[0]
        let explain = trace.explain
        func arithmeticText() -> Sentence {
            guard explain else { return "" }
            let names = unique(fluids.map { drugName($0.row) }).joined(separator: " and ")
            let pieces: Sentence = surviving.count > 1 ? " in \(surviving.count) pieces" : ""
            // "ran 65 min = 65 min of hydration" says nothing twice: the sum only when something was taken off.
            guard !notes.isEmpty || total != t || surviving.count > 1 else { return "\(names) ran \(t) min of hydration" }
            let deductions: Sentence = notes.isEmpty ? "" : ", \(notes.joined(separator: ", "))"
            return "\(names) ran \(total) min\(deductions) = \(t) min of hydration\(pieces)"
        }
        let arithmetic = arithmeticText()
        trace.fire(.hydCategory, "\(unique(fluids.map { drugName($0.row) }).joined(separator: ", ")): fluid for hydration")
        for r in rules { trace.fire(r, arithmetic) }
        // Secondary whenever the access's initial service is a drug (in either setting).
        let secondary = s.initial.map { $0.kind != .hydration } ?? false
        if t < 31 {
            let reason = words("\(arithmetic): hydration needs 31 min or more")
            for f in fluids {
                ruleOut(f, "96360", .hydMin31, reason)
                ruleOut(f, "96361", .hydMin31, reason)
            }
            trace.fire(.hydMin31, reason)
            if secondary { trace.fire(.hydNeverInitialWithDrug, "a drug was given on this access: hydration could only be 96361") }
            return
        }
        if secondary, let initial = s.initial {
            let n = Units.secondaryHydration(t)
            let why = words("\(arithmetic); a drug was given on this access (\(label(initial))), so hydration is secondary: "
                + "96361 × ⌊(\(t) + 29) / 60⌋ = \(n)")
            emit(carrier, "96361", units: n, rules: [.hydNeverInitialWithDrug, .hydSecondaryUnits, .hydMin31] + rules,
                 minutes: t, why)
            let notInitial = words("\(label(initial)) was given on this access: hydration is "
                                   + "never the initial service beside a drug, so 96361, not 96360")
            for f in fluids {
                ruleOut(f, "96360", .hydNeverInitialWithDrug, notInitial, context: encounterContext(f, initial))
            }
            s.addOns += n
        } else {
            let n = Units.additionalHours(t)
            // With no drug given first, hydration is initial because it is alone on the access, or (professional
            // reporting) because it is the primary reason for the encounter while drugs were given beside it.
            let primary = scenario.setting == .professional && carrier.row.primary
            let alone = !s.group.members.contains { $0.isDrugService }
            let place: Sentence = alone ? "hydration is the only IV service on this access"
                : "hydration is the primary reason for the encounter, and in professional reporting that takes the initial code"
            let why = words("\(arithmetic); \(place): 96360"
                + (n > 0 ? " + 96361 ×\(n) (each further hour needs more than 30 min beyond 90, 150…)" : " (covers up to 90 min)"))
            let primaryRule: [RuleID] = primary ? [.physVsFacility] : []
            emit(carrier, "96360", rules: primaryRule + [.hydMin31] + rules, minutes: t, why)
            if n > 0 {
                emit(carrier, "96361", units: n, rules: [.addlHour31] + rules, minutes: t, why)
                s.addOns += n
            } else if primary && !alone {
                ruleOut(carrier, "96361", .physVsFacility, "\(label(carrier)) is the primary reason for the encounter: in "
                        + "professional reporting it takes the initial code, 96360, not an add-on (and 96360 covers up to 90 min)",
                        context: [.addlHour31])
            } else {
                ruleOut(carrier, "96361", .addlHour31, "\(arithmetic): 96360 covers up to 90 min; an added hour needs 91")
            }
            if s.initial == nil { s.initial = carrier }
        }
        // The other fluids whose minutes went into the carrier's codes: why they carry none of their own.
        for f in contributing where f.id != carrier.id {
            let why = words("\(label(f)): its minutes are summed with the rest of this access's hydration, and the "
                            + "\(trace.codes(of: carrier.id).map(\.text).joined(separator: " + ")) for all of it is "
                            + "reported on \(label(carrier))")
            for code in ["96360", "96361"] { ruleOut(f, code, .hydSumSegments, why) }
        }
    }

}

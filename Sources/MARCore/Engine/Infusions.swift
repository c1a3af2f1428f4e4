extension EngineRun {
    /// CONCURRENT-OVERLAP-ALLOC (D15): infusions in priority order, each losing minutes already claimed.
    func codeInfusions(_ s: inout GroupState) {
        let infusions = s.group.members.kept { $0.kind == .infusion && $0.isDrugService }
        // D29: every earliest interval of a drug is placed before any later interval of a drug, whatever its length.
        let ordered = infusions.sorted { a, b in
            if a.id == s.initial?.id { return b.id != s.initial?.id }
            if b.id == s.initial?.id { return false }
            let la = s.laterIntervals.contains(a.id), lb = s.laterIntervals.contains(b.id)
            if la != lb { return lb }
            if a.rank != b.rank { return a.rank < b.rank }
            if a.activeMinutes != b.activeMinutes { return a.activeMinutes > b.activeMinutes }
            return (a.start, a.row.index) < (b.start, b.row.index)
        }
        for a in ordered {
            let chemo = a.category == .chemo
            lazy var name = drugName(a.row)   // worded only where a sentence is written
            let r = s.claimed.isEmpty ? a.activeMinutes : Spans.minutes(a.spans, outside: s.claimedSpans)
            let overlap = a.activeMinutes - r
            let overlapper = overlap > 0 ? s.claimed.first { Spans.overlap($0.spans, a.spans) } : nil
            defer {
                s.claimed.append(a)
                Spans.formUnion(&s.claimedSpans, a.spans)
            }
            trace.fire(.timeFromMar, "\(label(a)): minutes from the charted start and stop")

            if a.id == s.initial?.id {
                let code = a.initialCode
                let first: RuleID = scenario.setting == .professional ? .physVsFacility : .hierFacility
                // Each list made at its size (rule lists are built per code: no append to regrow them).
                let rules: [RuleID] = (61...90).contains(a.activeMinutes) ? [first, .infMin16, .initialCovers90]
                    : [first, .infMin16]
                emit(a, code, rules: rules, "\(label(a)) is the highest-ranked service on this access: the initial "
                     + "\(chemo ? "chemotherapy " : "")infusion, \(code)"
                     + ((61...90).contains(a.activeMinutes) ? " (the first-hour code covers up to 90 min)" : ""))
                ruleOut(a, chemo ? "96409" : "96374", .infMin16, "\(label(a)) ran 16 min or more: an infusion, not a push")
                // When a rival of the same rank lost only on minutes, the tie-break is what made this one initial.
                let tie = scenario.setting != .professional
                    && infusions.contains { $0.id != a.id && $0.rank == a.rank && !s.laterIntervals.contains($0.id) }
                ruleOut(a, chemo ? "96417" : "96367", tie ? .hierTiebreak : .oneInitialPerEncounter,
                        tie ? "\(label(a)) ran longest of the infusions of its rank, so it is the initial service (\(code)), "
                            + "not a sequential add-on"
                            : "\(label(a)) is the initial service, so it takes \(code), not a sequential add-on")
                if let other = alongsideElsewhere(a) {
                    ruleOutAsOtherAccess(a, other)
                } else {
                    // The rule is the same either way; which sentence is worked out only when explaining.
                    ruleOut(a, "96368", .concurrentOverlapAlloc, infusions.first { $0.id != a.id && Spans.overlap($0.spans, a.spans) }
                        .map { "\(label(a)) is the initial service: it keeps the minutes it shared with \(label($0)), which "
                            + "takes any concurrent code" }
                        ?? "\(label(a)) did not run alongside another infusion: the initial service, not concurrent")
                }
                s.drugs[a].reported = true
                addHours(&s, a, minutes: a.activeMinutes, sequential: false)
                continue
            }
            if s.laterIntervals.contains(a.id) {
                ruleOut(a, a.initialCode, .sameDrugIntermittent, "\(label(a)) is a later interval of \(name): only a drug's "
                        + "earliest interval on an access takes part in the hierarchy")
            } else if let initial = s.initial {
                let (rule, why, context) = whyNotInitial(a, initial)
                ruleOut(a, a.initialCode, rule, why, context: context)
            }
            ruleOut(a, chemo ? "96411" : "96375", .infMin16, "\(label(a)) ran 16 min or more: an infusion, not a push")
            // D29/D30: a later interval of a drug is a repeat, even when its earlier interval was flagged (96549).
            let isRepeat = s.laterIntervals.contains(a.id) || s.drugs[a].reported
            let concurrent = policy.anyOverlapIsConcurrent ? overlap > 0 : r <= 15
            if concurrent {
                codeConcurrent(&s, a, residual: r, overlapper: overlapper)
                continue
            }
            let overlapNote = overlap > 0 && overlapper != nil
                ? "; \(overlap) min overlapped \(label(overlapper!)) and go to it, leaving \(r) min" : ""
            if overlap > 0 {
                trace.fire(.concurrentOverlapAlloc, "\(label(a)): \(overlap) min overlapped a higher-priority infusion; \(r) min remain")
                ruleOut(a, "96368", .concurrentOverlapAlloc, "\(label(a)) ran \(r) min on its own after the overlap "
                        + "(16 or more): sequential, not concurrent")
            } else if let other = alongsideElsewhere(a) {
                ruleOutAsOtherAccess(a, other)
            } else {
                ruleOut(a, "96368", .concurrentOverlapAlloc, "\(label(a)) did not run alongside another infusion: sequential, not concurrent")
            }
            if isRepeat {
                codeRepeatInterval(&s, a, minutes: r, note: overlapNote)
            } else {
                let code = chemo ? "96417" : "96367"
                let rules: [RuleID] = overlap > 0
                    ? [.seqNewDrug, .subsequentEvenIfFirstOfType, .infMin16, .concurrentOverlapAlloc]
                    : [.seqNewDrug, .subsequentEvenIfFirstOfType, .infMin16]
                emit(a, code, rules: rules, minutes: r, "\(label(a)) is a new drug infused after the initial service\(overlapNote): "
                     + "a sequential infusion, \(code)")
                ruleOut(a, chemo ? "96413" : "96365", .oneInitialPerEncounter, "only one initial per access per encounter: "
                        + "\(s.initial.map { label($0) } ?? "another service") holds it")
                s.addOns += 1
                s.drugs[a].reported = true
                addHours(&s, a, minutes: r, sequential: true)
            }
        }
        if policy.sameDrugIntermittent == .sumTimes {
            for entry in s.drugs.values.compactMap(\.summed).sorted(by: { $0.first.id < $1.first.id }) {
                let n = Units.additionalHours(entry.minutes)
                if n > 0 {
                    emit(entry.first, entry.addOn, units: n, rules: [.sameDrugIntermittent, .addlHour31],
                         "\(drugName(entry.first.row)): intervals add up to \(entry.minutes) min (sumTimes); beyond the first "
                         + "90 min each further hour needs more than 30 min: \(entry.addOn) ×\(n)")
                    s.addOns += n
                }
            }
        }
    }

    /// Additional hours of a first-hour code (ADDL-HOUR-31, SEQ-ADDL-HOURS, 96417-ONCE-96415-HOURS).
    private func addHours(_ s: inout GroupState, _ a: Administration, minutes t: Int, sequential: Bool) {
        let chemo = a.category == .chemo
        let addOn = chemo ? "96415" : "96366"
        if policy.sameDrugIntermittent == .sumTimes {
            s.drugs[a].summed = (a, t, addOn)
            return
        }
        let n = Units.additionalHours(t)
        if n > 0 {
            let rules: [RuleID] = sequential ? [.addlHour31, chemo ? .r96417Once96415Hours : .seqAddlHours]
                : [.addlHour31]
            emit(a, addOn, units: n, rules: rules, minutes: t, "\(drugName(a.row)) counted \(t) min: the first-hour code covers "
                 + "up to 90, and each further hour needs more than 30 min beyond the last full hour (91, 151, 211…): "
                 + "\(addOn) ×\(n)")
            s.addOns += n
            if sequential {
                ruleOut(a, chemo ? "96417" : "96367", chemo ? .r96417Once96415Hours : .seqAddlHours,
                        "\(chemo ? "96417" : "96367") is reported once per sequential infusion; its later hours are \(addOn)")
            }
        } else {
            ruleOut(a, addOn, t > 60 ? .initialCovers90 : .addlHour31,
                    "\(drugName(a.row)) counted \(t) min: the first-hour code covers up to 90 min; an added hour needs 91")
            if t > 60 { trace.fire(.initialCovers90, "\(drugName(a.row)) counted \(t) min: covered by the first-hour code") }
        }
    }

    private func codeConcurrent(_ s: inout GroupState, _ a: Administration, residual r: Int, overlapper: Administration?) {
        let chemo = a.category == .chemo
        lazy var name = drugName(a.row)   // worded only where a sentence is written
        let with = overlapper.map { label($0) } ?? "a higher-priority infusion"
        let how = policy.anyOverlapIsConcurrent
            ? "overlapped \(with) (anyOverlapIsConcurrent)"
            : "ran alongside \(with), only \(r) min on its own (15 or less)"
        if chemo {
            trace.flag(Flag(code: "96549", rule: .chemoConcurrent,
                            reasonSentence: "\(label(a)) \(how): two chemotherapy drugs at once have no concurrent code (unlisted 96549, not scored)",
                            med: a.row.med, at: a.start))
            ruleOut(a, "96417", .chemoConcurrent, "\(label(a)) \(how): chemotherapy concurrent with chemotherapy is unlisted (96549), not 96417")
            ruleOut(a, "96368", .chemoConcurrent, "96368 is not for two chemotherapy drugs together")
            return
        }
        let key = policy.concurrentOncePerEncounter ? "encounter" : a.start.date.iso
        if let prior = s.concurrentUsed[key] {
            ruleOut(a, "96368", .concurrentOnce, "96368 is reported at most once per \(policy.concurrentOncePerEncounter ? "encounter" : "date") "
                    + "per access, and it was already reported for \(label(prior))")
            ruleOut(a, "96367", .concurrentOverlapAlloc, "\(name) \(how): concurrent, not sequential")
            trace.fire(.concurrentOnce, "\(label(a)): 96368 already reported for \(label(prior))")
            return
        }
        s.concurrentUsed[key] = a
        emit(a, "96368", rules: [.concurrentOverlapAlloc, .concurrentOnce], minutes: r,
             "\(label(a)) \(how): a concurrent infusion, 96368 (once per \(policy.concurrentOncePerEncounter ? "encounter" : "date"), not timed)")
        ruleOut(a, "96367", .concurrentOverlapAlloc, "\(label(a)) \(how): concurrent, not sequential (16 min on its own needed)")
        ruleOut(a, "96366", .concurrentOnce, "96368 is not time-based: no added hours")
        if chemo == false, s.initial?.category == .chemo {
            trace.fire(.chemoConcurrent, "\(name) with chemotherapy: a non-chemotherapy drug alongside chemotherapy is 96368")
        }
        s.addOns += 1
        s.drugs[a].reported = true
    }

    /// SAME-DRUG-INTERMITTENT: a later interval of a drug already infused on the access.
    private func codeRepeatInterval(_ s: inout GroupState, _ a: Administration, minutes r: Int, note: String) {
        let chemo = a.category == .chemo
        lazy var name = drugName(a.row)   // worded only where a sentence is written
        let first = s.claimed.first { $0.drugNumber == a.drugNumber }
        let firstText = first.map { "\(name) was already infused (\(label($0)))" } ?? "\(name) was already infused"
        ruleOut(a, chemo ? "96417" : "96367", .seqNewDrug, "\(firstText): not a new drug")
        switch policy.sameDrugIntermittent {
        case .perInterval:
            let code = chemo ? "96415" : "96366"
            let n = 1 + Units.additionalHours(r)
            emit(a, code, units: n, rules: n > 1 ? [.sameDrugIntermittent, .addlHour31] : [.sameDrugIntermittent], minutes: r,
                 "\(label(a))\(note) is a later interval of \(name), already infused"
                 + (first.map { " at \(t($0.start))" } ?? "") + ": \(code) ×\(n), each interval judged on its own")
            s.addOns += n
        case .sumTimes:
            s.drugs[a].summed?.minutes += r
            trace.fire(.sameDrugIntermittent, "\(label(a)): under sumTimes its \(r) min are added to \(name)'s first interval")
            ruleOut(a, chemo ? "96415" : "96366", .sameDrugIntermittent, "under sumTimes the minutes of every interval of \(name) are added together")
        case .sequential96367:
            let code = chemo ? "96417" : "96367"
            emit(a, code, rules: [.sameDrugIntermittent], minutes: r, "\(label(a)) is a later interval of \(name): under "
                 + "sequential96367 it is reported as a sequential infusion, \(code)")
            s.addOns += 1
            addHours(&s, a, minutes: r, sequential: true)
        case .repeat96376:
            if chemo {
                trace.flag(Flag(code: nil, rule: .sameDrugIntermittent, reasonSentence: "\(label(a)): repeat chemotherapy has no code under repeat96376",
                                med: a.row.med, at: a.start))
            } else if scenario.setting == .professional {
                ruleOut(a, "96376", .r96376FacilityOnly, "96376 is for facilities only")
            } else {
                emit(a, "96376", rules: [.sameDrugIntermittent], minutes: r, "\(label(a)) is a later interval of \(name): "
                     + "under repeat96376 it is reported as a repeat of the same drug, 96376")
                s.addOns += 1
            }
        }
    }

    /// CONCURRENT-SAME-ACCESS: an infusion of the same visit that ran at the same time as `a` through another access.
    /// (Only a MAR with two sites can have one: nothing is searched otherwise.)
    func alongsideElsewhere(_ a: Administration) -> Administration? {
        guard scenario.sites.count > 1 else { return nil }
        return admins.first { b in
            b.id != a.id && b.kind == .infusion && b.isDrugService && b.visit == a.visit && b.access != a.access
                && Spans.overlap(b.spans, a.spans)
        }
    }

    /// 96368 ruled out for an infusion that overlapped `other` only through another access.
    private func ruleOutAsOtherAccess(_ a: Administration, _ other: Administration) {
        ruleOut(a, "96368", .concurrentSameAccess, "\(label(a)) ran at the same time as \(label(other)), but through "
                + "another access: not concurrent (96368 is for two infusions through one access)")
    }
}

extension EngineRun {
    /// Step 7: pushes in time order — initial, new drug, repeat of a drug, or part of its infusion.
    func codePushes(_ s: inout GroupState) {
        var pushes = s.group.members.kept(where: { $0.kind == .push && $0.isDrugService },
                                          sortedBy: { ($0.start, $0.row.index) < ($1.start, $1.row.index) })
        let gap = policy.repeatPushMinGap
        // A push's own drug's infusions, when it has any (most pushes have none: an empty list costs nothing).
        let infusions = s.group.members.kept { $0.kind == .infusion }
        func infusionsOfDrug(_ a: Administration) -> [Administration] {
            infusions.isEmpty ? [] : infusions.kept { $0.drugNumber == a.drugNumber }
        }

        // D20: under sameMinutePushesOnce only one push per minute is charged.
        if policy.sameMinutePushesOnce {
            var kept: [Administration] = []
            for minute in Dictionary(grouping: pushes, by: \.start).keys.sorted() {
                let same = pushes.kept { $0.start == minute }
                    .sorted { ($0.rank, $0.row.index) < ($1.rank, $1.row.index) }
                kept.append(same[0])
                for other in same.dropFirst() where other.drugNumber != same[0].drugNumber {
                    let reason = words("\(label(other)) shares its minute with \(label(same[0])): under sameMinutePushesOnce only "
                                       + "one push is charged")
                    ruleOut(other, "96375", .sameTimePush, reason)
                    ruleOut(other, "96374", .sameTimePush, reason)
                    trace.fire(.sameTimePush, reason)
                }
                for other in same.dropFirst() where other.drugNumber == same[0].drugNumber { kept.append(other) }
            }
            pushes = kept.sorted { ($0.start, $0.row.index) < ($1.start, $1.row.index) }
        } else {
            // Pushes are in time order: each run of one minute, when it holds more than one drug.
            var i = 0
            while i < pushes.count {
                var j = i + 1
                while j < pushes.count && pushes[j].start == pushes[i].start { j += 1 }
                defer { i = j }
                let same = pushes[i..<j]
                guard same.contains(where: { $0.drugNumber != pushes[i].drugNumber }) else { continue }
                trace.fire(.sameTimePush, "\(same.map { drugName($0.row) }.sorted().joined(separator: " and ")) were pushed at "
                           + "\(t(pushes[i].start)) from separate syringes: each is reportable")
            }
        }

        for a in pushes {
            let chemo = a.category == .chemo
            lazy var name = drugName(a.row)   // worded only where a sentence is written
            defer { s.drugs[a].anyPush = a.start }
            if a.id == s.initial?.id {
                let first: RuleID = scenario.setting == .professional ? .physVsFacility : .hierFacility
                let rules: [RuleID] = bagAsPush(a).map { [first, $0] } ?? [first]
                emit(a, a.initialCode, rules: rules, "\(label(a)) is the highest-ranked service on this access: the initial "
                     + "\(chemo ? "chemotherapy " : "")push, \(a.initialCode)")
                ruleOut(a, chemo ? "96411" : "96375", .oneInitialPerEncounter, "\(label(a)) is the initial service: \(a.initialCode)")
                s.drugs[a].reportedPush = a.start
                s.drugs[a].reported = true
                s.firstPushSeen = true
                continue
            }
            if let initial = s.initial {
                let (rule, why, context) = whyNotInitial(a, initial)
                ruleOut(a, a.initialCode, rule, why, context: context)
            }
            // D19: a push of X near X's infusion (before, during, after) is part of it.
            if let window = infusionWindow(a, infusionsOfDrug(a), gap: gap) {
                let beforeOrDuring = window.rule == .bolusBeforeInfusionSameDrug
                if beforeOrDuring && !policy.bolusBeforeInfusionIncluded && !chemo {
                    trace.fire(.bolusBeforeInfusionSameDrug, "\(label(a)) \(wording(window)): under bolusBeforeInfusionIncluded=false it is reported")
                } else {
                    let reason = words("\(label(a)) \(wording(window)): part of that infusion, no push code")
                    for code in (chemo ? ["96411", "96409"] : ["96375", "96376"]) { ruleOut(a, code, window.rule, reason) }
                    trace.fire(window.rule, "\(label(a)) \(wording(window)): part of the infusion")
                    continue
                }
            }
            if s.drugs[a].reported {
                codeRepeatPush(&s, a, gap: gap, infusions: infusionsOfDrug(a))
                continue
            }
            // A new drug.
            let code = chemo ? "96411" : "96375"
            let firstPushAfterInfusion = !s.firstPushSeen && s.initial?.kind == .infusion
            var rules: [RuleID] = []
            rules.reserveCapacity(3)
            rules.append(chemo ? .chemoPush96411 : .pushNewDrug96375)
            if let mode = bagAsPush(a) { rules.append(mode) }
            if firstPushAfterInfusion { rules.append(.subsequentEvenIfFirstOfType) }
            emit(a, code, rules: rules, "\(label(a)) is a push of a new drug after the initial service: \(code)"
                 + (firstPushAfterInfusion ? " (subsequent even though it is the first push)" : ""))
            ruleOut(a, chemo ? "96411" : "96376", .seqNewDrug, "\(label(a)) is the first report of \(name) on this access: 96376 is for the same drug again")
            s.addOns += 1
            s.drugs[a].reportedPush = a.start
            s.drugs[a].reported = true
            s.firstPushSeen = true
        }
    }

    /// The infusion window of the same drug that contains this push, if any (D19).
    private func infusionWindow(_ a: Administration, _ infusions: [Administration], gap: Int) -> InfusionWindow? {
        for inf in infusions.sortedIfNeeded(by: { $0.start < $1.start }) {
            let start = inf.start, end = inf.end
            if a.start >= start && a.start <= end { return InfusionWindow(place: .during, push: a, infusion: inf, gap: gap) }
            if a.start < start && start - a.start < gap { return InfusionWindow(place: .before, push: a, infusion: inf, gap: gap) }
            if a.start > end && a.start - end < gap { return InfusionWindow(place: .after, push: a, infusion: inf, gap: gap) }
        }
        return nil
    }

    /// Where a push fell against its own drug's infusion (D19), worded only when a sentence is written.
    struct InfusionWindow {
        enum Place { case during, before, after }
        let place: Place
        let push: Administration
        let infusion: Administration
        let gap: Int

        var rule: RuleID { place == .after ? .pushAfterInfusionSameDrug : .bolusBeforeInfusionSameDrug }
    }

    /// "came 5 min before the same drug's infusion started at 14:35 (less than 31)"
    func wording(_ w: InfusionWindow) -> Sentence {
        switch w.place {
        case .during: "was given during its own infusion (\(label(w.infusion)))"
        case .before: "came \(w.infusion.start - w.push.start) min before the same drug's infusion started at "
            + "\(t(w.infusion.start)) (less than \(w.gap))"
        case .after: "came \(w.push.start - w.infusion.end) min after the same drug's infusion stopped at "
            + "\(t(w.infusion.end)) (less than \(w.gap))"
        }
    }

    /// A bag or piggyback coded as a push carries the rule that made it one (PUSH-MAX-15, NO-STOP-TIME) on its
    /// code, so a learner who missed that code is told why it is a push; nil for a push charted as one.
    func bagAsPush(_ a: Administration) -> RuleID? {
        a.row.route == .ivPush ? nil : a.modeRule
    }

    /// REPEAT-PUSH-30 and PUSH-AFTER-INFUSION-SAME-DRUG.
    private func codeRepeatPush(_ s: inout GroupState, _ a: Administration, gap: Int, infusions: [Administration]) {
        let chemo = a.category == .chemo
        lazy var name = drugName(a.row)   // worded only where a sentence is written
        let lastReported = s.drugs[a].reportedPush
        let anchor = policy.anchorAnyPush ? (s.drugs[a].anyPush ?? lastReported) : lastReported
        if let anchor, a.start - anchor < gap {
            // Worded once (when explaining) for the two ruled-out codes and the firing.
            let reason = words("\(name) at \(t(a.start)) came \(a.start - anchor) min after the "
                + "\(policy.anchorAnyPush ? "last" : "last reported") push at \(t(anchor)) "
                + "(\(gap == 31 ? "30 or less" : "less than 30")): no charge")
            ruleOut(a, "96376", .repeatPush30, reason)
            ruleOut(a, chemo ? "96411" : "96375", .repeatPush30, reason)
            trace.fire(.repeatPush30, reason)
            return
        }
        ruleOut(a, chemo ? "96411" : "96375", .seqNewDrug, "\(name) was already reported on this access: not a new drug")
        let afterInfusion = lastReported == nil && !infusions.isEmpty
        // Written only when explaining. The policy's own threshold: "more than 30" by default, "30 or more" under
        // repeatPushMinGap: 30.
        func why() -> Sentence {
            let beyond: Sentence = gap == 31 ? "more than 30" : "\(gap) or more"
            if let anchor {
                return "\(name) again at \(t(a.start)), \(a.start - anchor) min after the last reported push at \(t(anchor)) (\(beyond))"
            } else if let inf = infusions.min(by: { abs($0.start - a.start) < abs($1.start - a.start) }) {
                return a.start < inf.start
                    ? "\(name) push at \(t(a.start)), \(inf.start - a.start) min before \(name)'s infusion started at \(t(inf.start)) (\(beyond))"
                    : "\(name) push at \(t(a.start)), \(a.start - inf.end) min after \(name)'s infusion stopped at \(t(inf.end)) (\(beyond))"
            }
            return "\(name) again at \(t(a.start))"
        }
        if chemo {
            trace.flag(Flag(code: nil, rule: .chemoPush96411,
                            reasonSentence: "\(why()): a repeat push of the same chemotherapy drug has no code (not scored)",
                            med: a.row.med, at: a.start))
            ruleOut(a, "96411", .chemoPush96411, "96411 is for an additional different chemotherapy drug")
            return
        }
        if scenario.setting == .professional {
            let reason = words("\(why()): 96376 is for facilities only; a physician reports nothing for it")
            ruleOut(a, "96376", .r96376FacilityOnly, reason)
            trace.fire(.r96376FacilityOnly, reason)
            trace.fire(.physVsFacility, "professional reporting: 96376 is never reported")
            return
        }
        // The deciding rule, then the facility-only rule: constant lists (made once, no allocation per push).
        let rules: [RuleID] = afterInfusion ? [.pushAfterInfusionSameDrug, .r96376FacilityOnly]
            : [.repeatPush30, .r96376FacilityOnly]
        emit(a, "96376", rules: rules, "\(why()): a repeat push of the same drug, 96376")
        s.addOns += 1
        s.drugs[a].reportedPush = a.start
    }
}

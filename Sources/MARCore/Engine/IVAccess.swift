/// The services of one access within one span (an encounter, or a date under `initialPerCalendarDay`).
struct AccessGroup {
    var key: SpanKey
    var access: Int
    var members: [Administration]
}

extension Administration {
    /// HIER-FACILITY rank: 1 chemo infusion · 2 chemo push · 3 therapeutic infusion · 4 therapeutic push · 5 hydration.
    var rank: Int {
        switch (self.category, self.kind) {
        case (.chemo, .infusion): 1
        case (.chemo, .push): 2
        case (.therapeutic, .infusion): 3
        case (.therapeutic, .push): 4
        default: 5
        }
    }

    var isDrugService: Bool {
        (self.kind == .infusion || self.kind == .push) && (self.category == .chemo || self.category == .therapeutic)
    }

    /// The initial code of each HIER-FACILITY rank, 1 to 5 (`rank` in, code out; `initialRank` the other way).
    static let initialCodes = ["96413", "96409", "96365", "96374", "96360"]

    /// The initial code this service would take.
    var initialCode: String { Self.initialCodes[rank - 1] }

    var kindWords: String {
        switch rank {
        case 1: "a chemotherapy infusion"
        case 2: "a chemotherapy push"
        case 3: "an infusion"
        case 4: "a push"
        default: "hydration"
        }
    }
}

/// The span one initial service covers: a visit (an encounter), or a date under `initialPerCalendarDay`.
struct SpanKey: Hashable, Comparable {
    var perDate: Bool
    /// The date's day number, or the visit's index.
    var number: Int

    /// In the order of the keys' old text form (`d:2026-01-04`, `v:1`, `v:10`, `v:2`): dates in order, visits by the
    /// text of their index, so that firings keep their order.
    static func < (a: SpanKey, b: SpanKey) -> Bool {
        if a.perDate != b.perDate { return a.perDate }
        return a.perDate ? a.number < b.number : String(a.number) < String(b.number)
    }
}

extension EngineRun {
    func spanKey(_ a: Administration) -> SpanKey {
        policy.initialPerCalendarDay ? SpanKey(perDate: true, number: a.start.day) : SpanKey(perDate: false, number: a.visit)
    }

    /// Steps 5–9 for every IV access group.
    func codeIVAccesses() {
        var groups: [AccessGroup] = []
        for a in admins where a.isDrugService || a.kind == .hydration {
            let key = spanKey(a)
            if let i = groups.firstIndex(where: { $0.key == key && $0.access == a.access }) {
                groups[i].members.append(a)
            } else {
                // Room for every administration at once (most MARs have one group).
                var members: [Administration] = []
                members.reserveCapacity(admins.count)
                members.append(a)
                groups.append(AccessGroup(key: key, access: a.access, members: members))
            }
        }
        noteAccessDecisions(groups)
        for g in groups { codeGroup(g) }
    }

    /// SECOND-SITE-59, MULTI-LUMEN-ONE-SITE, CONCURRENT-SAME-ACCESS notes.
    private func noteAccessDecisions(_ groups: [AccessGroup]) {
        guard scenario.sites.count > 1 || groups.count > 1 || scenario.sites.contains(where: { $0.device != .peripheral })
        else { return }
        let ivAdmins = admins.kept { $0.isDrugService || $0.kind == .hydration }
        let sitesUsed = Set(ivAdmins.compactMap(\.row.site))
        if sitesUsed.count > 1 {
            let merged = sitesUsed.filter { id in accessNumber(site: id) == 0 }
            if merged.count > 1 {
                trace.fire(.secondSite59, "sites \(merged.sorted().joined(separator: ", ")) have no documented need for "
                           + "separate access: coded as one access, one initial service")
            }
        }
        for site in scenario.sites where [.multiLumen, .picc, .central, .port].contains(site.device) {
            let rows = Set(ivAdmins.kept { $0.row.site == site.id }.map(\.row.index))
            if rows.count > 1 {
                trace.fire(.multiLumenOneSite, "\(site.id) (\(site.device.rawValue)) is one access however many lumens are used")
            }
        }
        var bySpan: [SpanKey: [AccessGroup]] = [:]
        for g in groups { bySpan[g.key, default: []].append(g) }
        for (_, gs) in bySpan.sorted(by: { $0.key < $1.key }) where gs.count > 1 {
            let infusions = gs.map { $0.members.kept { $0.kind == .infusion } }
            outer: for i in 0..<infusions.count {
                for j in (i + 1)..<infusions.count {
                    for a in infusions[i] { for b in infusions[j] where Spans.overlap(a.spans, b.spans) {
                        trace.fire(.concurrentSameAccess, "\(drugName(a.row)) and \(drugName(b.row)) ran at the same time "
                                   + "through different accesses: not concurrent (96368 is for one access)")
                        break outer
                    } }
                }
            }
        }
    }

    /// D29: of the infusion intervals of one drug on an access, only the earliest takes part in the hierarchy and
    /// in the sequential/concurrent decisions; the ids of the later ones.
    func laterIntervals(_ g: AccessGroup) -> AdministrationIDs {
        var earliest = PerDrug<Administration?>(drugs: drugCount, empty: nil)
        var later = AdministrationIDs()
        for a in g.members where a.kind == .infusion && a.isDrugService {
            guard let e = earliest[a] else { earliest[a] = a; continue }
            if (a.start, a.row.index) < (e.start, e.row.index) {
                later.insert(e.id)
                earliest[a] = a
            } else {
                later.insert(a.id)
            }
        }
        return later
    }

    func chooseInitial(_ g: AccessGroup, later: AdministrationIDs) -> Administration? {
        if scenario.setting == .professional,
           let p = g.members.lazy.filter({ $0.row.primary })
               .min(by: { ($0.start, $0.row.index) < ($1.start, $1.row.index) }) {
            return p
        }
        // Lazily filtered: the best is found in one pass, with no list of the candidates made.
        return g.members.lazy.filter { $0.isDrugService && !later.contains($0.id) }.min { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.kind == .infusion && a.activeMinutes != b.activeMinutes { return a.activeMinutes > b.activeMinutes }
            return (a.start, a.row.index) < (b.start, b.row.index)
        }
    }

    /// Why `a` is not the initial service when `initial` is.
    /// The rule that keeps `a` from the initial slot, its reason, and the encounter rules a learner who reset the
    /// initial in another department or on another date also needs.
    func whyNotInitial(_ a: Administration, _ initial: Administration) -> (RuleID, Sentence, [RuleID]) {
        let (rule, text) = whyNotInitialText(a, initial)
        return (rule, text, encounterContext(a, initial, besides: rule))
    }

    /// The encounter rules a learner who reset the initial in another department or on another date also needs
    /// (none that `rule` already is).
    func encounterContext(_ a: Administration, _ initial: Administration, besides rule: RuleID? = nil) -> [RuleID] {
        var context: [RuleID] = []
        if a.department != initial.department && rule != .edObsContinuous { context.append(.edObsContinuous) }
        if !policy.initialPerCalendarDay && a.start.day != initial.start.day && rule != .midnightNoReset
            && rule != .edObsContinuous {
            context.append(.midnightNoReset)
        }
        return context
    }

    private func whyNotInitialText(_ a: Administration, _ initial: Administration) -> (RuleID, Sentence) {
        // Worded only when explaining (`words`).
        if scenario.setting == .professional && initial.row.primary {
            return (.physVsFacility, words("in professional reporting the initial code goes to the primary reason for the "
                    + "encounter, \(label(initial))"))
        }
        // The initial service was earlier, in another department or on an earlier date: the learner who resets the
        // initial there has missed that the encounter goes on (ED-OBS-CONTINUOUS, MIDNIGHT-NO-RESET).
        if initial.start < a.start && initial.department != a.department {
            let night = !policy.initialPerCalendarDay && initial.start.day != a.start.day
            return (.edObsContinuous, words("\(label(initial)) is the initial service of this encounter, in \(initial.department.rawValue); "
                    + "moving to \(a.department.rawValue)\(night ? " and past midnight" : "") continues the same encounter, so no new initial"))
        }
        if initial.start < a.start && !policy.initialPerCalendarDay && initial.start.day != a.start.day {
            return (.midnightNoReset, words("\(label(initial)) is the initial service of this encounter, on \(initial.start.date.iso); "
                    + "the encounter goes on past midnight and no new initial starts on a new date"))
        }
        if initial.rank < a.rank {
            // The same sentence for every service of a rank below one initial: worded once.
            guard trace.explain else { return (.hierFacility, "") }
            let key = initial.id * 8 + a.rank
            if let known = outranks[key] { return (.hierFacility, known) }
            let text = words("\(label(initial)) is \(initial.kindWords), and \(initial.kindWords) outranks \(a.kindWords) "
                             + "for the initial slot")
            outranks[key] = text
            return (.hierFacility, text)
        }
        if initial.kind == .infusion && initial.activeMinutes != a.activeMinutes {
            return (.hierTiebreak, words("\(label(initial)) ran longer (\(initial.activeMinutes) vs \(a.activeMinutes) min): "
                    + "the longer infusion of the same rank is the initial service"))
        }
        if initial.start != a.start {
            return (.oneInitialPerEncounter, words("only one initial service per access per encounter, and \(label(initial)) "
                    + "came first"))
        }
        return (.hierTiebreak, words("\(label(initial)) comes first on the MAR: it takes the initial slot"))
    }

    /// D1: overlapping intervals of one drug on one access (two rows, or two bags at once) are one infusion,
    /// the union of their minutes. A row that starts the minute another stops does not overlap it.
    func mergingSameDrugOverlaps(_ g: AccessGroup) -> AccessGroup {
        // Most groups infuse each drug once: nothing to merge.
        var seen = PerDrug(drugs: drugCount, empty: false)
        var repeated = false
        for a in g.members where a.kind == .infusion && a.isDrugService {
            if seen[a] { repeated = true; break }
            seen[a] = true
        }
        if !repeated && zip(g.members, g.members.dropFirst()).allSatisfy({ $0.id < $1.id }) { return g }
        var out = g.members.kept { !($0.kind == .infusion && $0.isDrugService) }
        let infusions = g.members.kept { $0.kind == .infusion && $0.isDrugService }
        for drug in unique(infusions.map(\.drugNumber)) {
            var chain: Administration?
            let intervals = infusions.kept(where: { $0.drugNumber == drug })
            for a in intervals.sorted(by: { ($0.start, $0.row.index) < ($1.start, $1.row.index) }) {
                guard let c = chain else { chain = a; continue }
                if !Spans.overlap(c.spans, a.spans) {
                    out.append(c)
                    chain = a
                    continue
                }
                let stop = [c.stop, a.stop].compactMap { $0 }.max()
                let merged = Administration(in: arena, id: c.id, row: c.row, visit: c.visit, kind: .infusion,
                                            category: c.category, start: c.start,
                                            spans: Spans.union(Array(c.spans) + Array(a.spans)), stop: stop,
                                            chartedMinutes: stop.map { $0 - c.start }, access: c.access,
                                            department: c.department)
                if trace.explain {
                    trace.records[c.id].labelSentence = makeLabel(merged)
                    trace.records[c.id].stop = stop
                }
                let why = words("\(label(a)) ran at the same time as \(label(merged)): one drug overlapping itself is one "
                                + "infusion")
                trace.fire(.newBagContinues, why)
                for code in ["96365", "96366", "96367", "96368"] { ruleOut(a, code, .newBagContinues, why) }
                chain = merged
            }
            if let c = chain { out.append(c) }
        }
        return AccessGroup(key: g.key, access: g.access, members: out.sorted { $0.id < $1.id })
    }

    private func codeGroup(_ original: AccessGroup) {
        let g = mergingSameDrugOverlaps(original)
        let later = laterIntervals(g)
        let initial = chooseInitial(g, later: later)
        var state = GroupState(group: g, initial: initial, drugs: drugCount)
        // Infusions claim minutes one by one: room for all of them at once (none asked for without two).
        let infusions = g.members.reduce(0) { $0 + ($1.kind == .infusion ? 1 : 0) }
        if infusions > 1 {
            state.claimed.reserveCapacity(infusions)
            state.claimedSpans.reserveCapacity(infusions)
        }
        state.laterIntervals = later
        if let initial {
            // The group's other drug services (later intervals aside), in one pass with no list made: whether there
            // are any, the best rank among them, and whether an infusion shares the initial's rank.
            var anyOther = false, bestOtherRank = 9, infusionOfSameRank = false
            for m in g.members where m.id != initial.id && m.isDrugService && !later.contains(m.id) {
                anyOther = true
                bestOtherRank = min(bestOtherRank, m.rank)
                if m.rank == initial.rank && m.kind == .infusion { infusionOfSameRank = true }
            }
            if anyOther {
                trace.fire(initial.rank < bestOtherRank ? .hierFacility : .oneInitialPerEncounter,
                           "\(label(initial)) is the initial service on this access")
            }
            trace.fire(.oneInitialPerEncounter, "one initial service per access per encounter: \(initial.initialCode) for \(label(initial))")
            if scenario.setting == .professional && initial.row.primary {
                trace.fire(.physVsFacility, "professional reporting: the primary reason for the encounter, \(label(initial)), "
                           + "takes the initial code; every other IV service takes its add-on code")
            } else if initial.kind == .infusion, infusionOfSameRank {
                trace.fire(.hierTiebreak, "\(label(initial)) and "
                           + "\(rivals(of: initial, in: g, later: later).map { label($0) }.joined(separator: ", ")) share the top "
                           + "rank: the one with the most active minutes is the initial service")
            }
        }
        codeInfusions(&state)
        codePushes(&state)
        codeHydration(&state)
        if state.addOns > 0, let initial = state.initial {
            trace.fire(.addonRequiresPrimary, "every add-on on this access pairs with the initial \(initial.initialCode)")
            trace.fire(.reportAllHcpcs, "add-on codes are reported even when their payment is packaged")
        }
    }
}

extension EngineRun {
    /// The infusions that share the initial infusion's rank on its access (HIER-TIEBREAK), later intervals aside.
    fileprivate func rivals(of initial: Administration, in g: AccessGroup,
                            later: AdministrationIDs) -> [Administration] {
        g.members.kept { $0.id != initial.id && $0.isDrugService && !later.contains($0.id)
            && $0.rank == initial.rank && $0.kind == .infusion }
    }
}

/// Working state while coding one access group.
struct GroupState {
    let group: AccessGroup
    var initial: Administration?
    /// Infusions that claimed their minutes, in priority order.
    var claimed: [Administration] = []
    /// Every minute in `claimed`, as one sorted, disjoint list.
    var claimedSpans: [Span] = []
    /// What this group has coded of each drug so far (one table: one allocation, not one per fact).
    var drugs: PerDrug<DrugState>
    /// D29: infusion intervals that are not the earliest of their drug on this access.
    var laterIntervals = AdministrationIDs()
    var concurrentUsed: [String: Administration] = [:]
    var addOns = 0
    var firstPushSeen = false

    init(group: AccessGroup, initial: Administration?, drugs: Int) {
        self.group = group
        self.initial = initial
        self.drugs = PerDrug(drugs: drugs, empty: DrugState())
    }
}

/// What an access group has coded of one drug so far.
struct DrugState {
    /// A service of the drug has been reported on this access.
    var reported = false
    /// sumTimes: the first interval coded, the minutes summed so far and the add-on code they go to.
    var summed: (first: Administration, minutes: Int, addOn: String)?
    /// When the drug was last pushed with a code reported, and last pushed at all.
    var reportedPush: Instant?
    var anyPush: Instant?
}


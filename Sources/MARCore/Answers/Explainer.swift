/// Builds the explanation of each discrepancy from the engine's decision paths (`cli.md`, "The explanation contract").
///
/// A wrong code is paired with the administration it most likely describes: first one the answer has not
/// accounted for (a row that is not a service, or one whose own code is missing from the answer), then the one
/// whose path parts ways with the code at the fewest steps, then the one whose row looks like that code, then
/// time order. The deciding rule is the first step where the code parts ways with that administration.
struct Explainer {
    let coding: Coding
    let expected: Answer
    let answer: Answer
    /// Candidates already used to explain a wrong unit (one explanation each).
    var claimed: Set<Candidate.ID> = []
    /// The administrations the last `whyNot` spoke of.
    var lastExplained: [Int] = []

    init(coding: Coding, expected: Answer, answer: Answer) {
        self.coding = coding
        self.expected = expected
        self.answer = answer
        let byDept = answer.hasDepartments
        func tally(_ a: Answer) -> [CodeKey: Int] {
            a.items.reduce(into: [:]) { $0[CodeKey(code: $1.code, department: byDept ? $1.department : nil), default: 0] += $1.units }
        }
        expectedUnits = tally(expected)
        answeredUnits = tally(answer)
        byDepartment = byDept
        multiDay = coding.spansSeveralDates
    }

    struct CodeKey: Hashable {
        var code: String
        var department: Department?
    }

    /// Whether the MAR's administrations fall on several dates (times are then written with their date).
    let multiDay: Bool

    /// `07:45`, or `09/24 07:45` on a MAR of several dates (as the engine's own wording).
    func time(_ i: Instant) -> String { multiDay ? i.chart : i.clock }

    let expectedUnits: [CodeKey: Int]
    let answeredUnits: [CodeKey: Int]
    let byDepartment: Bool

    /// Codes the answer gives more units of than the engine (in any department): the wrong codes to explain.
    var overAnswered: [String] {
        let e = expected.unitsByCode
        return answer.unitsByCode.filter { $0.value > (e[$0.key] ?? 0) }.keys.sorted()
    }

    /// Something on the MAR a wrong code may describe: an administration the engine coded (or weighed), or an
    /// excluded entry.
    struct Candidate {
        enum ID: Hashable { case record(Int), exclusion(Int) }
        let id: ID
        let label: String
        let start: Instant?
        let row: Int
        let department: Department?
        let record: AdministrationRecord?
        let exclusion: Exclusion?
        /// Whether the same drug was administered earlier on this MAR (a repeat code fits only such a row).
        let repeatOfDrug: Bool

        func deciding(_ code: CPTCode) -> Decision {
            record?.decidingStep(for: code) ?? exclusion!.decidingStep(for: code)
        }

        /// Whether the row looks like that code (the codes a learner might write for its route and class).
        func looksLike(_ code: String) -> Bool {
            guard (record?.lookalikes ?? exclusion?.lookalikes ?? []).contains(code) else { return false }
            switch CPTCode.named(code)?.role {
            case .repeatSameDrug?: return repeatOfDrug
            case .sequential?: return !repeatOfDrug
            default: return true
            }
        }

        static let countOnly: Set<RuleID> = [.repeatPush30, .sameTimePush, .pushAfterInfusionSameDrug, .concurrentOnce]

        /// Rules that rule a code out for a service that did what the code describes (CONCURRENT-SAME-ACCESS: the two
        /// infusions did run at once, through two accesses): a learner who wrote the code meant that service.
        static let nearMisses: Set<RuleID> = [.concurrentSameAccess]

        /// Whether the candidate is a service of the code's own family and mode (a push for a push code, an infusion for
        /// an infusion code), so that only the code's place (initial, sequential, repeat) can be wrong.
        func isOfKind(_ code: CPTCode) -> Bool {
            guard let r = record, r.path.notService == nil, let f = r.path.family, let m = r.path.mode else { return false }
            return f == code.family && m == code.mode
        }

        /// How many decisions separate the code from what this candidate is.
        func distance(_ code: CPTCode) -> Int {
            // A line flush or KVO looks like a push only after the drug rows do; a KVO line billed as hydration is
            // one decision away (KVO-FLUSH), like any row that looks like the code.
            if let x = exclusion, [.flushExcluded, .kvoFlush].contains(x.rule) {
                if code.family == .hydration && looksLike(code.code) { return 1 }
                // A line kept open ran for minutes: an infusion code is nearer to it than to a flush.
                if x.rule == .kvoFlush && code.mode == .infusion { return 2 }
                return looksLike(code.code) ? 2 : 3
            }
            // A row of the code's kind that is not a service: one decision away, two when the code's place does not
            // fit it either (a repeat code for a drug's first dose).
            let kind = (record?.lookalikes ?? exclusion?.lookalikes ?? []).contains(code.code)
            guard let r = record else { return looksLike(code.code) ? 1 : kind ? 2 : 3 }
            if r.path.notService != nil { return looksLike(code.code) ? 1 : kind ? 2 : 3 }
            if r.codes.contains(where: { $0.code == code.code }) { return 0 }
            // No charge only because a repeat came too soon: the code is right but for its count.
            if r.codes.isEmpty, let w = r.ruledOut.first(where: { $0.code == code.code }), Self.countOnly.contains(w.rule) { return 0 }
            var d = 0
            if let f = r.path.family, f != code.family { d += 1 }
            if let m = r.path.mode, m != code.mode { d += 1 }
            if d == 0 || r.codes.isEmpty { d += 1 }
            return d
        }
    }

    var candidates: [Candidate] {
        var out: [Candidate] = []
        let given = coding.administrations.filter { $0.path.notService == nil }
        for (i, r) in coding.administrations.enumerated() {
            let repeatOfDrug = given.contains { $0.drug == r.drug && $0.start < r.start }
            out.append(Candidate(id: .record(i), label: r.label.isEmpty ? r.med.prefixWords : r.label, start: r.start,
                                 row: r.row, department: r.department, record: r, exclusion: nil, repeatOfDrug: repeatOfDrug))
        }
        for (i, x) in coding.excluded.enumerated() {
            // An exclusion that merely echoes an admitted administration's record (bundled, premedication) is
            // already a candidate through that record.
            if coding.administrations.contains(where: x.echoes) { continue }
            out.append(Candidate(id: .exclusion(i), label: x.label(severalDates: multiDay),
                                 start: x.at, row: x.row, department: nil, record: nil, exclusion: x,
                                 repeatOfDrug: given.contains { g in g.med == x.med && x.at.map { g.start < $0 } ?? false }))
        }
        return out
    }

    /// Whether the answer leaves this candidate unaccounted for: it is not a service, or a code it produces is
    /// short in the answer (in its department when the answer gives departments).
    func unaccounted(_ c: Candidate) -> Bool {
        guard let r = c.record, r.path.notService == nil, !r.codes.isEmpty else { return true }
        return r.codes.contains { isShort($0, of: r) }
    }

    /// Whether the answer is short of this code of the administration (in its department when the answer gives
    /// departments), told apart by modifier: a 96365-59 written does not stand for the plain 96365 of another
    /// administration.
    func isShort(_ e: Emission, of r: AdministrationRecord) -> Bool {
        let key = CodeKey(code: e.code, department: byDepartment ? r.department : nil)
        guard (answeredUnits[key] ?? 0) < (expectedUnits[key] ?? 0) else { return false }
        let m = Self.modifierKey(e.modifiers)
        return units(of: e.code, modifiers: m, in: answer) < units(of: e.code, modifiers: m, in: expected)
    }

    /// The units of a code with these modifiers (a `modifierKey`) in an answer.
    private func units(of code: String, modifiers: String, in a: Answer) -> Int {
        a.items.filter { $0.code == code && Self.modifierKey($0.modifiers) == modifiers }.reduce(0) { $0 + $1.units }
    }

    /// A service the answer leaves a slot open for: one of its own codes is short in the answer; or, for an
    /// initial code, one of its codes is over-answered (the learner's "first is initial" moved it); or it has no
    /// code of its own and the engine weighed exactly this code for it (a repeat within 30 minutes).
    /// 2 for an open slot of the first kinds, 1 for the last, 0 for none.
    func slot(_ c: Candidate, for code: CPTCode) -> Int {
        guard let r = c.record, r.path.notService == nil else { return 0 }
        if r.codes.isEmpty { return r.ruledOut.contains { $0.code == code.code } ? 1 : 0 }
        return r.codes.contains { e in
            let key = CodeKey(code: e.code, department: byDepartment ? r.department : nil)
            return isShort(e, of: r) || (code.isInitial && (answeredUnits[key] ?? 0) > (expectedUnits[key] ?? 0))
        } ? 2 : 0
    }

    /// How many units of its added-hour codes the answer is short of on this administration.
    func hourlyShortfall(_ c: Candidate) -> Int {
        guard let r = c.record else { return 0 }
        return r.codes.reduce(0) { sum, e in
            guard CPTCode.named(e.code)?.isHourly == true else { return sum }
            let key = CodeKey(code: e.code, department: byDepartment ? r.department : nil)
            return sum + max(0, min(e.units, (expectedUnits[key] ?? 0) - (answeredUnits[key] ?? 0)))
        }
    }

    /// The best candidates for `count` wrong units of `code`, claimed in turn.
    mutating func pick(_ code: CPTCode, count: Int, department: Department?, avoidEmitters: Bool) -> [Candidate] {
        var pool = candidates
        if avoidEmitters {
            // An over-counted code: an administration that produced it explains the surplus only through a rule
            // that limits its units.
            pool = pool.filter { c in
                guard let r = c.record, r.codes.contains(where: { $0.code == code.code }) else { return true }
                return false
            }
        }
        /// How well a candidate fits the wrong code, by the contract's criteria.
        struct Fit {
            let candidate: Candidate
            let unaccounted: Bool
            let distance: Int
            let looksLike: Bool
            let slot: Int
            let weighed: Bool
            /// Left to another wrong code of the answer (set once the fit is known; see `reserved` below).
            var reserved = false
            var start: Instant { candidate.start ?? Instant(minutes: Int.max) }
        }
        let repeatCode = code.role == .repeatSameDrug
        // A slot the learner left open: the wrong code is most likely what they wrote for it. A service whose own
        // code is missing (or a no-charge repeat a repeat code fits) comes before one the engine merely weighed.
        func tier(_ f: Fit) -> Int { f.slot == 2 || (repeatCode && f.slot == 1 && f.distance == 0) ? 2 : f.slot }
        func inDepartment(_ f: Fit) -> Bool { department == nil || f.candidate.department == nil || f.candidate.department == department }
        // A hydration code: a fluid line that is not hydration (KVO) explains it before an open slot two decisions
        // away (a push is neither hydration nor an infusion); other codes keep the open slot first (a push called
        // an IM shot is that push, not a held shot).
        let hydration = code.family == .hydration
        func near(_ f: Fit) -> Bool {
            !hydration || (tier(f) == 2 && f.distance <= 1) || (fits(f) && f.looksLike && f.distance <= 1)
        }
        // An open slot two or more decisions from this code, that another wrong code of the answer looks like and
        // sits one decision from, is that code's to explain (96360 for the saline whose 96361 is missing, not 96374).
        let others = overAnswered.filter { $0 != code.code }.compactMap(CPTCode.named)
        func reserved(_ f: Fit) -> Bool {
            guard tier(f) == 2, !f.looksLike, f.distance >= 2 else { return false }
            return others.contains { f.candidate.looksLike($0.code) && f.candidate.distance($0) <= 1 }
        }
        let fitted = pool.map { c in
            var f = Fit(candidate: c, unaccounted: unaccounted(c), distance: c.distance(code), looksLike: c.looksLike(code.code),
                        slot: slot(c, for: code), weighed: c.record?.ruledOut.contains { $0.code == code.code } ?? false)
            f.reserved = reserved(f)
            return f
        }
        // Unaccounted rows (a held dose billed) fit when one decision away or when the row looks like the code. A near
        // miss — a service that did what the code describes, ruled out by a rule about exactly that (two drips at once,
        // but through two accesses, when 96368 is written) — is what the learner meant: it fits, and an uncharged row
        // of another mode that merely looks like the code (the 10-minute bolus on one of those lines) then does not.
        func nearMiss(_ f: Fit) -> Bool {
            f.candidate.record?.ruledOut.contains { $0.code == code.code && Candidate.nearMisses.contains($0.rule) } ?? false
        }
        let anyNearMiss = fitted.contains { nearMiss($0) && !claimed.contains($0.candidate.id) }
        func fits(_ f: Fit) -> Bool {
            nearMiss(f) || f.unaccounted && (f.distance <= 1 || (f.looksLike && !(anyNearMiss && f.distance >= 2)))
        }
        let ranked = fitted.sorted { a, b in
            let ca = claimed.contains(a.candidate.id), cb = claimed.contains(b.candidate.id)
            if ca != cb { return cb }
            if a.reserved != b.reserved { return b.reserved }
            if near(a) != near(b) { return near(a) }
            if tier(a) != tier(b) { return tier(a) > tier(b) }
            if fits(a) != fits(b) { return fits(a) }
            if inDepartment(a) != inDepartment(b) { return inDepartment(a) }
            if a.distance != b.distance { return a.distance < b.distance }
            // A learner who puts the wrong service first (the push before the infusion) keeps each one's kind and
            // swaps their places: a push code describes a push, an infusion code an infusion, before time order.
            let ka = a.candidate.isOfKind(code), kb = b.candidate.isOfKind(code)
            if ka != kb { return ka }
            // A wrong initial code is most often "the first thing given is the initial": time order decides.
            if code.isInitial, a.start != b.start { return a.start < b.start }
            if a.looksLike != b.looksLike { return a.looksLike }
            // A wrong sequential infusion code, by the same reading, describes the later of two open slots.
            if code.role == .sequential && code.mode == .infusion && a.slot == 2 && b.slot == 2, a.start != b.start {
                return a.start > b.start
            }
            // The engine weighed exactly this code for it (and ruled it out) before a row that merely looks like it.
            if a.weighed != b.weighed { return a.weighed }
            if a.unaccounted != b.unaccounted { return a.unaccounted }
            // Two exclusions of one row (Due, then Refused or a dose after the inpatient order): the row's last word.
            // (An order line, with no time, comes after the row's charted entries.)
            if a.candidate.row == b.candidate.row, a.candidate.exclusion != nil, b.candidate.exclusion != nil, a.start != b.start {
                guard let x = a.candidate.start else { return false }
                guard let y = b.candidate.start else { return true }
                return x > y
            }
            return (a.start, a.candidate.row) < (b.start, b.candidate.row)
        }
        // Units of an added-hour code are hours of one administration: a further candidate explains them only when the
        // answer leaves its own code open too (two infusions' hours miscoded), never a row merely next in line.
        // A surplus unit of a code the engine reports is explained by a row only when the row fits the code at all
        // (of its kind, near it, or a slot left open); an oral tablet is not what a second 96360 was written for.
        func fitsAtAll(_ f: Fit) -> Bool { !avoidEmitters || f.distance <= 2 || f.looksLike || tier(f) > 0 || f.weighed }
        // Likewise units written in place of an administration's added hours (96360 ×3 for a saline run's 96361 ×3)
        // all describe that administration.
        let hoursLeftOpen = ranked.first.map { tier($0) == 2 ? hourlyShortfall($0.candidate) : 0 } ?? 0
        // Hydration hours are the exception: a learner who sums the minutes of every fluid line counts a line that is
        // not hydration (KVO, a flush) among them, so such a line explains units too.
        func fluidNotHydration(_ f: Fit) -> Bool { hydration && f.candidate.exclusion != nil && f.looksLike && f.distance <= 1 }
        let kept = code.isHourly
            ? ranked.prefix(count).enumerated().filter { i, f in (i == 0 || tier(f) == 2 || fluidNotHydration(f)) && fitsAtAll(f) }.map(\.1)
            : count > 1 && hoursLeftOpen >= count ? ranked.prefix(1).filter(fitsAtAll)
            : ranked.prefix(count).filter(fitsAtAll)
        let chosen = kept.map(\.candidate)
        for c in chosen { claimed.insert(c.id) }
        return chosen
    }

    // MARK: - Items

    mutating func missing(_ code: String, units: Int) -> Discrepancy {
        let found = emitters(code, count: units)
        let head = "\(code)\(units > 1 ? " ×\(units)" : "") is missing: "
        var d = Discrepancy(kind: .missing, code: code, expectedUnits: units, answeredUnits: 0,
                            rules: unique(found.flatMap(\.2.rules)), explanation: head + lines(found))
        d.explained = found.map(\.0)
        d.parts = found.map { "\(capitalized($0.2.reason)). \(cite($0.2.rules))" }
        return d
    }

    /// One line per administration, each a sentence (the first continues the item's head).
    private func lines(_ found: [(Int, AdministrationRecord, Emission)]) -> String {
        continued(found.map { "\($0.2.reason). \(cite($0.2.rules))" })
    }

    /// Sentences under an item's head: the first continues the head, each later one starts its own line.
    private func continued(_ sentences: [String]) -> String {
        sentences.enumerated().map { i, s in i == 0 ? s : capitalized(s) }.joined(separator: "\n  ")
    }

    mutating func extra(_ code: String, units: Int) -> Discrepancy {
        let (reasons, rules, paired) = whyNot(code, count: units, avoidEmitters: false)
        let head = "\(code)\(units > 1 ? " ×\(units)" : "") is not reported: "
        var d = Discrepancy(kind: .extra, code: code, expectedUnits: 0, answeredUnits: units, rules: rules,
                            explanation: head + continued(reasons), pairedWith: paired)
        d.explained = lastExplained
        return d
    }

    mutating func units(_ code: String, expected eu: Int, answered au: Int) -> Discrepancy {
        let head = "\(code) ×\(au) should be ×\(eu): "
        let cpt = CPTCode.named(code)
        // An over-counted hourly code is a miscount, unless the answer is short elsewhere: then it is a substitution.
        let shortElsewhere = expectedUnits.contains { k, v in k.code != code && (answeredUnits[k] ?? 0) < v }
        if au > eu && (!(cpt?.isHourly ?? false) || shortElsewhere) {
            let (reasons, rules, paired) = whyNot(code, count: au - eu, avoidEmitters: true)
            var d = Discrepancy(kind: .units, code: code, expectedUnits: eu, answeredUnits: au, rules: rules,
                                explanation: head + continued(reasons), pairedWith: paired)
            d.explained = lastExplained
            return d
        }
        // Too few units, or an hourly code miscounted: the administrations that earn them, and the rule that counts.
        let found = au < eu && !(cpt?.isHourly ?? false) ? emitters(code, count: eu - au) : emitters(code, count: .max)
        let rules = unique(found.flatMap { e in e.2.rules.filter { AdministrationRecord.unitRules.contains($0) } }
                           + found.flatMap(\.2.rules))
        var d = Discrepancy(kind: .units, code: code, expectedUnits: eu, answeredUnits: au, rules: rules,
                            explanation: head + lines(found))
        d.deciding = unitsDeciding(found, answeredMore: au > eu) ?? rules
        d.explained = found.map(\.0)
        d.parts = found.map { "\(capitalized($0.2.reason)). \(cite($0.2.rules))" }
        return d
    }

    /// The rules that decide a miscount of these administrations' units, for mastery: those that count units or take
    /// minutes away, never those that chose the code (HYD-NEVER-INITIAL-WITH-DRUG, HIER-FACILITY). Units answered
    /// beyond the engine's where a rule took minutes away are decided by that rule alone: the learner counted the
    /// minutes it took. Nil when the administrations' codes carry none of these rules.
    private func unitsDeciding(_ found: [(Int, AdministrationRecord, Emission)], answeredMore: Bool) -> [RuleID]? {
        let counting = unique(found.flatMap { $0.2.rules.filter {
            AdministrationRecord.unitRules.contains($0) || Self.minuteTakingRules.contains($0)
        } })
        let taking = unique(found.flatMap { f in
            lostMinutes(f.1) ? f.2.rules.filter(Self.minuteTakingRules.contains) : []
        })
        if answeredMore && !taking.isEmpty { return taking }
        return counting.isEmpty ? nil : counting
    }

    /// Rules that take running minutes away from an administration (its units then count fewer minutes).
    static let minuteTakingRules: [RuleID] = [.hydConcurrent, .concurrentOverlapAlloc]

    /// Whether an administration counted fewer minutes than its charted span on the line that reports it.
    private func lostMinutes(_ r: AdministrationRecord) -> Bool {
        coding.lines.contains { line in
            line.administrations.contains { ref in
                ref.row == r.row && ref.start == r.start && (ref.minutes ?? 0) < (ref.chartedMinutes ?? 0)
            }
        }
    }

    /// The administrations that produce a code the answer is short of: those a wrong code was paired with first,
    /// then those in the department the answer is short in, then the latest (the learner most often codes the first).
    mutating func emitters(_ code: String, count: Int) -> [(Int, AdministrationRecord, Emission)] {
        var found: [(Int, AdministrationRecord, Emission)] = []
        for (i, r) in coding.administrations.enumerated() { for e in r.codes where e.code == code { found.append((i, r, e)) } }
        guard count < found.count else { return found }
        // Units told apart by a modifier: the one the answer lacks is the one missing (a 96374-59 written, the
        // morning's plain 96374 is what is short).
        func modifierShort(_ e: Emission) -> Bool {
            let m = Self.modifierKey(e.modifiers)
            return units(of: code, modifiers: m, in: answer) < units(of: code, modifiers: m, in: expected)
        }
        let ranked = found.sorted { a, b in
            let pa = claimed.contains(.record(a.0)), pb = claimed.contains(.record(b.0))
            if pa != pb { return pa }
            let ma = modifierShort(a.2), mb = modifierShort(b.2)
            if ma != mb { return ma }
            let sa = shortIn(a.1, code), sb = shortIn(b.1, code)
            if sa != sb { return sa }
            return (a.1.start, a.1.row) > (b.1.start, b.1.row)
        }
        let chosen = Set(ranked.prefix(count).map(\.0))
        return found.filter { chosen.contains($0.0) }
    }

    private func shortIn(_ r: AdministrationRecord, _ code: String) -> Bool {
        let key = CodeKey(code: code, department: byDepartment ? r.department : nil)
        return (answeredUnits[key] ?? 0) < (expectedUnits[key] ?? 0)
    }

    /// Why a code is not (or not that often) reported: the candidates it most likely describes, each with its
    /// deciding rule, then what that candidate really is.
    mutating func whyNot(_ code: String, count: Int, avoidEmitters: Bool) -> ([String], [RuleID], String?) {
        guard let cpt = CPTCode.named(code) else { return (["\(code) is not a code in scope."], [.notInScope], nil) }
        lastExplained = []
        // The departments the answer has too many of the code in, with how many too many (in the order written).
        let written = answer.items.filter { $0.code == code }
        var surplus: [(department: Department?, units: Int)] = []
        for item in written where !surplus.contains(where: { $0.department == item.department }) {
            let key = CodeKey(code: code, department: item.department)
            let over = (answeredUnits[key] ?? 0) - (expectedUnits[key] ?? 0)
            if over > 0 { surplus.append((item.department, over)) }
        }
        var reasons: [String] = [], rules: [RuleID] = [], paired: String?
        // A flagged code (unlisted chemotherapy, transfusion, vaccine) is explained by its flag first.
        var left = count
        for f in coding.flagged where f.code == code && left > 0 {
            reasons.append("\(f.reason): flagged, not scored. \(cite([f.rule]))")
            rules.append(f.rule)
            left -= 1
        }
        // A surplus of a code the engine reports: the administrations that earn it and the rule that counts it. Said
        // first when the answer is short of their first-hour code (an added hour written for the first hour) or of their
        // added hours (the first-hour code written for them: those units are all said by it).
        let own = avoidEmitters ? onlyOnce(cpt) : nil
        var ownSaid = false
        func sayOwn(_ own: OnlyOnce) {
            reasons.append(own.text)
            rules += own.rules
            lastExplained += own.records
            if paired == nil { paired = own.paired }
            ownSaid = true
        }
        // Unless another administration of the same drug was weighed for this very code and has its own code short
        // (a later interval written as a second 96365): that is what the learner wrote it for.
        let laterInterval = avoidEmitters && coding.administrations.contains { r in
            !r.codes.contains { $0.code == code } && r.ruledOut.contains { $0.code == code }
                && r.codes.contains { isShort($0, of: r) }
                && coding.administrations.contains { e in e.drug == r.drug && e.codes.contains { $0.code == code } }
        }
        if let own, own.paired != nil, left > 0, !laterInterval {
            sayOwn(own)
            left -= min(left, own.units)
        }
        // Each department's surplus is weighed among its own rows first (an ED push and an OBS repeat written as two
        // initials are one in each); without departments, or when they do not add up, all at once.
        let perDepartment = surplus.count > 1 && surplus.reduce(0, { $0 + $1.units }) == left
            ? surplus : [(surplus.first?.department ?? written.first?.department, left)]
        let picked = perDepartment.flatMap { pick(cpt, count: $0.units, department: $0.department, avoidEmitters: avoidEmitters) }
        // A deciding sentence shared by several administrations (one infusion outranking three pushes) is said once,
        // before the first of them; the others only say what they are.
        var decided: Set<String> = []
        for c in picked {
            let decision = c.deciding(cpt)
            if case .record(let i) = c.id { lastExplained.append(i) }
            let because = sentence(decision, candidate: c, code: cpt)
            let said = !decided.insert(because).inserted
            var text = said ? "" : because
            if let r = c.record {
                if let actual = r.codes.first {
                    text += "\n  \(capitalized(actual.reason.hasPrefix(r.label) ? actual.reason : "\(r.label) is \(r.codes.map(\.text).joined(separator: " + ")): \(actual.reason)")). \(cite(actual.rules))"
                    if paired == nil, let missing = r.codes.first(where: { shortIn(r, $0.code) })?.code, missing != code { paired = missing }
                } else if decision.step != .service {
                    // Say why, when a count rule (a repeat too soon, a second concurrent) is what left it uncharged.
                    if let why = r.ruledOut.first(where: { Candidate.countOnly.contains($0.rule) && !$0.reason.isEmpty }),
                       why.rule != decision.rule {
                        text += "\n  \(capitalized(c.label)) gets no code of its own: \(why.reason). \(cite([why.rule]))"
                        rules.append(why.rule)
                    } else {
                        text += "\n  \(capitalized(c.label)) gets no code of its own."
                    }
                }
            } else {
                text += "\n  \(capitalized(c.label)) gets no code."
            }
            if said { text = String(text.drop { $0 == "\n" || $0 == " " }) }
            if !text.isEmpty { reasons.append(text) }
            rules += [decision.rule] + decision.context
        }
        // No other row fits the surplus (an added hour's units fall on one administration: no row at all).
        if let own, !ownSaid, cpt.isHourly ? picked.isEmpty && left > 0 : picked.count < left {
            sayOwn(own)
        }
        if reasons.isEmpty {
            // Nothing at all on the MAR: the family decides.
            let rule = DecisionPath.familyRule(.therapeuticIV, cpt.family)
            reasons.append("no administration on this MAR is \(cpt.family.words) (\(cpt.descriptor)). \(cite([rule]))")
            rules.append(rule)
        }
        return (reasons, unique(rules), paired)
    }

    /// Why a code the engine reports is not reported more often: the rule that counts it, then each administration
    /// that earns it (nil when none does); and the code the answer is short of on those administrations, if any.
    func onlyOnce(_ code: CPTCode) -> OnlyOnce? {
        let indexed = coding.administrations.enumerated().flatMap { i, r in r.codes.filter { $0.code == code.code }.map { (i, r, $0) } }
        let found = indexed.map { ($0.1, $0.2) }
        guard !found.isEmpty else { return nil }
        // An added hour written for the first hour: the administration's own first-hour code is what is short.
        let firstHourEmission = code.isHourly ? found.lazy.compactMap { r, _ in
            r.codes.first { $0.code != code.code && self.shortIn(r, $0.code) }
        }.first : nil
        let firstHour = firstHourEmission?.code
        // The first-hour code written for the added hours (96360 ×3 for 96360 + 96361 ×2): the hours are what is short,
        // and the rule that counts them decides.
        let addedHours = code.isHourly ? nil : found.lazy.compactMap { r, _ in
            r.codes.first { CPTCode.named($0.code)?.isHourly == true && self.shortIn(r, $0.code) }
        }.first
        let counting: RuleID = switch code.role {
        case .initial: .oneInitialPerEncounter
        case .standalone:
            switch code.family {
            case .injection, .chemotherapyInjection, .onBodyInjector: .imsqPerInjection
            case .subQInfusion: .scInfusion
            case .intraArterial: .intraArterial96373
            case .prolongedChemoPump, .pumpRefill: .chemoProlonged96416
            case .portIrrigation: .portIrrigation96523
            default: found[0].1.rules.first ?? .notInScope
            }
        case .sequential: code.mode == .push ? .pushNewDrug96375 : .seqNewDrug
        case .concurrent: .concurrentOnce
        case .repeatSameDrug: .repeatPush30
        case .additionalHour: found[0].1.rules.first { AdministrationRecord.unitRules.contains($0) } ?? .addlHour31
        }
        let rule = firstHour != nil ? .addonRequiresPrimary
            : addedHours.map { $0.rules.first { AdministrationRecord.unitRules.contains($0) } ?? .addlHour31 } ?? counting
        let each = found.map { r, e in
            capitalized(e.reason.hasPrefix(r.label) ? e.reason : "\(r.label) is \(e.text): \(e.reason)") + ". \(cite(e.rules))"
        }
        let hoursShort = addedHours.map { min($0.units, (expected.unitsByCode[$0.code] ?? 0) - (answer.unitsByCode[$0.code] ?? 0)) } ?? 0
        let head = addedHours.map { "each hour after the first is an added hour, \($0.code), not another \(code.code)" }
            ?? RuleWords.short(rule)
        return OnlyOnce(text: "\(head). \(cite([rule]))\n  " + each.joined(separator: "\n  "),
                        // In professional reporting the missing first hour is the primary reason's: that is the place
                        // the learner gave to another service.
                        rules: [rule] + (firstHourEmission?.rules.filter { $0 == .physVsFacility } ?? [])
                            + found.flatMap(\.1.rules),
                        paired: firstHour ?? addedHours?.code,
                        records: indexed.map(\.0), units: firstHour != nil ? 1 : max(1, hoursShort))
    }

    /// Why a code the engine reports is not reported more often (`onlyOnce`).
    struct OnlyOnce {
        /// The rule that counts it and each administration that earns it, in words.
        let text: String
        let rules: [RuleID]
        /// The code the answer is short of on those administrations (its first hour, or its added hours), if any.
        let paired: String?
        let records: [Int]
        /// How many surplus units this explains (the added hours it stands for; 1 otherwise).
        let units: Int
    }

    /// A unit's modifiers as the scorer tells them apart (59, XS and XE alike; order ignored).
    static func modifierKey(_ modifiers: [String]) -> String {
        modifiers.map(Scorer.modifierClass).sorted().joined(separator: "-")
    }

    /// The deciding decision in plain words, with its rule.
    func sentence(_ d: Decision, candidate c: Candidate, code: CPTCode) -> String {
        var text = d.reason.isEmpty ? "\(c.label): \(RuleWords.short(d.rule))" : d.reason
        switch d.step {
        case .family:
            text += " (\(RuleWords.short(d.rule)))"
        case .mode:
            text += ": \(RuleWords.short(d.rule))"
        default:
            break
        }
        return "\(text). \(cite([d.rule] + d.context))"
    }

    func modifier(_ code: String) -> Discrepancy? {
        func mods(_ a: Answer) -> [String] {
            a.items.filter { $0.code == code }.flatMap { i in Array(repeating: Self.modifierKey(i.modifiers), count: i.units) }.sorted()
        }
        let em = mods(expected), am = mods(answer)
        let expectedWith = em.filter { !$0.isEmpty }.count, answeredWith = am.filter { !$0.isEmpty }.count
        // Only a unit the answer has, with the wrong modifier: a unit missing or extra is the units item's to explain
        // (96374 once for 96374 + 96374-59 lacks the return visit's initial, not a 59 on the morning's push).
        var surplus: [String: Int] = [:]
        for m in em { surplus[m, default: 0] += 1 }
        for m in am { surplus[m, default: 0] -= 1 }
        guard surplus.values.contains(where: { $0 > 0 }) && surplus.values.contains(where: { $0 < 0 }) else { return nil }
        let found = coding.administrations.flatMap { r in r.codes.filter { $0.code == code && !$0.modifiers.isEmpty }.map { (r, $0) } }
        if expectedWith > answeredWith, let (r, e) = found.first {
            let rules = unique(e.rules.filter { [.secondSite59, .separateEncounterSameDay, .modifiers, .imsqPerInjection].contains($0) })
            return Discrepancy(kind: .modifier, code: code, expectedUnits: expectedWith, answeredUnits: answeredWith,
                               rules: rules.isEmpty ? [.modifiers] : rules,
                               explanation: "\(code) needs modifier \(e.modifiers.joined(separator: "-"))"
                               + (e.modifiers.contains("59") ? " (XS or XE also accepted)" : "")
                               + " on \(found.count) of its units, \(r.label): \(e.reason). \(cite(e.rules))")
        }
        let written = answer.items.filter { $0.code == code }.flatMap(\.modifiers).filter { !["59", "XS", "XE"].contains($0) || expectedWith == 0 }
        // A modifier of another kind (25, 76, …): not one these codes take at all.
        if let other = written.first(where: { Scorer.modifierClass($0) != "59" }) {
            return Discrepancy(kind: .modifier, code: code, expectedUnits: expectedWith, answeredUnits: answeredWith,
                               rules: [.modifiers],
                               explanation: "\(code) takes no modifier -\(other): the one modifier drug-administration codes "
                               + "take here is 59 (or XS, XE), on a second initial service"
                               + (found.isEmpty ? "" : " (\(found[0].0.label) carries it)") + ". \(cite([.modifiers]))")
        }
        // The unit that does take a modifier on this MAR, when it is another code's (a second site's hydration).
        let elsewhere = coding.administrations.lazy.flatMap { r in r.codes.filter { !$0.modifiers.isEmpty }.map { (r, $0) } }.first
        let rules: [RuleID] = !found.isEmpty ? [.modifiers]
            : elsewhere.map { unique($0.1.rules.filter { [.secondSite59, .separateEncounterSameDay].contains($0) } + [.modifiers]) }
            ?? [.secondSite59, .modifiers]
        let why = !found.isEmpty
            ? "only \(found.count) of its units carry \(found[0].1.modifiers.joined(separator: "-")) (\(found[0].0.label))"
            : elsewhere.map { "only a second initial service takes 59 (or XS, XE), and here that is \($0.0.label): \($0.1.text)" }
            ?? "there is no second initial service (no separately documented access and no second encounter the same day), "
              + "so nothing needs 59, XS or XE"
        return Discrepancy(kind: .modifier, code: code, expectedUnits: expectedWith, answeredUnits: answeredWith,
                           rules: rules,
                           explanation: "\(code) takes no modifier \(written.first.map { "-\($0) " } ?? "")here: \(why). \(cite(rules))")
    }

    func department(_ code: String) -> Discrepancy? {
        func depts(_ a: Answer) -> [String: Int] {
            a.items.filter { $0.code == code }.reduce(into: [:]) { $0[$1.department?.rawValue ?? "?", default: 0] += $1.units }
        }
        let e = depts(expected), a = depts(answer)
        guard e != a else { return nil }
        // The departments the answer is short of the code in: where the units it moved belong (all of the code's
        // lines when none is short, as when the answer gives no department for some of it).
        let short = Set(e.keys.filter { (a[$0] ?? 0) < e[$0]! })
        let moved = short.reduce(0) { $0 + e[$1]! - (a[$1] ?? 0) }
        let all = coding.lines.filter { $0.code == code }
        let lines = short.isEmpty ? all : all.filter { short.contains($0.department.rawValue) }
        let where_ = lines.map { line in
            "\(line.department.rawValue) (\(line.administrations.map { "\($0.med.prefixWords) at \(time($0.start))" }.joined(separator: ", ")))"
        }.joined(separator: " and ")
        // The departments the answer put it in that the engine does not (in the order the learner wrote them).
        let written = answer.items.filter { $0.code == code }.compactMap { $0.department?.rawValue }
        let wrong = written.enumerated().filter { i, d in (e[d] ?? 0) < (a[d] ?? 0) && !written[..<i].contains(d) }.map(\.1)
        return Discrepancy(kind: .department, code: code, expectedUnits: e.values.reduce(0, +), answeredUnits: a.values.reduce(0, +),
                           rules: [.edObsContinuous, .lineItemDos],
                           explanation: "\(code)\(moved > 1 && !short.isEmpty ? " ×\(moved)" : "") belongs to \(where_)"
                           + "\(wrong.isEmpty ? "" : ", not \(wrong.joined(separator: " or "))")"
                           + ": each code takes the department in force when its "
                           + "administration started. \(cite([.edObsContinuous, .lineItemDos]))")
    }

    func confirm(_ code: String, units: Int) -> Confirmation {
        let found = coding.administrations.flatMap { r in r.codes.filter { $0.code == code }.map { (r, $0) } }
        let rules = unique(found.flatMap(\.1.rules))
        guard found.count > 1 else {
            return Confirmation(code: code, units: units, rules: rules, explanation: found.first?.1.reason ?? "reported by the engine")
        }
        // Several administrations share the line: name each, with its units, and the rule they share.
        let each = found.map { $0.1.units > 1 ? "\($0.0.label) ×\($0.1.units)" : $0.0.label }.joined(separator: "; ")
        return Confirmation(code: code, units: units, rules: rules,
                            explanation: "\(each) (\(found.first.map { RuleWords.short($0.1.rules[0]) } ?? ""))")
    }

    /// Marks the missing half of each substitution, so the two read as one explanation.
    func pairSubstitutions(_ ds: inout [Discrepancy]) {
        for i in ds.indices where ds[i].kind == .extra || ds[i].kind == .units {
            guard let p = ds[i].pairedWith, p != ds[i].code,
                  let j = ds.firstIndex(where: { ($0.kind == .missing || $0.kind == .units) && $0.code == p && $0.pairedWith == nil })
            else { continue }
            ds[j].pairedWith = ds[i].code
            // The learner did not break the rule that earns the missing code; they broke the one that rules out theirs.
            ds[j].deciding = ds[i].rules
            // The wrong code's item already says what its administrations really are: the missing half names only
            // the others.
            let shared = Set(ds[j].explained).intersection(ds[i].explained)
            let head = ds[j].explanation.prefix { $0 != ":" }
            guard !shared.isEmpty, head.count < ds[j].explanation.count else { continue }
            let rest = zip(ds[j].explained, ds[j].parts).filter { !shared.contains($0.0) }.map(\.1)
            ds[j].explanation = rest.isEmpty
                ? "\(head): the code of the administration above. \(cite(ds[j].rules))"
                : "\(head): the administration above, and " + rest.enumerated()
                    .map { $0.offset == 0 ? $0.element.prefix(1).lowercased() + $0.element.dropFirst() : $0.element }
                    .joined(separator: "\n  ")
        }
    }

    func cite(_ rules: [RuleID]) -> String { "[" + unique(rules).map(\.rawValue).joined(separator: ", ") + "]" }

    func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

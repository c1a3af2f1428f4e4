extension EngineRun {
    /// Steps 1–4: each row's segments, cut to the window (D2), non-services dropped, times and kinds.
    func readAdministrations() {
        // At most one administration per charted entry: room for them all up front (records are large to move).
        var entries = 0
        for r in scenario.mar.indices { entries += scenario.mar[r].entries.count }
        trace.records.reserveCapacity(entries)
        admins.reserveCapacity(entries)
        // About one code or one exclusion per entry: room for them at once, not by doubling from one.
        trace.parts.reserveCapacity(entries)
        trace.excluded.reserveCapacity(entries)
        // An explained run records a few distinct firings per entry: room at once, not by doubling from one.
        // A decide-only run records each rule once: room for the few dozen a MAR fires.
        trace.firings.reserveCapacity(trace.explain ? 4 * entries : 32)
        var drugNumbers = DrugNumbers(rows: rows.count)
        // By position: a row is read where it lies (the run's scenario never changes), never copied (a row holds a
        // dozen references to count).
        var timeline = RowTimeline()
        for position in rows.indices {
            let pointer = rows.baseAddress! + position
            let number = drugNumbers.number(of: pointer)
            read(RowAt(pointer), box: RowBox(pointer, drugNumber: number), into: &timeline)
        }
        drugCount = drugNumbers.count
    }

    /// One row: its held and cancelled entries excluded, an order with nothing given excluded, each administration
    /// and refill admitted.
    /// (`timeline`: the run's one timeline, which every row is read into in turn.)
    private func read(_ row: RowAt, box: RowBox, into timeline: inout RowTimeline) {
        RowReader.read(row, asHydration: category(of: row.drugClass) == .hydration, into: &timeline)
        for (position, cancelledAt) in timeline.notGiven {
            let at = row.entries[position].at
            exclude(row, at: at, .heldNotGiven, "\(drugName(row)): " + (cancelledAt.map {
                "the \(row.entries[position].charted) at \(t(at)) was cancelled by a Canceled Entry at \(t($0))"
            } ?? "'\(row.entries[position].charted)' at \(t(at)) is not an administration"))
        }
        if timeline.administrations.isEmpty && timeline.refills.isEmpty {
            exclude(row, at: nil, .orderNotAdmin, "\(drugName(row)) was ordered but no administration is charted"
                    + (timeline.notGiven.isEmpty ? "" : " (only held, due or cancelled entries)") + ": an order is not a service")
        }
        // Each with its pieces, a slice of the timeline's one list.
        for i in timeline.administrations.indices {
            admit(box, row, timeline.administrations[i], pieces: timeline.pieces(of: timeline.administrations[i]))
        }
        for refill in timeline.refills { admitRefill(box, row, at: refill) }
    }

    private func admitRefill(_ box: RowBox, _ row: RowAt, at: Instant) {
        guard case .inVisit(let v) = visits.place(at) else {
            exclude(row, at: at, .outsideEncounter, "\(drugName(row)) pump refill at \(t(at)) is outside the encounter")
            return
        }
        let a = newAdmin(box, row, visit: v, kind: .pump, start: at, pieces: [], stop: nil, charted: nil, refill: true)
        admins.append(a)
    }

    private func newAdmin(_ box: RowBox, _ row: RowAt, visit: Int, kind: AdminKind, start: Instant,
                          pieces: ArraySlice<Piece>, stop: Instant?, charted: Int?, refill: Bool = false,
                          modeRule: RuleID? = nil) -> Administration {
        let id = trace.records.count
        let department = visits.department(ofVisit: visit, at: start)
        let a = Administration(in: arena, id: id, row: box, visit: visit, kind: kind,
                               category: category(of: row.drugClass),
                               start: start, spans: arena.store(pieces.lazy.map(\.span)), stop: stop,
                               chartedMinutes: charted, access: accessNumber(site: row.site),
                               department: department, isRefill: refill, modeRule: modeRule)
        trace.records.append(AdministrationRecord(med: row.med, row: row.index, drug: drugName(row),
                                                  start: start, stop: stop,
                                                  lookalikes: lookalikeCodes(route: row.route, drugClass: row.drugClass),
                                                  department: department))
        if trace.explain { trace.records[id].labelSentence = makeLabel(a) }
        return a
    }

    /// D10 and SECOND-SITE-59: sites merge into one access (0) unless documented as separate (the site's position
    /// among the scenario's sites, from 1).
    func accessNumber(site: String?) -> Int {
        guard let id = site, let i = scenario.sites.firstIndex(where: { $0.id == id }) else { return 0 }
        return scenario.sites[i].separate != nil || policy.anyDocumentedSecondSite ? i + 1 : 0
    }

    /// The site of a separate access (nil for the shared access).
    func site(ofAccess access: Int) -> Site? { access > 0 ? scenario.sites[access - 1] : nil }

    private func admit(_ box: RowBox, _ row: RowAt, _ raw: RawAdministration, pieces rawPieces: ArraySlice<Piece>) {
        lazy var name = drugName(row)   // worded only where a sentence is written
        let at = raw.start
        // Step 1: the window.
        let visit: Int
        switch visits.place(at) {
        case .outside:
            exclude(row, at: at, .outsideEncounter,
                    "\(name) at \(t(at)) falls outside every visit on the timeline: no encounter to code it in")
            return
        case .inpatient(let v):
            exclude(row, at: at, .inpatientExcluded,
                    "\(name) at \(t(at)) came after the inpatient order at \(t(visits.all[v].inpatientOrder!)): not outpatient")
            return
        case .inVisit(let v):
            visit = v
        }
        let window = visits.all[visit].window
        let chartedActive = Spans.minutes(of: rawPieces)
        func inWindow(_ p: Piece) -> Bool {
            p.span.start >= window.start && (p.span.isEmpty ? p.span.start < window.end : p.span.end <= window.end)
        }
        // Pieces wholly inside the window (nearly always) are kept as they are.
        let inside = rawPieces.allSatisfy(inWindow)
        var pieces = inside ? rawPieces : ArraySlice(rawPieces.compactMap { p -> Piece? in
            if p.span.isEmpty { return p.span.start >= window.start && p.span.start < window.end ? p : nil }
            return p.span.intersection(window).map { Piece(span: $0, purpose: p.purpose) }
        })
        let cutMinutes = inside ? chartedActive : Spans.minutes(of: pieces)
        let truncated = cutMinutes < chartedActive
        var stop = raw.computedStop ?? raw.chartedStop
        if truncated, let s = stop, s > window.end { stop = window.end }
        let charted = raw.chartedStop.map { $0 - raw.start }
        if truncated {
            let cutAt = window.end
            let why = visits.all[visit].inpatientOrder == cutAt ? "the inpatient order" : "discharge"
            trace.fire(visits.all[visit].inpatientOrder == cutAt ? .inpatientExcluded : .outsideEncounter,
                       "\(name) ran \(chartedActive) min, cut at \(why) (\(t(cutAt))): \(cutMinutes) min count")
        }
        if policy.ippsPaymentWindow, let ip = visits.all[visit].inpatientOrder {
            exclude(row, at: at, .paymentWindow,
                    "\(name) at \(t(at)): the visit ended in an inpatient order at \(t(ip)); under the payment window "
                    + "its outpatient services go on the inpatient claim")
            return
        }

        // Step 2: non-services by route and class.
        if row.route.isNonParenteral {
            exclude(row, at: at, .routeNotIv, "\(name) \(row.route.rawValue) at \(t(at)): not an injection or infusion, no code")
            return
        }
        if row.route.isOtherFamily || (row.route == .intracatheter && row.drugClass != .flush) {
            // D32: chemotherapy by these routes has its own chemotherapy code, outside this trainer: flagged.
            let own: String? = !row.drugClass.isChemo ? nil : row.route == .intrathecal ? "96450"
                : row.route == .intralesional ? "96405" : nil
            exclude(row, at: at, .notInScope, "\(name) \(row.route.rawValue) at \(t(at)): "
                    + (own.map { "chemotherapy by this route has its own code (\($0)), outside this trainer" }
                       ?? "this route has its own codes, outside drug administration (963xx/964xx)"))
            if let own {
                trace.flag(Flag(code: own, rule: .notInScope, reasonSentence: "\(name) \(row.route.rawValue): its own chemotherapy code, "
                                + "\(own), outside this trainer (not scored)", med: row.med, at: at))
            }
            return
        }
        switch row.drugClass {
        case .vaccine:
            exclude(row, at: at, .vaccineAdmin, "\(name) at \(t(at)) is a vaccine: 90471–90474, not 96372")
            trace.flag(Flag(code: "90471", rule: .vaccineAdmin, reasonSentence: "\(name) is a vaccine: immunization administration, not scored",
                            med: row.med, at: at))
            return
        case .blood, .contrast, .sedation:
            excludeButDeduct(box, row, raw, visit: visit, pieces: pieces, stop: stop, charted: charted)
            return
        case .carrier:
            noteFluidWithBlood(row, pieces)
            exclude(row, at: at, .hydCarrierIncidental,
                    "\(name) \(span(Span(at, stop ?? at))) only carried a drug: incidental fluid, not hydration")
            return
        case .flush:
            if row.route == .intracatheter, let site = scenario.sites.first(where: { $0.id == row.site }), site.device == .port {
                admins.append(newAdmin(box, row, visit: visit, kind: .portFlush, start: at, pieces: [], stop: nil, charted: nil))
            } else {
                exclude(row, at: at, .flushExcluded, "\(name) at \(t(at)) is a line flush: included in the administration")
                trace.fire(.includedServices, "flushes, IV starts and supplies are included in every administration code")
            }
            return
        default:
            break
        }
        if row.bundled != nil {
            excludeButDeduct(box, row, raw, visit: visit, pieces: pieces, stop: stop, charted: charted)
            return
        }
        let category = category(of: row.drugClass)
        if category == .hydration || row.drugClass == .kvo {
            admitFluid(box, row, raw, visit: visit, pieces: &pieces, stop: stop, charted: charted)
            return
        }

        // Step 3 and 4: times, push or infusion.
        if let pump = row.pump {
            _ = pump
            admins.append(newAdmin(box, row, visit: visit, kind: .pump, start: at, pieces: pieces, stop: stop, charted: charted))
            return
        }
        switch row.route {
        case .im, .subQ:
            admins.append(newAdmin(box, row, visit: visit, kind: .injection, start: at, pieces: [], stop: nil, charted: nil))
            return
        case .intraArterial:
            admins.append(newAdmin(box, row, visit: visit, kind: .intraArterial, start: at, pieces: [], stop: nil, charted: nil))
            return
        default:
            break
        }
        if raw.missingStop && raw.computedStop == nil {
            let documented = pieces.filter { !$0.span.isEmpty }
            if !documented.isEmpty {
                trace.fire(.noStopTime, "\(name): no stop after the restart at \(t(pieces.last!.span.start)); "
                           + "only the documented \(Spans.minutes(documented.map(\.span))) min count")
                pieces = documented[...]
            } else if row.route == .subQInfusion {
                trace.fire(.noStopTime, "\(name) SubQ infusion started \(t(at)) with no stop: coded as an injection (96372)")
                let a = newAdmin(box, row, visit: visit, kind: .injection, start: at, pieces: [], stop: nil, charted: nil,
                                 modeRule: .noStopTime)
                admins.append(a)
                return
            } else if policy.noStopStrict {
                exclude(row, at: at, .noStopTime, "\(name) started \(t(at)) with no stop time and no volume and rate "
                        + "to compute one: under noStopStrict nothing is reported")
                return
            } else {
                trace.fire(.noStopTime, "\(name) started \(t(at)) with no stop and no volume/rate: coded as a push")
                let a = newAdmin(box, row, visit: visit, kind: .push, start: at, pieces: [], stop: nil, charted: nil,
                                 modeRule: .noStopTime)
                if trace.explain { trace.records[a.id].labelSentence = "\(name) started at \(t(at)) with no stop time" }
                admins.append(a)
                return
            }
        }
        if let c = raw.computedStop {
            trace.fire(.noStopTime, "\(name): no stop charted; \(formatNumber(row.volumeML ?? 0)) mL at the charted rate "
                       + "runs out at \(t(c)), so it stopped then")
        }
        if raw.paused { trace.fire(.pauseExcluded, "\(name): paused time is not counted") }
        if raw.continuedByNewBag { trace.fire(.newBagContinues, "\(name): a new bag while running continues the same infusion") }
        if raw.continuedByWorkflow {
            trace.fire(.rateChangeContinues, "\(name): rate changes, verifications and handoffs neither start nor stop time")
        }

        let minutes = Spans.minutes(of: pieces)
        let kind: AdminKind
        // The rule that decided push or infusion (the "mode" step of the decision path).
        var modeRule: RuleID = minutes <= 15 ? .pushMax15 : .infMin16
        if raw.computedStop != nil { modeRule = .noStopTime }
        if row.route == .subQInfusion {
            kind = .subQInfusion
            modeRule = .scInfusion
        } else if raw.shape == .dose || raw.shape == .lonePush {
            if row.route == .ivPush, minutes >= 16 {
                modeRule = .pushMethodDocumented
                if policy.timeOnlyClassification {
                    trace.fire(.pushMethodDocumented, "\(name) charted as a push but ran \(minutes) min: "
                               + "under timeOnlyClassification the clock decides, an infusion")
                    kind = .infusion
                } else {
                    trace.fire(.pushMethodDocumented, "\(name) is documented as an IV push: it stays a push although "
                               + "the charted span is \(minutes) min")
                    kind = .push
                }
            } else {
                kind = .push
                modeRule = .pushMax15
                if row.route != .ivPush {
                    // D6: one Given on an IV row, with no stop, is a push (0 minutes: 15 or less).
                    trace.fire(.pushMax15, "\(name) \(row.route.rawValue) was charted once (Given at \(t(at))) with no stop: a push")
                }
            }
        } else if truncated && minutes <= 15 && chartedActive >= 16 {
            if policy.truncatedShortAsPush {
                kind = .push
            } else {
                let cut = visits.all[visit].inpatientOrder == window.end ? "the inpatient order" : "discharge"
                exclude(row, at: at, .inpatientExcluded, "\(name) ran \(chartedActive) min but only \(minutes) min fall "
                        + "before \(cut) at \(t(window.end)): too short for an infusion, and it was not a push")
                return
            }
        } else if minutes <= 15 {
            trace.fire(.pushMax15, "\(name) \(span(Span(at, stop ?? at))) ran \(minutes) min (15 or less): a push")
            kind = .push
        } else {
            trace.fire(.infMin16, "\(name) ran \(minutes) min (16 or more): an infusion")
            kind = .infusion
        }
        if raw.reaction {
            trace.fire(.reactionStop, "\(name) was stopped early for a reaction: coded on the \(minutes) min given")
        }
        let a = newAdmin(box, row, visit: visit, kind: kind, start: at, pieces: pieces, stop: stop, charted: charted,
                         modeRule: modeRule)
        if a.category == .chemo { trace.fire(.categoryFromData, "\(name) is coded as chemotherapy because its class says so") }
        if row.drugClass == .electrolyte {
            trace.fire(.categoryFromData, "\(name) is an electrolyte rider, coded as \(policy.electrolyteRiderCategory.rawValue)")
        }
        if row.drug.substances.count > 1 {
            trace.fire(.singleInfusate, "\(row.drug.substances.joined(separator: " and ")) share one bag or syringe: one administration")
        }
        admins.append(a)
    }

    private func excludeButDeduct(_ box: RowBox, _ row: RowAt, _ raw: RawAdministration, visit: Int, pieces: ArraySlice<Piece>,
                                           stop: Instant?, charted: Int?) {
        lazy var name = drugName(row)   // worded only where a sentence is written
        let at = raw.start
        let a = newAdmin(box, row, visit: visit, kind: .deductOnly, start: at, pieces: pieces.filter { !$0.span.isEmpty }[...],
                         stop: stop, charted: charted)
        admins.append(a)
        // Written in decide-only runs too: the ruled-out codes below carry it.
        let rule: RuleID, reason: Sentence
        if row.drugClass == .blood {
            rule = .transfusionNotDrugAdmin
            reason = "\(name) at \(t(at)) is a transfusion: 36430, not a drug-administration code"
            // D32: 36430 once per encounter, however many units.
            if trace.transfusionFlagged.insert(visit).inserted {
                trace.flag(Flag(code: "36430", rule: rule, reasonSentence: "\(name) is a blood transfusion: 36430 (once per encounter), not scored",
                                med: row.med, at: at))
            }
        } else if row.drugClass == .contrast {
            rule = .contrast
            reason = "\(name) at \(t(at)) is contrast for an imaging study: part of the imaging procedure"
        } else {
            rule = .bundledProcedureSedation
            reason = "\(name) at \(t(at)) is part of a procedure (\(row.bundled ?? "sedation")): no administration code"
        }
        // Every look-alike, as they are (the administration was just admitted: it has ruled out nothing yet).
        for code in lookalikeCodes(route: row.route, drugClass: row.drugClass) {
            trace.ruledOut.append(RuledOut(code: code, rule: rule, reasonSentence: reason), to: a.id)
        }
        exclude(row, at: at, rule, reason)
    }

    private func admitFluid(_ box: RowBox, _ row: RowAt, _ raw: RawAdministration, visit: Int, pieces: inout ArraySlice<Piece>,
                                     stop: Instant?, charted: Int?) {
        lazy var name = drugName(row)   // worded only where a sentence is written
        let at = raw.start
        if row.drugClass == .electrolyte {
            trace.fire(.categoryFromData, "\(name) is an electrolyte rider, coded as hydration (electrolyteRiderCategory)")
        }
        if raw.missingStop && raw.computedStop == nil {
            let documented = pieces.filter { !$0.span.isEmpty }
            if documented.isEmpty {
                if row.drugClass == .kvo {
                    exclude(row, at: at, .kvoFlush, "\(name) from \(t(at)) kept the vein open: no code")
                } else {
                    exclude(row, at: at, .noStopTime, "\(name) started \(t(at)) with no stop and no volume/rate: "
                            + "31 minutes cannot be shown, hydration is not reported")
                }
                return
            }
            pieces = documented[...]
            trace.fire(.noStopTime, "\(name): only the documented minutes count")
        }
        if let c = raw.computedStop {
            trace.fire(.noStopTime, "\(name): no stop charted; \(formatNumber(row.volumeML ?? 0)) mL at the charted rate "
                       + "runs out at \(t(c))")
        }
        let hydrationPieces = pieces.filter { $0.purpose == .hydration }
        let kvoPieces = pieces.filter { $0.purpose == .kvo }
        if !kvoPieces.isEmpty {
            noteFluidWithBlood(row, kvoPieces)
            let m = Spans.minutes(kvoPieces.map(\.span))
            exclude(row, at: kvoPieces[0].span.start, .kvoFlush,
                    "\(name) ran \(m) min only to keep the vein open (KVO): no code")
        }
        guard !hydrationPieces.isEmpty else { return }
        if !row.necessity {
            exclude(row, at: at, .hydMedicalNecessity,
                    "\(name) \(span(Span(at, stop ?? at))): no documented need for fluid, so it is not reportable hydration")
            return
        }
        if policy.hydVolume500, let v = row.volumeML, v <= 500 {
            exclude(row, at: at, .hydVolume500, "\(name): \(formatNumber(v)) mL is 500 mL or less (hydVolume500)")
            return
        }
        if raw.paused { trace.fire(.pauseExcluded, "\(name): paused time is not counted") }
        if raw.continuedByNewBag { trace.fire(.newBagContinues, "\(name): a new bag while running continues the same infusion") }
        if raw.continuedByWorkflow {
            trace.fire(.rateChangeContinues, "\(name): rate changes, verifications and handoffs neither start nor stop time")
        }
        if row.drugClass == .kvo {
            trace.fire(.kvoFlush, "\(name): from \(t(hydrationPieces[0].span.start)) it ran for hydration, not KVO")
        }
        let start = hydrationPieces[0].span.start
        admins.append(newAdmin(box, row, visit: visit, kind: .hydration, start: start, pieces: hydrationPieces[...], stop: stop,
                               charted: charted))
    }

    /// TRANSFUSION-PREMED (option): therapeutic pushes within 60 min of a transfusion are bundled.
    func applyTransfusionPremed() {
        guard policy.transfusionPremedBundled else { return }
        let blood = admins.kept { $0.row.drugClass == .blood }
        guard !blood.isEmpty else { return }
        let bundled = admins.kept { a in
            a.kind == .push && a.category == .therapeutic
                && blood.contains { b in a.start >= b.start - 60 && a.start <= b.end + 60 }
        }
        for a in bundled {
            let reason: Sentence = "\(drugName(a.row)) push at \(t(a.start)) was given around a transfusion: bundled under "
                + "transfusionPremedBundled"
            for code in ["96374", "96375"] {
                trace.ruledOut.append(RuledOut(code: code, rule: .transfusionPremed, reasonSentence: reason), to: a.id)
            }
            exclude(a.row, at: a.start, .transfusionPremed, reason)
        }
        let ids = Set(bundled.map(\.id))
        admins.removeAll { ids.contains($0.id) }
    }

    /// BLOOD-TRANSFUSION-HYD: line-keeping fluid before, during, after or between units of blood.
    private func noteFluidWithBlood<C: Collection<Piece>>(_ row: RowAt, _ pieces: C) {
        let access = accessNumber(site: row.site)
        let blood = scenario.mar.filter { $0.drugClass == .blood && accessNumber(site: $0.site) == access }
            .flatMap { bloodRow in
                let read = RowReader.read(bloodRow)
                return read.administrations.flatMap { read.pieces(of: $0).map(\.span) + [Span($0.start, $0.start + 1)] }
            }
        let near = pieces.contains { p in blood.contains { b in p.span.start <= b.end + 60 && b.start <= p.span.end + 60 } }
        if near {
            trace.fire(.bloodTransfusionHyd, "\(drugName(row)) kept the line open around a blood transfusion: not hydration")
        }
    }
}

/// Each drug of a run's rows as a small number, in order of first appearance: an open-addressing table on the drug
/// keys' fingerprints (no `Hasher`, one list), rows compared by their key only when fingerprints agree.
private struct DrugNumbers {
    /// Per slot: the number + 1 of the drug placed there (0: empty).
    private var slots: [Int32]
    /// Per number: the row that first named the drug.
    private var firstRows: [UnsafePointer<MARRow>] = []
    private let mask: Int

    init(rows: Int) {
        var size = 16
        while size < 2 * rows { size *= 2 }
        slots = Array(filling: 0, count: size)
        firstRows.reserveCapacity(rows)
        mask = size - 1
    }

    var count: Int { firstRows.count }

    mutating func number(of row: UnsafePointer<MARRow>) -> Int {
        let print = row.pointee.drug.fingerprint
        var slot = Int(truncatingIfNeeded: print) & mask
        while slots[slot] != 0 {
            let n = Int(slots[slot]) - 1
            if firstRows[n].pointee.drug == row.pointee.drug { return n }
            slot = (slot + 1) & mask
        }
        firstRows.append(row)
        slots[slot] = Int32(firstRows.count)
        return firstRows.count - 1
    }
}

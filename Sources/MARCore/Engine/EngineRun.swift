/// One run of the engine over one scenario. The steps live in extensions named after the pipeline.
final class EngineRun {
    /// The scenario where it lies, for the whole run (`Engine.run` pins it): a stored copy counted a reference to
    /// each of its lists and texts at the start of every run and released them at the end.
    private let scenarioAt: UnsafePointer<Scenario>
    var scenario: Scenario {
        _read { yield scenarioAt.pointee }
    }
    /// The scenario's rows where they lie, for the whole run (`Engine.run` pins them).
    let rows: UnsafeBufferPointer<MARRow>
    let policy: Policy
    let visits: Visits
    let trace: Trace
    @exclusivity(unchecked) var admins: [Administration] = []
    /// Where the administrations and their spans are kept (they point into it; freed with the run).
    let arena = RunArena()
    /// How many distinct drugs the MAR holds (set when the rows are read; sizes `PerDrug` tables).
    @exclusivity(unchecked) var drugCount = 0
    /// HIER-FACILITY's sentence by initial service and outranked rank (`initial.id * 8 + rank`), worded once.
    @exclusivity(unchecked) var outranks: [Int: Sentence] = [:]
    /// The administrations still in the run, by id (the index of its record). Built once the list is final (after
    /// TRANSFUSION-PREMED, by `indexAdministrations`); a stored table, so that reading it copies nothing.
    @exclusivity(unchecked) private(set) var byID = AdministrationsByID()
    /// Whether the scenario spans several dates (times are then shown with their date). Worked out when a time is
    /// first worded: a decide-only run mostly words none.
    private(set) lazy var multiDay: Bool = spansSeveralDates()

    init(_ scenarioAt: UnsafePointer<Scenario>, rows: UnsafeBufferPointer<MARRow>, explain: Bool = true) {
        self.scenarioAt = scenarioAt
        self.rows = rows
        trace = Trace(explain: explain)
        policy = scenarioAt.pointee.policy
        visits = Visits(scenarioAt.pointee.timeline)
    }

    private func spansSeveralDates() -> Bool {
        var lo = Int.max, hi = Int.min
        func see(_ t: Instant) {
            lo = min(lo, t.minutes)
            hi = max(hi, t.minutes)
        }
        for event in scenario.timeline { see(event.at) }
        // By index, field by field: rows and entries hold strings, and a `for … in` copies each one.
        let rows = scenario.mar
        for r in rows.indices { for e in rows[r].entries.indices { see(rows[r].entries[e].at) } }
        return lo <= hi && Instant(minutes: hi).day > Instant(minutes: lo).day
    }

    /// Indexes the administrations by id, once their list is final.
    func indexAdministrations() { byID = AdministrationsByID(admins, records: trace.records.count) }

    /// `text` when the run explains itself; nothing (and no text built) when it only decides.
    @inline(__always)
    func words(_ text: @autoclosure () -> Sentence) -> Sentence { trace.explain ? text() : "" }

    /// `22:15`, or `01/05 07:30` when the scenario spans several dates.
    func t(_ i: Instant) -> TimeWords { TimeWords(i, withDate: multiDay) }

    /// `22:15–22:50`
    func span(_ s: Span) -> Sentence {
        multiDay && s.start.day != s.end.day ? "\(TimeWords(s.start, withDate: true))–\(TimeWords(s.end, withDate: true))"
            : "\(t(s.start))–\(TimeWords(s.end, withDate: false))"
    }

    func drugName(_ row: RowBox) -> String { row.drug.description }
    func drugName(_ row: RowAt) -> String { row.drug.description }
    /// A drug class's coding category under the run's policy (CATEGORY-FROM-DATA).
    func category(of drugClass: DrugClass) -> Category {
        Category(drugClass, electrolyteRider: policy.electrolyteRiderCategory)
    }

    func ref(_ a: Administration, minutes: Int? = nil) -> AdministrationRef {
        AdministrationRef(med: a.row.med, row: a.row.index, start: a.start, stop: a.stop,
                          chartedMinutes: a.chartedMinutes, minutes: minutes ?? (a.hasPieces ? a.activeMinutes : nil))
    }

    /// Records a code for an administration: on its record and as a line part. Inlined, as are `ruleOut` and
    /// `exclude`: a decide-only run then never builds the reason's closure (a closure that captures a row copies it).
    @inline(__always)
    func emit(_ a: Administration, _ code: String, units: Int = 1, modifiers: [String] = [],
                       rules: [RuleID], minutes: Int? = nil, _ why: @autoclosure () -> Sentence) {
        emit(a, code, units: units, modifiers: modifiers, rules: rules, minutes: minutes,
             written: trace.explain ? why() : "")
    }

    private func emit(_ a: Administration, _ code: String, units: Int, modifiers: [String], rules: [RuleID],
                      minutes: Int?, written reason: Sentence) {
        guard units > 0 else { return }
        let number = CPTCode.fiveDigits(code) ?? 0
        trace.emissions.append(Emission(code: code, number: number, units: units, modifiers: modifiers, rules: rules,
                                        reasonSentence: reason), to: a.id)
        trace.parts.append(LinePart(code: code, number: number, units: units, modifiers: modifiers,
                                    department: a.department,
                                    day: a.start.day, rules: rules, administration: a, minutes: minutes))
        for r in rules { trace.fire(r, reason) }
    }

    @inline(__always)
    func ruleOut(_ a: Administration, _ code: String, _ rule: RuleID, _ reason: @autoclosure () -> Sentence,
                 context: [RuleID] = []) {
        trace.ruleOut(a.id, code, rule, reason(), context: context)
    }

    /// Records an entry or row that produced nothing.
    @inline(__always)
    func exclude(_ row: RowAt, at: Instant?, _ rule: RuleID, _ why: @autoclosure () -> Sentence,
                 lookalikes: [String]? = nil) {
        exclude(med: row.med, index: row.index, route: row.route, drugClass: row.drugClass, at: at, rule,
                written: trace.explain ? why() : "", lookalikes: lookalikes)
    }

    @inline(__always)
    func exclude(_ row: RowBox, at: Instant?, _ rule: RuleID, _ why: @autoclosure () -> Sentence) {
        exclude(med: row.med, index: row.index, route: row.route, drugClass: row.drugClass, at: at, rule,
                written: trace.explain ? why() : "")
    }

    private func exclude(med: String, index: Int, route: Route, drugClass: DrugClass, at: Instant?, _ rule: RuleID,
                         written reason: Sentence, lookalikes: [String]? = nil) {
        trace.exclude(Exclusion(med: med, row: index, at: at, rule: rule, reasonSentence: reason,
                                lookalikes: lookalikes ?? lookalikeCodes(route: route, drugClass: drugClass)))
        trace.fire(rule, reason)
    }

    /// A short description of an administration for explanations (computed once, when it is admitted).
    func label(_ a: Administration) -> Sentence {
        guard trace.explain else { return "" }
        return a.id < trace.records.count && !trace.records[a.id].labelSentence.isEmpty
            ? trace.records[a.id].labelSentence : makeLabel(a)
    }

    func makeLabel(_ a: Administration) -> Sentence {
        let name = drugName(a.row)
        switch a.kind {
        case .push, .injection, .intraArterial, .portFlush:
            if let s = a.stop, s > a.start, a.kind == .push {
                return "\(name) push \(span(Span(a.start, s))) (\(a.activeMinutes) min)"
            }
            return a.kind == .push ? "\(name) push at \(t(a.start))" : "\(name) at \(t(a.start))"
        default:
            // Nothing ran for a time (a pump refill, a bundled push, contrast by injector): a moment, not a span.
            if !a.hasPieces {
                let what = a.isRefill ? " pump refill" : a.row.route == .ivPush ? " push" : ""
                return "\(name)\(what) at \(t(a.start))"
            }
            let s = Span(a.start, a.end)
            let paused = a.chartedMinutes.map { $0 != a.activeMinutes } ?? false
            return "\(name) \(span(s)) (\(a.activeMinutes)\(paused ? " active" : "") min)"
        }
    }
}

/// Administrations by id: an array indexed by the id (ids are record indices), no hashing.
struct AdministrationsByID {
    private var slots: [Administration?]

    init() { slots = [] }

    init(_ admins: [Administration], records: Int) {
        slots = Array(filling: nil, count: records)
        for a in admins { slots[a.id] = a }
    }

    subscript(id: Int) -> Administration? { slots[id] }
}

/// A set of administration ids (record indices) as one flag per id: no hashing, and nothing allocated while empty.
struct AdministrationIDs {
    private var flags: [Bool] = []

    func contains(_ id: Int) -> Bool { id < flags.count && flags[id] }

    mutating func insert(_ id: Int) {
        if id >= flags.count { flags += repeatElement(false, count: id + 1 - flags.count) }
        flags[id] = true
    }
}

extension Engine {
    /// Runs the pipeline of `rules.md` §4.2 (as amended by D28).
    static func run(_ scenario: Scenario, explain: Bool = true) -> Coding {
        // Every step inside the scenario's and the rows' pins: administrations point at their rows (`RowBox`).
        withUnsafePointer(to: scenario) { scenarioAt in scenario.mar.withUnsafeBufferPointer { rows in
            let run = EngineRun(scenarioAt, rows: rows, explain: explain)
            run.readAdministrations()        // 1–3: segments, window, non-services, times (D2)
            run.applyTransfusionPremed()     // D28: right after classification
            run.indexAdministrations()       // the list is final: by id
            run.codeIVAccesses()             // 5–9: access groups, hierarchy, overlap, units, pushes, hydration
            run.codeOutsideHierarchy()       // IM/SQ, SC infusion, intra-arterial, pumps, port irrigation
            run.applyModifiers()             // SECOND-SITE-59, SEPARATE-ENCOUNTER-SAME-DAY
            run.recordDecisionPaths()        // each administration's path, for "why not X here"
            return run.finish()
        } }
    }
}

/// A piece of running time with what the fluid was for (H12).
struct Piece: Sendable, Hashable {
    var span: Span
    var purpose: Purpose?
}

/// One administration read off a row, before the window and classification (`rules.md` §4.1, D1–D6).
struct RawAdministration: Sendable {
    enum Shape: Sendable {
        /// A push or injection on a push-type row; `pieces` holds its documented duration, if any.
        case dose
        /// Route `IV` with a single `Given` and nothing after it: a push, not a missing stop (D6).
        case lonePush
        /// An infusion interval (start … stop, pauses excluded).
        case interval
    }

    var row: Int
    var shape: Shape
    var start: Instant
    /// Its active pieces (documented, or computed for a missing stop): positions in its timeline's `pieces`.
    var pieces: Range<Int>
    /// The last stop as charted (nil without one).
    var chartedStop: Instant?
    /// No stop was charted for the last running piece.
    var missingStop = false
    /// The missing stop was computed from volume and rate (D3).
    var computedStop: Instant?
    var reaction = false
    var paused = false
    var continuedByNewBag = false
    var continuedByWorkflow = false
    /// A later interval of the same row (a new dose after a stop: SAME-DRUG-INTERMITTENT).
    var repeatOfRow = false

}

extension Spans {
    /// The minutes of the pieces' spans; no list of spans is built when the pieces are already in order.
    static func minutes<C: Collection<Piece>>(of pieces: C) -> Int {
        var total = 0
        var previousEnd: Instant?
        for p in pieces {
            if p.span.isEmpty || previousEnd.map({ p.span.start <= $0 }) == true { return minutes(pieces.map(\.span)) }
            total += p.span.minutes
            previousEnd = p.span.end
        }
        return total
    }
}

/// Everything one row yields.
struct RowTimeline: Sendable {
    var administrations: [RawAdministration] = []
    /// The administrations' pieces, one after another (each administration's are a range of them).
    var pieces: [Piece] = []
    /// Entries that are not administrations (their positions in the row): held, or cancelled by a Canceled Entry at
    /// `cancelledAt`.
    var notGiven: [(entry: Int, cancelledAt: Instant?)] = []
    /// `Pump Refill` times.
    var refills: [Instant] = []
    /// The reader's working lists (positions of live and of administering entries), kept from row to row.
    fileprivate var live: [Int] = []
    fileprivate var flow: [Int] = []

    /// An administration's pieces.
    func pieces(of a: RawAdministration) -> ArraySlice<Piece> { pieces[a.pieces] }

    /// Empties every list for the next row, keeping the room (the engine reads every row into one timeline).
    mutating func startRow() {
        // Element by element from the end: `removeAll(keepingCapacity:)` goes through the general subrange replacement
        // (a few hundred instructions a list, empty or not); a row holds one or two of each.
        while !administrations.isEmpty { administrations.removeLast() }
        while !pieces.isEmpty { pieces.removeLast() }
        while !notGiven.isEmpty { notGiven.removeLast() }
        while !refills.isEmpty { refills.removeLast() }
        while !live.isEmpty { live.removeLast() }
        while !flow.isEmpty { flow.removeLast() }
    }
}

/// A MAR row read where it lies in the scenario's storage: its fields one at a time, never the whole row copied (a
/// row passed by value out of an array is copied, a dozen references counted). Valid only while that storage is
/// pinned: `EngineRun.readAdministrations` reads every row inside `withUnsafeBufferPointer`. Its fields read as its own
/// (`row.med`).
@dynamicMemberLookup
struct RowAt {
    private let pointer: UnsafePointer<MARRow>

    init(_ pointer: UnsafePointer<MARRow>) { self.pointer = pointer }

    /// A field of the row, read where it lies.
    subscript<Value>(dynamicMember field: KeyPath<MARRow, Value>) -> Value { pointer.pointee[keyPath: field] }
}

enum RowReader {
    /// Reads a row's entries into administrations.
    static func read(_ row: MARRow, asHydration: Bool = false) -> RowTimeline {
        var out = RowTimeline()
        withUnsafePointer(to: row) { read(RowAt($0), asHydration: asHydration, into: &out) }
        return out
    }

    /// Reads `row` into `out`, emptied first (one timeline for every row of a run, so that its lists are made once
    /// per run, not once per row).
    static func read(_ row: RowAt, asHydration: Bool = false, into out: inout RowTimeline) {
        out.startRow()
        // The entries once per row (each read of `row.entries` counts the list).
        let entries = row.entries
        let flow = administeringFlow(entries, into: &out)
        if isDoseRoute(row) {
            readDoses(row, entries, flow, into: &out)
        } else {
            readIntervals(row, entries, flow, asHydration: asHydration, into: &out)
        }
    }

    /// The positions of the entries that administer, in order; held, cancelled (D4: a Canceled Entry cancels the
    /// latest earlier entry on its row) and refill entries go to `out`. Positions, not entries: an entry holds
    /// several strings, and copying it means counting each.
    private static func administeringFlow(_ entries: [MAREntry], into out: inout RowTimeline) -> Flow {
        // By index, field by field: a whole entry is never copied (it holds several strings to count).
        var special = false, cancels = false
        for i in entries.indices {
            switch entries[i].action {
            case .canceledEntry: cancels = true; special = true
            case .held, .pumpRefill: special = true
            default: continue
            }
        }
        guard special else { return Flow(all: entries.count) }
        // Without a Canceled Entry (the usual case) every entry stays live: no list of them to build.
        if cancels {
            for i in entries.indices {
                if entries[i].action == .canceledEntry {
                    if let cancelled = out.live.popLast() { out.notGiven.append((cancelled, entries[i].at)) }
                    continue
                }
                out.live.append(i)
            }
        }
        func take(_ i: Int) {
            switch entries[i].action {
            case .held: out.notGiven.append((i, nil))
            case .pumpRefill: out.refills.append(entries[i].at)
            default: out.flow.append(i)
            }
        }
        if cancels {
            for k in out.live.indices { take(out.live[k]) }
        } else {
            for i in entries.indices { take(i) }
        }
        return Flow(positions: out.flow)
    }

    /// The positions of a row's administering entries: all of them (most rows: nothing to allocate), or a list.
    struct Flow: Sequence {
        private let all: Int
        private let positions: [Int]?
        init(all: Int) { self.all = all; positions = nil }
        init(positions: [Int]) { all = 0; self.positions = positions }

        func makeIterator() -> Iterator { Iterator(all: all, positions: positions) }

        struct Iterator: IteratorProtocol {
            let all: Int
            let positions: [Int]?
            var k = 0

            mutating func next() -> Int? {
                defer { k += 1 }
                if let positions { return k < positions.count ? positions[k] : nil }
                return k < all ? k : nil
            }
        }
    }

    /// Push-type rows: each administering entry is a dose; a following `Stopped` documents its length.
    static func isDoseRoute(_ row: RowAt) -> Bool {
        guard row.pump == nil else { return false }
        switch row.route {
        case .ivInfusion, .ivPiggyback, .iv, .subQInfusion: return false
        default: return true
        }
    }

    private static func readDoses(_ row: RowAt, _ entries: [MAREntry], _ flow: Flow, into out: inout RowTimeline) {
        var open = false
        for i in flow {
            let e = EntryStep(entries, i)
            switch e.action {
            case .given, .newBag, .restarted:
                out.administrations.append(RawAdministration(row: row.index, shape: .dose, start: e.at,
                                                             pieces: out.pieces.count..<out.pieces.count))
                open = true
            case .stopped where open:
                let i = out.administrations.count - 1
                if e.at > out.administrations[i].start {
                    out.pieces.append(Piece(span: Span(out.administrations[i].start, e.at), purpose: nil))
                    out.administrations[i].pieces = out.pieces.count - 1..<out.pieces.count
                }
                out.administrations[i].chartedStop = e.at
                open = false
            default:
                continue
            }
        }
    }

    private enum State { case idle, running(Instant), paused, stopped }

    /// The plain fields of an entry that the reader steps on, read field by field (a whole entry holds several
    /// strings, and copying one means counting each).
    private struct EntryStep {
        let at: Instant
        let action: Action
        let purpose: Purpose?
        let reaction: Bool
        let hasRate: Bool

        init(_ entries: [MAREntry], _ i: Int) {
            at = entries[i].at
            action = entries[i].action
            purpose = entries[i].purpose
            reaction = entries[i].reaction
            hasRate = entries[i].rate != nil
        }
    }

    private static func readIntervals(_ row: RowAt, _ entries: [MAREntry], _ flow: Flow, asHydration: Bool,
                                      into out: inout RowTimeline) {
        let initialPurpose: Purpose? = row.drugClass == .hydration || asHydration ? .hydration : (row.drugClass == .kvo ? .kvo : nil)
        var state = State.idle
        var current: RawAdministration?
        var purpose = initialPurpose
        // Route IV: a Given with nothing after it is a lone push (D6).
        var loneCandidate = false

        func begin(_ e: EntryStep, repeatOf: Bool) {
            if let c = current { out.administrations.append(c) }
            current = RawAdministration(row: row.index, shape: .interval, start: e.at,
                                        pieces: out.pieces.count..<out.pieces.count, repeatOfRow: repeatOf)
            state = .running(e.at)
            loneCandidate = row.route == .iv && e.action == .given
            if let p = e.purpose { purpose = p }
        }
        // The current administration's pieces are the last ones of `out.pieces`.
        func addPiece(_ p: Piece) {
            out.pieces.append(p)
            if let c = current { current?.pieces = c.pieces.lowerBound..<out.pieces.count }
        }
        func closePiece(at t: Instant) {
            if case .running(let s) = state, t > s { addPiece(Piece(span: Span(s, t), purpose: purpose)) }
        }

        for i in flow {
            let e = EntryStep(entries, i)
            let isStart = e.action == .given || e.action == .newBag || (e.action == .rateChange && e.hasRate)
            switch state {
            case .idle, .stopped:
                let wasStopped: Bool = { if case .stopped = state { return true } else { return false } }()
                if isStart || e.action == .restarted {
                    if wasStopped && e.action == .restarted, current != nil {
                        state = .running(e.at)           // Restarted after Stopped resumes (D1)
                        if let p = e.purpose { purpose = p }
                    } else {
                        begin(e, repeatOf: wasStopped)
                    }
                }
            case .paused:
                if isStart || e.action == .restarted {
                    state = .running(e.at)               // any start after Paused resumes (D1)
                    if let p = e.purpose { purpose = p }
                    loneCandidate = false
                } else if e.action == .stopped {
                    current?.chartedStop = e.at
                    if e.reaction { current?.reaction = true }
                    state = .stopped
                }
            case .running:
                if loneCandidate && (e.action == .given || e.action == .newBag) {
                    // The previous Given stood alone: a push. This entry starts afresh.
                    current?.shape = .lonePush
                    begin(e, repeatOf: false)
                    continue
                }
                loneCandidate = false
                switch e.action {
                case .given, .newBag:
                    if e.action == .newBag { current?.continuedByNewBag = true }
                    if let p = e.purpose, p != purpose { closePiece(at: e.at); state = .running(e.at); purpose = p }
                case .rateChange, .restarted:
                    current?.continuedByWorkflow = true
                    if let p = e.purpose, p != purpose { closePiece(at: e.at); state = .running(e.at); purpose = p }
                case .paused:
                    closePiece(at: e.at)
                    current?.paused = true
                    current?.chartedStop = e.at
                    state = .paused
                case .stopped:
                    closePiece(at: e.at)
                    current?.chartedStop = e.at
                    if e.reaction { current?.reaction = true }
                    state = .stopped
                default:
                    continue
                }
            }
        }
        if case .running(let s) = state, let c = current {
            if loneCandidate {
                current?.shape = .lonePush
            } else {
                current?.missingStop = true
                if let stop = computeStop(row, pieces: out.pieces[c.pieces], openFrom: s, purpose: purpose) {
                    addPiece(Piece(span: Span(s, stop.at), purpose: purpose))
                    current?.computedStop = stop.at
                } else {
                    addPiece(Piece(span: Span(s, s), purpose: purpose))   // start known, end unknown
                }
            }
        }
        if let c = current { out.administrations.append(c) }
    }

    /// D3: with the row's volume and mL/hr rates, the minute the volume runs out.
    private static func computeStop(_ row: RowAt, pieces: ArraySlice<Piece>, openFrom: Instant,
                                    purpose: Purpose?) -> (at: Instant, Void)? {
        guard let volume = row.volumeML, volume > 0 else { return nil }
        let rates = row.entries.compactMap { e in e.rate.map { (e.at, $0) } }
        func rate(at t: Instant) -> Double? { rates.last(where: { $0.0 <= t })?.1.mlPerHour }
        var remaining = volume
        // Volume used during documented pieces.
        for piece in pieces {
            var t = piece.span.start
            let changes = rates.map(\.0).filter { $0 > piece.span.start && $0 < piece.span.end } + [piece.span.end]
            for next in changes {
                guard let r = rate(at: t) else { return nil }
                remaining -= r * Double(next - t) / 60
                t = next
            }
        }
        if remaining <= 0 { return (openFrom, ()) }
        var t = openFrom
        let later = rates.map(\.0).filter { $0 > openFrom }
        for next in later + [Instant(minutes: Int.max / 4)] {
            guard let r = rate(at: t) else { return nil }
            let need = remaining * 60 / r
            if Double(next - t) >= need {
                return (t + Int((need + 1e-9).rounded(.down)), ())
            }
            remaining -= r * Double(next - t) / 60
            t = next
        }
        return nil
    }
}

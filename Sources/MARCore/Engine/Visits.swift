/// One registration on the timeline: arrival until discharge, with the window that may be coded. Plain fields only
/// (its department changes are a range of `Visits.changes`): reading a visit counts no reference.
struct Visit: Sendable {
    let index: Int
    let arrival: Instant
    /// The inpatient admission order, when one was written (INPATIENT-EXCLUDED).
    var inpatientOrder: Instant?
    var discharge: Instant?
    var observationOrder: Instant?
    /// Its department-setting events: positions in `Visits.changes` (in time order).
    var changes: Range<Int>

    /// `[arrival, inpatient order or discharge)`; open-ended without either.
    var window: Span {
        Span(arrival, inpatientOrder ?? discharge ?? Instant(minutes: Int.max / 4))
    }
}

/// Where a minute falls relative to the timeline.
enum Placement {
    case inVisit(Int)
    /// After an inpatient order of this visit, before its discharge.
    case inpatient(Int)
    /// Before the first arrival, between a discharge and the next arrival, or after the last discharge.
    case outside
}

/// The visits of a timeline (ED-OBS-CONTINUOUS: ED and observation are one visit).
struct Visits: Sendable {
    let all: [Visit]
    /// Every visit's department-setting events, visit after visit, each visit's in time order.
    private let changes: [(at: Instant, department: Department)]

    init(_ timeline: [TimelineEvent]) {
        var visits: [Visit] = []
        var changes: [(at: Instant, department: Department)] = []
        // Each change belongs to the last visit, whose range ends where the table does.
        func change(_ at: Instant, _ dept: Department) {
            changes.append((at, dept))
            visits[visits.count - 1].changes = visits[visits.count - 1].changes.lowerBound..<changes.count
        }
        // Events of one minute keep their written order (the sort is stable).
        for event in timeline.sortedIfNeeded(by: { $0.at < $1.at }) {
            switch event.kind {
            case .arrival(let dept):
                if visits.isEmpty || visits[visits.count - 1].discharge != nil {
                    visits.append(Visit(index: visits.count, arrival: event.at, changes: changes.count..<changes.count))
                }
                change(event.at, dept)
            case .observationOrder:
                guard !visits.isEmpty else { continue }
                visits[visits.count - 1].observationOrder = visits[visits.count - 1].observationOrder ?? event.at
                change(event.at, .OBS)
            case .transfer(let dept):
                guard !visits.isEmpty else { continue }
                change(event.at, dept)
            case .inpatientOrder:
                guard !visits.isEmpty, visits[visits.count - 1].inpatientOrder == nil else { continue }
                visits[visits.count - 1].inpatientOrder = event.at
                change(event.at, .INPATIENT)
            case .discharge:
                guard !visits.isEmpty, visits[visits.count - 1].discharge == nil else { continue }
                visits[visits.count - 1].discharge = event.at
            }
        }
        all = visits
        self.changes = changes
    }

    /// The department in force in visit `v` at `t`: the last change at or before it (the first before any).
    func department(ofVisit v: Int, at t: Instant) -> Department {
        let range = all[v].changes
        var d = range.isEmpty ? .ED : changes[range.lowerBound].department
        for i in range where changes[i].at <= t { d = changes[i].department }
        return d
    }

    func place(_ t: Instant) -> Placement {
        for i in all.indices {
            if all[i].window.contains(t) { return .inVisit(all[i].index) }
            if let ip = all[i].inpatientOrder, t >= ip, t < (all[i].discharge ?? Instant(minutes: Int.max / 4)) {
                return .inpatient(all[i].index)
            }
        }
        return .outside
    }
}

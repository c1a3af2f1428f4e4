/// One registration on the timeline: arrival until discharge, with the window that may be coded.
struct Visit: Sendable {
    let index: Int
    let arrival: Instant
    /// The inpatient admission order, when one was written (INPATIENT-EXCLUDED).
    var inpatientOrder: Instant?
    var discharge: Instant?
    var observationOrder: Instant?
    /// Department-setting events in time order.
    var departmentChanges: [(Instant, Department)]

    /// `[arrival, inpatient order or discharge)`; open-ended without either.
    var window: Span {
        Span(arrival, inpatientOrder ?? discharge ?? Instant(minutes: Int.max / 4))
    }

    func department(at t: Instant) -> Department {
        var d = departmentChanges.first?.1 ?? .ED
        for (at, dept) in departmentChanges where at <= t { d = dept }
        return d
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

    init(_ timeline: [TimelineEvent]) {
        var visits: [Visit] = []
        for event in timeline.sorted(by: { $0.at < $1.at }) {
            switch event.kind {
            case .arrival(let dept):
                if visits.isEmpty || visits[visits.count - 1].discharge != nil {
                    visits.append(Visit(index: visits.count, arrival: event.at, departmentChanges: [(event.at, dept)]))
                } else {
                    visits[visits.count - 1].departmentChanges.append((event.at, dept))
                }
            case .observationOrder:
                guard !visits.isEmpty else { continue }
                visits[visits.count - 1].observationOrder = visits[visits.count - 1].observationOrder ?? event.at
                visits[visits.count - 1].departmentChanges.append((event.at, .OBS))
            case .transfer(let dept):
                guard !visits.isEmpty else { continue }
                visits[visits.count - 1].departmentChanges.append((event.at, dept))
            case .inpatientOrder:
                guard !visits.isEmpty, visits[visits.count - 1].inpatientOrder == nil else { continue }
                visits[visits.count - 1].inpatientOrder = event.at
                visits[visits.count - 1].departmentChanges.append((event.at, .INPATIENT))
            case .discharge:
                guard !visits.isEmpty, visits[visits.count - 1].discharge == nil else { continue }
                visits[visits.count - 1].discharge = event.at
            }
        }
        all = visits
    }

    func place(_ t: Instant) -> Placement {
        for i in all.indices {   // by position: a visit is not copied
            if all[i].window.contains(t) { return .inVisit(all[i].index) }
            if let ip = all[i].inpatientOrder, t >= ip, t < (all[i].discharge ?? Instant(minutes: Int.max / 4)) {
                return .inpatient(all[i].index)
            }
        }
        return .outside
    }
}

/// What an administration is, after classification (pipeline step 4).
enum AdminKind: Sendable, Equatable {
    /// IV push (or an infusion of 15 min or less); `pieces` holds a documented duration, if any.
    case push
    /// IV infusion of 16 min or more.
    case infusion
    /// Hydration fluid (minutes counted per access, HYD-SUM-SEGMENTS).
    case hydration
    /// IM or SubQ injection (IMSQ-PER-INJECTION).
    case injection
    /// Subcutaneous infusion by pump (SC-INFUSION).
    case subQInfusion
    case intraArterial
    /// A `pump` row: prolonged chemotherapy infusion (96416).
    case pump
    /// A flush instilled into an implanted port (PORT-IRRIGATION-96523).
    case portFlush
    /// Not a service, but its running minutes are deducted from hydration on its access (D16).
    case deductOnly
}

/// The coding category (CATEGORY-FROM-DATA).
enum Category: Sendable, Equatable {
    case chemo, therapeutic, hydration, other

    init(_ c: DrugClass, policy: Policy) {
        switch c {
        case .chemotherapy, .chemotherapyHormonal: self = .chemo
        case .therapeutic: self = .therapeutic
        case .electrolyte: self = policy.electrolyteRiderCategory == .hydration ? .hydration : .therapeutic
        case .hydration: self = .hydration
        default: self = .other
        }
    }
}

/// An administration that passed the window, non-service and time steps.
struct Administration: Sendable {
    let id: Int
    let row: MARRow
    let visit: Int
    var kind: AdminKind
    var category: Category
    var start: Instant
    /// Active pieces inside the window.
    var pieces: [Piece]
    /// Stop as charted (after the window cut).
    var stop: Instant?
    var chartedMinutes: Int?
    /// Access group id within its visit: a site id, or "" for the shared access.
    var access: String
    /// A `Pump Refill` entry rather than a start.
    var isRefill = false
    var drug: DrugKey { row.drug }

    var spans: [Span] { pieces.map(\.span) }
    var activeMinutes: Int { Spans.minutes(spans) }
    /// Minutes of pieces with the hydration purpose.
    var hydrationSpans: [Span] { pieces.filter { $0.purpose != .kvo }.map(\.span) }
    var end: Instant { pieces.map(\.span.end).max() ?? start }
}

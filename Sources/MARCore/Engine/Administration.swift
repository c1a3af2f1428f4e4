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

/// A MAR row by position in the scenario's rows: copying it costs one retain (of the rows' storage), not a dozen (a
/// row holds a dozen references to count), and making one allocates nothing.
struct RowBox: Sendable {
    private let rows: [MARRow]
    private let position: Int
    /// The row's drug as a small number within the run (same drug, same number), for per-drug tables.
    let drugNumber: Int
    // The plain fields the engine reads most (sort comparators, filters), kept here: no reference to follow.
    let index: Int
    let drugClass: DrugClass
    let route: Route
    let primary: Bool

    init(rows: [MARRow], position: Int, drugNumber: Int) {
        self.rows = rows
        self.position = position
        self.drugNumber = drugNumber
        index = rows[position].index
        drugClass = rows[position].drugClass
        route = rows[position].route
        primary = rows[position].primary
    }
    // Plain forwarding (key-path lookup is measurably slower in the engine's sort comparators).
    var med: String { rows[position].med }
    var drug: DrugKey { rows[position].drug }
    var site: String? { rows[position].site }
    var pump: PumpKind? { rows[position].pump }
    var plannedMinutes: Int? { rows[position].plannedMinutes }
}

/// An administration that passed the window, non-service and time steps. A class: the engine passes
/// administrations through many filtered and grouped lists, and a reference is one retain where a copy of
/// these fields was a dozen. Immutable once made (a merged interval is a new administration).
final class Administration: Sendable {
    let id: Int
    let row: RowBox
    let visit: Int
    let kind: AdminKind
    let category: Category
    let start: Instant
    /// Active pieces inside the window.
    let pieces: [Piece]
    /// Stop as charted (after the window cut).
    let stop: Instant?
    let chartedMinutes: Int?
    /// Access group id within its visit: a site id, or "" for the shared access.
    let access: String
    /// A `Pump Refill` entry rather than a start.
    let isRefill: Bool
    /// The rule that decided push, infusion or injection (PUSH-MAX-15, INF-MIN-16, NO-STOP-TIME, …); by default
    /// the one that goes with `kind`.
    let modeRule: RuleID

    init(id: Int, row: RowBox, visit: Int, kind: AdminKind, category: Category, start: Instant, pieces: [Piece],
         stop: Instant?, chartedMinutes: Int?, access: String, isRefill: Bool = false, modeRule: RuleID? = nil) {
        self.id = id
        self.row = row
        self.visit = visit
        self.kind = kind
        self.category = category
        self.start = start
        self.pieces = pieces
        self.stop = stop
        self.chartedMinutes = chartedMinutes
        self.access = access
        self.isRefill = isRefill
        spans = pieces.map(\.span)
        activeMinutes = Spans.minutes(spans)
        self.modeRule = modeRule ?? Self.modeRule(of: kind)
    }

    /// The rule that decides an administration of this kind, when nothing more particular did.
    static func modeRule(of kind: AdminKind) -> RuleID {
        switch kind {
        case .injection: .imsqPerInjection
        case .subQInfusion: .scInfusion
        case .intraArterial: .intraArterial96373
        case .pump: .chemoProlonged96416
        case .portFlush: .portIrrigation96523
        case .hydration: .hydMin31
        case .push: .pushMax15
        case .infusion, .deductOnly: .infMin16
        }
    }
    var drug: DrugKey { row.drug }
    /// The drug's number within the run (see `PerDrug`).
    var drugNumber: Int { row.drugNumber }

    /// The pieces' spans; computed once.
    let spans: [Span]
    /// Minutes of the (disjoint, sorted) pieces; computed once.
    let activeMinutes: Int
    /// Minutes of pieces with the hydration purpose.
    var hydrationSpans: [Span] { pieces.filter { $0.purpose != .kvo }.map(\.span) }
    /// The last piece's end (the start when there is none).
    var end: Instant {
        guard var last = pieces.first?.span.end else { return start }
        for p in pieces where p.span.end > last { last = p.span.end }
        return last
    }
}

/// Values kept per drug during one run, in a table indexed by the drug's number (no hashing of drug names).
struct PerDrug<Value> {
    private var slots: [Value?]

    init(drugs: Int) { slots = Array(repeating: nil, count: drugs) }

    subscript(_ a: Administration) -> Value? {
        get { slots[a.drugNumber] }
        set { slots[a.drugNumber] = newValue }
    }

    /// The values set, in drug-number order.
    var values: [Value] { slots.compactMap { $0 } }
}

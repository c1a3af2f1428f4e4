/// What an administration is, after classification (pipeline step 4).
enum AdminKind: Sendable, Equatable {
    /// IV push (or an infusion of 15 min or less); its `spans` hold a documented duration, if any.
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

    /// (`electrolyteRider`: the policy's `electrolyteRiderCategory`. Only it is passed: a whole `Policy` handed to a
    /// function is packed into registers field by field, some seventy instructions a call.)
    init(_ c: DrugClass, electrolyteRider: DrugClass) {
        switch c {
        case .chemotherapy, .chemotherapyHormonal: self = .chemo
        case .therapeutic: self = .therapeutic
        case .electrolyte: self = electrolyteRider == .hydration ? .hydration : .therapeutic
        case .hydration: self = .hydration
        default: self = .other
        }
    }
}

/// A MAR row where it lies in the run's scenario: a pointer, valid for the run (`Engine.run` runs every step inside the
/// rows' `withUnsafeBufferPointer`). Copying one counts no reference, so neither does copying an administration.
/// The row's other fields are read through it as its own (`a.row.med`).
@dynamicMemberLookup
struct RowBox {
    private let row: RowAt
    /// The row's drug as a small number within the run (same drug, same number), for per-drug tables.
    let drugNumber: Int
    // The plain fields the engine reads most (sort comparators, filters), kept here: no pointer to follow.
    let index: Int
    let drugClass: DrugClass
    let route: Route
    let primary: Bool

    init(_ pointer: UnsafePointer<MARRow>, drugNumber: Int) {
        row = RowAt(pointer)
        self.drugNumber = drugNumber
        index = row.index
        drugClass = row.drugClass
        route = row.route
        primary = row.primary
    }

    /// A field of the row, read where it lies.
    subscript<Value>(dynamicMember field: KeyPath<MARRow, Value>) -> Value { row[dynamicMember: field] }
}

/// An administration that passed the window, non-service and time steps: a handle on its fields, which its run
/// wrote once into its arena (`RunArena`). The engine passes administrations through many filtered, sorted and
/// grouped lists; a handle is one pointer to copy, with no object to allocate, retain and free. Never outlives its
/// run. Immutable once made (a merged interval is a new administration).
@dynamicMemberLookup
struct Administration {
    private let fields: UnsafePointer<Fields>

    /// What an administration is, read through the handle as its own properties (`a.start`); its row and spans are
    /// pointers into the run too.
    struct Fields {
        let id: Int
        let row: RowBox
        let visit: Int
        let kind: AdminKind
        let category: Category
        let start: Instant
        /// Stop as charted (after the window cut).
        let stop: Instant?
        let chartedMinutes: Int?
        /// Access group within its visit: a documented separate site (its position in the scenario's sites, from 1),
        /// or 0 for the shared access (`EngineRun.accessNumber`).
        let access: Int
        /// The department in force at the start (each of its codes takes it, D22), as its record holds it.
        let department: Department
        /// A `Pump Refill` entry rather than a start.
        let isRefill: Bool
        /// The rule that decided push, infusion or injection (PUSH-MAX-15, INF-MIN-16, NO-STOP-TIME, …); by default
        /// the one that goes with `kind`.
        let modeRule: RuleID
        /// The spans of the active pieces inside the window (a piece's purpose is read only when the pieces are cut:
        /// a hydration administration keeps only its hydration pieces).
        let spans: SpanList
        /// Minutes of the (disjoint, sorted) pieces; computed once.
        let activeMinutes: Int
        /// The last piece's end (the start when there is none).
        let end: Instant
    }

    /// Writes a new administration's fields into `arena`.
    init(in arena: RunArena, id: Int, row: RowBox, visit: Int, kind: AdminKind, category: Category, start: Instant,
         spans: [Span], stop: Instant?, chartedMinutes: Int?, access: Int, department: Department,
         isRefill: Bool = false, modeRule: RuleID? = nil) {
        self.init(in: arena, id: id, row: row, visit: visit, kind: kind, category: category, start: start,
                  spans: arena.store(spans), stop: stop, chartedMinutes: chartedMinutes, access: access,
                  department: department, isRefill: isRefill, modeRule: modeRule)
    }

    init(in arena: RunArena, id: Int, row: RowBox, visit: Int, kind: AdminKind, category: Category, start: Instant,
         spans: SpanList, stop: Instant?, chartedMinutes: Int?, access: Int, department: Department,
         isRefill: Bool = false, modeRule: RuleID? = nil) {
        var last = spans.first?.end ?? start
        for s in spans where s.end > last { last = s.end }
        fields = arena.store(Fields(id: id, row: row, visit: visit, kind: kind, category: category, start: start,
                                    stop: stop, chartedMinutes: chartedMinutes, access: access,
                                    department: department, isRefill: isRefill,
                                    modeRule: modeRule ?? Self.modeRule(of: kind), spans: spans,
                                    activeMinutes: Spans.minutes(spans), end: last))
    }

    /// A field, read where the run wrote it.
    subscript<Value>(dynamicMember field: KeyPath<Fields, Value>) -> Value { fields.pointee[keyPath: field] }

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
    var drug: DrugKey { self.row.drug }
    /// The drug's number within the run (see `PerDrug`).
    var drugNumber: Int { self.row.drugNumber }
    /// Whether any running time was admitted (none for a push without a documented duration, a refill, a flush).
    var hasPieces: Bool { !self.spans.isEmpty }
}

/// Values kept per drug during one run, in a table indexed by the drug's number (no hashing of drug names); every
/// drug starts at `empty`.
struct PerDrug<Value> {
    private var slots: [Value]

    init(drugs: Int, empty: Value) { slots = Array(filling: empty, count: drugs) }

    subscript(_ a: Administration) -> Value {
        get { slots[a.drugNumber] }
        _modify { yield &slots[a.drugNumber] }
    }

    /// Every drug's value, in drug-number order.
    var values: [Value] { slots }
}

/// A scenario: an encounter's timeline and MAR, with the author's key and teaching text.
/// Built by `MARScenarios` from a file; the engine reads only the facts, never the key.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var difficulty: Int
    public var topics: [String]
    public var setting: Setting
    /// Profile id (`cms-facility` by default); resolved into `policy` by the loader.
    public var profile: String
    /// The policy in force: defaults, then the profile, then the scenario's own `policy:`.
    public var policy: Policy
    public var story: String
    public var timeline: [TimelineEvent]
    public var sites: [Site]
    public var mar: [MARRow]
    public var key: AnswerKey?
    public var hints: [String]
    public var teaching: String?

    public init(id: String, title: String, difficulty: Int = 1, topics: [String] = [], setting: Setting = .facility,
                profile: String = Policy.defaultProfileID, policy: Policy = Policy(), story: String = "",
                timeline: [TimelineEvent], sites: [Site] = [], mar: [MARRow], key: AnswerKey? = nil,
                hints: [String] = [], teaching: String? = nil) {
        self.id = id
        self.title = title
        self.difficulty = difficulty
        self.topics = topics
        self.setting = setting
        self.profile = profile
        self.policy = policy
        self.story = story
        self.timeline = timeline
        self.sites = sites
        self.mar = mar
        self.key = key
        self.hints = hints
        self.teaching = teaching
    }
}

/// One event of the encounter timeline.
public struct TimelineEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `ED arrival` (department ED) or `Arrival` (department CLINIC).
        case arrival(Department)
        case observationOrder
        case inpatientOrder
        case discharge
        case transfer(Department)
    }

    public var at: Instant
    public var kind: Kind
    /// The event as written (`ED arrival`).
    public var text: String

    public init(at: Instant, kind: Kind, text: String) {
        self.at = at
        self.kind = kind
        self.text = text
    }
}

/// A vascular access site.
public struct Site: Sendable, Hashable {
    public var id: String
    public var description: String
    public var device: Device
    /// The documented reason a separate access was medically necessary (SECOND-SITE-59).
    public var separate: String?

    public init(id: String, description: String, device: Device = .peripheral, separate: String? = nil) {
        self.id = id
        self.description = description
        self.device = device
        self.separate = separate
    }
}

/// The substance identity of a row: one drug, or a mixed bag of several (SINGLE-INFUSATE, D9).
public struct DrugKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Substances, lower-cased and sorted, so `b+a` equals `a+b`.
    public let substances: [String]
    /// The substances joined by `+`, kept because the engine names, groups and orders drugs by it.
    public let description: String
    /// A digest of `description`, computed once (drug keys are hashed many times a run).
    private let digest: UInt64

    public init(_ text: String) {
        self.init(sorted: Array(Set(text.split(separator: "+").map {
            $0.trimmingWhitespace().lowercased()
        }.filter { !$0.isEmpty })).sorted())
    }

    public init(substances: [String]) {
        if substances.count == 1 {
            self.init(sorted: [substances[0].lowercased()])
        } else {
            self.init(sorted: Array(Set(substances.map { $0.lowercased() })).sorted())
        }
    }

    private init(sorted: [String]) {
        substances = sorted
        description = sorted.count == 1 ? sorted[0] : sorted.joined(separator: "+")
        digest = fnv1a(description)
    }

    /// A digest of the key (equal keys, equal fingerprints), for tables that place keys without `Hasher`.
    var fingerprint: UInt64 { digest }

    public static func == (a: DrugKey, b: DrugKey) -> Bool { a.digest == b.digest && a.substances == b.substances }
    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    public static func < (a: DrugKey, b: DrugKey) -> Bool { a.description < b.description }
}

/// A rate as charted: `<number> <unit>/hr` (D3).
public struct Rate: Sendable, Hashable, CustomStringConvertible {
    public var amount: Double
    /// The unit before `/hr`, e.g. `mL`, `units`, `mg`.
    public var unit: String

    public init(amount: Double, unit: String) {
        self.amount = amount
        self.unit = unit
    }

    /// The rate in mL/hr, when that is its unit; only these compute a missing stop.
    public var mlPerHour: Double? { unit.lowercased() == "ml" && amount > 0 ? amount : nil }
    public var description: String { "\(formatNumber(amount)) \(unit)/hr" }
}

/// One MAR action on a row.
public struct MAREntry: Sendable, Hashable {
    public var at: Instant
    public var action: Action
    /// The action as charted (`Rate Verify`, `Bolus`).
    public var charted: String
    public var rate: Rate?
    public var dose: String?
    public var purpose: Purpose?
    /// `reason: reaction` on a `Stopped` (REACTION-STOP).
    public var reaction: Bool
    /// Free text after the action, or `note:`.
    public var note: String?

    public init(at: Instant, action: Action, charted: String? = nil, rate: Rate? = nil, dose: String? = nil,
                purpose: Purpose? = nil, reaction: Bool = false, note: String? = nil) {
        self.at = at
        self.action = action
        self.charted = charted ?? action.rawValue
        self.rate = rate
        self.dose = dose
        self.purpose = purpose
        self.reaction = reaction
        self.note = note
    }
}

/// One MAR row: one medication order and its actions.
public struct MARRow: Sendable, Hashable {
    /// Position in the MAR (0-based), the tie-breaker of last resort.
    public var index: Int
    public var med: String
    public var drug: DrugKey
    public var drugClass: DrugClass
    public var route: Route
    /// Site id, or nil when the scenario lists no sites.
    public var site: String?
    public var order: String?
    /// Hydration medical necessity documented (HYD-MEDICAL-NECESSITY); default true.
    public var necessity: Bool
    public var volumeML: Double?
    public var pump: PumpKind?
    public var plannedMinutes: Int?
    public var primary: Bool
    public var bundled: String?
    public var entries: [MAREntry]

    public init(index: Int, med: String, drug: DrugKey, drugClass: DrugClass, route: Route, site: String? = nil,
                order: String? = nil, necessity: Bool = true, volumeML: Double? = nil, pump: PumpKind? = nil,
                plannedMinutes: Int? = nil, primary: Bool = false, bundled: String? = nil, entries: [MAREntry]) {
        self.index = index
        self.med = med
        self.drug = drug
        self.drugClass = drugClass
        self.route = route
        self.site = site
        self.order = order
        self.necessity = necessity
        self.volumeML = volumeML
        self.pump = pump
        self.plannedMinutes = plannedMinutes
        self.primary = primary
        self.bundled = bundled
        self.entries = entries
    }
}

/// The author's expected answer.
public struct AnswerKey: Sendable, Hashable {
    public var codes: Answer
    public var byDepartment: [Department: Answer]?
    public var rationale: String?

    public init(codes: Answer, byDepartment: [Department: Answer]? = nil, rationale: String? = nil) {
        self.codes = codes
        self.byDepartment = byDepartment
        self.rationale = rationale
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 holds `byte`.
    public func containsByte(_ byte: UInt8) -> Bool { Substring(self).containsByte(byte) }

    /// Without leading and trailing whitespace.
    public func trimmingWhitespace() -> String { Substring(self).trimmingWhitespace() }
}

// The same on `String` and `Substring` themselves: a call from another module to a generic `StringProtocol` method
// runs its unspecialized form (every byte read through a witness table), several hundred instructions a call.
extension String {
    /// Whether the text's UTF-8 holds `byte` (read in place: the view's generic `contains` walks index by index).
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }

    /// Without leading and trailing whitespace; the text itself when there is none.
    public func trimmingWhitespace() -> String {
        var text = self
        // Nothing to trim (nearly always): neither end is a blank ASCII byte nor starts a non-ASCII Character.
        let untouched = text.withUTF8 { b in
            guard let first = b.first, let last = b.last else { return false }
            return first < 0x80 && last < 0x80 && !Substring.isBlank(first) && !Substring.isBlank(last)
        }
        return untouched ? self : Substring(self).trimmingWhitespace()
    }
}

extension Substring {
    /// Whether the text's UTF-8 holds `byte`.
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }

    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// Without leading and trailing whitespace.
    public func trimmingWhitespace() -> String {
        var s = self
        // ASCII blanks are trimmed as bytes; where what is left begins and ends with ASCII, a walk over
        // Characters would stop at the same bytes (only CR LF joins two ASCII bytes into one Character).
        let u = s.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, Self.isBlank(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, Self.isBlank(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        if lo == hi { return "" }
        if u[lo] < 0x80, u[u.index(before: hi)] < 0x80 { return String(s[lo..<hi]) }
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// `1000` → `1000`, `2.5` → `2.5`.
public func formatNumber(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
}

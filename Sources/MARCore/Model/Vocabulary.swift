/// The closed word lists of the scenario format (`scenario-format.md`).
/// Each has a canonical spelling; aliases are matched case-insensitively.

/// How a medication reached the patient.
public enum Route: String, CaseIterable, Sendable, Codable {
    case ivPush = "IV push"
    case ivInfusion = "IV infusion"
    case ivPiggyback = "IV piggyback"
    case iv = "IV"
    case im = "IM"
    case subQ = "SubQ"
    case subQInfusion = "SubQ infusion"
    case intraArterial = "intra-arterial"
    case intracatheter
    case po = "PO"
    case sl = "SL"
    case inhalation, nebulized, topical, transdermal
    case pr = "PR"
    case intranasal, ophthalmic, otic, intradermal
    case intrathecal, epidural
    case intraArticular = "intra-articular"
    case intralesional

    /// Routes that reach a vein through an IV access (`IV`, push, infusion, piggyback).
    public var isIntravenous: Bool { [.ivPush, .ivInfusion, .ivPiggyback, .iv].contains(self) }
    /// Oral, inhaled, topical and the like: no drug-administration code (ROUTE-NOT-IV).
    public var isNonParenteral: Bool {
        switch self {
        case .po, .sl, .inhalation, .nebulized, .topical, .transdermal, .pr, .intranasal, .ophthalmic, .otic, .intradermal: true
        default: false
        }
    }
    /// Routes of other code families (NOT-IN-SCOPE).
    public var isOtherFamily: Bool {
        switch self {
        case .intrathecal, .epidural, .intraArticular, .intralesional: true
        default: false
        }
    }
    /// IM or SubQ injection (IMSQ-PER-INJECTION).
    public var isInjection: Bool { self == .im || self == .subQ }
}

/// What a row's substance is, for coding (CATEGORY-FROM-DATA).
public enum DrugClass: String, CaseIterable, Sendable, Codable {
    case chemotherapy
    case chemotherapyHormonal = "chemotherapy-hormonal"
    case therapeutic, electrolyte, hydration, kvo, carrier, flush, blood, contrast, sedation, vaccine

    public var isChemo: Bool { self == .chemotherapy || self == .chemotherapyHormonal }
    /// Fluids deduct nothing from other fluids (D16).
    public var isFluid: Bool { self == .hydration || self == .kvo || self == .carrier }
}

/// A MAR action, canonical form. The charted word is kept on the entry for display.
public enum Action: String, CaseIterable, Sendable, Codable {
    case given = "Given"
    case newBag = "New Bag"
    case rateChange = "Rate Change"
    case paused = "Paused"
    case restarted = "Restarted"
    case stopped = "Stopped"
    case held = "Held"
    case canceledEntry = "Canceled Entry"
    case pumpRefill = "Pump Refill"

    /// Accepted spellings (canonical first), from `scenario-format.md` and `rules.md` D5.
    public var spellings: [String] {
        switch self {
        case .given: ["Given", "Push", "Administered", "Bolus"]
        case .newBag: ["New Bag", "Started", "Start", "Infusion Started"]
        case .rateChange: ["Rate Change", "Rate Verify", "Verify", "Bag Verified", "Handoff", "Dose Change"]
        case .paused: ["Paused", "Pause", "On Hold"]
        case .restarted: ["Restarted", "Resumed", "Restart", "MAR Unhold"]
        case .stopped: ["Stopped", "Stop", "Completed", "Infusion Completed", "Discontinued"]
        case .held: ["Held", "Not Given", "Refused", "Due", "Missed", "Patient Unavailable", "MAR Hold",
                     "Automatically Held", "Pending", "Prepared", "See Alternative"]
        case .canceledEntry: ["Canceled Entry", "Cancelled Entry"]
        case .pumpRefill: ["Pump Refill", "Refill"]
        }
    }

    /// Every accepted spelling with its action, longest first (so `Rate Verify` wins over `Rate`).
    public static let allSpellings: [(String, Action)] = allCases
        .flatMap { a in a.spellings.map { ($0, a) } }
        .sorted { $0.0.count > $1.0.count }

    /// The action for a charted word, case-insensitively.
    public static func named(_ word: String) -> Action? {
        let w = word.lowercased()
        return lowercasedSpellings.first { $0.0 == w }?.1
    }

    /// `allSpellings` lower-cased once (each lookup lower-cased all forty).
    private static let lowercasedSpellings = allSpellings.map { ($0.0.lowercased(), $0.1) }
}

/// Where a charge drops.
public enum Department: String, CaseIterable, Sendable, Codable {
    case ED, OBS, CLINIC, INPATIENT
}

/// What a fluid is for, from a given minute (H12).
public enum Purpose: String, CaseIterable, Sendable, Codable {
    case hydration, kvo
}

/// A site's device (`sites:`).
public enum Device: String, CaseIterable, Sendable, Codable {
    case peripheral, central
    case picc = "PICC"
    case port
    case multiLumen = "multi-lumen"
}

/// A pump that goes home with the patient (96416 family).
public enum PumpKind: String, CaseIterable, Sendable, Codable {
    case portable, implantable
}

/// Facility (hierarchy) or professional (primary reason) reporting.
public enum Setting: String, CaseIterable, Sendable, Codable {
    case facility, professional
}

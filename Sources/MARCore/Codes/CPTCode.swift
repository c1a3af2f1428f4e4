/// The drug-administration codes in scope (`rules.md` §1), with plain-language descriptors.
///
/// Each code knows, once, where it sits on an administration's decision path (`cli.md`, "The explanation
/// contract"): its family (which kind of service), its mode (push, infusion, injection) and its role
/// (initial, additional hour, sequential, concurrent, repeat). The explainer finds the deciding rule for
/// "why not code X here" by comparing these with the administration's own decisions.
public struct CPTCode: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// May stand alone as the initial service of an access.
        case initial
        /// Needs a qualifying primary on the same claim (ADDON-REQUIRES-PRIMARY).
        case addOn = "add-on"
        /// Reported on its own, outside the IV hierarchy.
        case standalone
        /// Recognised but not scored (flagged).
        case flaggedOnly = "flagged"
    }

    /// Which kind of service a code describes (the "family" step of the decision path).
    public enum Family: String, Sendable, Hashable, CaseIterable {
        case hydration, therapeuticIV, chemotherapyIV, injection, chemotherapyInjection, subQInfusion
        case intraArterial, prolongedChemoPump, pumpRefill, portIrrigation, onBodyInjector
        /// Codes outside this trainer's scoring (unlisted, transfusion, vaccine).
        case outOfScope

        /// A short name, for traces (`therapeutic IV`).
        public var shortName: String {
            switch self {
            case .hydration: "hydration"
            case .therapeuticIV: "therapeutic IV"
            case .chemotherapyIV: "chemotherapy IV"
            case .injection: "IM/SubQ injection"
            case .chemotherapyInjection: "chemotherapy IM/SubQ"
            case .subQInfusion: "SubQ infusion"
            case .intraArterial: "intra-arterial"
            case .prolongedChemoPump: "chemotherapy pump"
            case .pumpRefill: "pump refill"
            case .portIrrigation: "port irrigation"
            case .onBodyInjector: "on-body injector"
            case .outOfScope: "out of scope"
            }
        }

        /// Plain words, for explanations.
        public var words: String {
            switch self {
            case .hydration: "hydration"
            case .therapeuticIV: "a therapeutic, prophylactic or diagnostic IV drug"
            case .chemotherapyIV: "IV chemotherapy"
            case .injection: "an IM or SubQ injection"
            case .chemotherapyInjection: "a chemotherapy IM or SubQ injection"
            case .subQInfusion: "a subcutaneous infusion"
            case .intraArterial: "an intra-arterial injection"
            case .prolongedChemoPump: "a prolonged chemotherapy pump"
            case .pumpRefill: "a pump refill"
            case .portIrrigation: "a port irrigation"
            case .onBodyInjector: "an on-body injector"
            case .outOfScope: "a code outside drug administration"
            }
        }
    }

    /// Push, infusion or single injection (the "mode" step).
    public enum Mode: String, Sendable, Hashable {
        case push, infusion, injection, other
    }

    /// The code's place among the services of one access (the "place" step).
    public enum Role: String, Sendable, Hashable {
        /// The first (initial) service of its kind on an access.
        case initial
        /// Each additional hour of the same administration.
        case additionalHour
        /// An additional service of a new drug after the initial one.
        case sequential
        /// A second drug running at the same time.
        case concurrent
        /// The same drug again (96376).
        case repeatSameDrug
        /// Reported on its own, one per service.
        case standalone
    }

    public let code: String
    public let kind: Kind
    public let family: Family
    public let mode: Mode
    public let role: Role
    public let descriptor: String

    init(code: String, kind: Kind, _ family: Family, _ mode: Mode, _ role: Role, descriptor: String) {
        self.code = code
        self.kind = kind
        self.family = family
        self.mode = mode
        self.role = role
        self.descriptor = descriptor
    }

    /// A time-based add-on: its units are hours (96361, 96366, 96370, 96415).
    public var isHourly: Bool { role == .additionalHour }
    /// An initial service of an access (96360, 96365, 96369, 96374, 96409, 96413).
    public var isInitial: Bool { role == .initial }
    /// Codes that cover an administration's first hour (an additional hour needs one of them, D12).
    public var coversFirstHour: Bool { mode == .infusion && (role == .initial || role == .sequential) }

    /// Every code the engine can emit or flag, in numeric order.
    public static let all: [CPTCode] = [
        .init(code: "96360", kind: .initial, .hydration, .infusion, .initial, descriptor: "IV hydration, initial 31 min up to 1 hour"),
        .init(code: "96361", kind: .addOn, .hydration, .infusion, .additionalHour, descriptor: "IV hydration, each additional hour (or secondary hydration)"),
        .init(code: "96365", kind: .initial, .therapeuticIV, .infusion, .initial, descriptor: "IV infusion (therapy/prophylaxis/diagnosis), initial up to 1 hour"),
        .init(code: "96366", kind: .addOn, .therapeuticIV, .infusion, .additionalHour, descriptor: "IV infusion, each additional hour; repeat infusion of the same drug"),
        .init(code: "96367", kind: .addOn, .therapeuticIV, .infusion, .sequential, descriptor: "IV infusion, additional sequential infusion of a new drug, up to 1 hour"),
        .init(code: "96368", kind: .addOn, .therapeuticIV, .infusion, .concurrent, descriptor: "IV infusion, concurrent infusion"),
        .init(code: "96369", kind: .initial, .subQInfusion, .infusion, .initial, descriptor: "Subcutaneous infusion, initial up to 1 hour, with pump set-up"),
        .init(code: "96370", kind: .addOn, .subQInfusion, .infusion, .additionalHour, descriptor: "Subcutaneous infusion, each additional hour"),
        .init(code: "96371", kind: .addOn, .subQInfusion, .infusion, .sequential, descriptor: "Subcutaneous infusion, additional pump set-up with new site(s)"),
        .init(code: "96372", kind: .standalone, .injection, .injection, .standalone, descriptor: "Subcutaneous or intramuscular injection"),
        .init(code: "96373", kind: .standalone, .intraArterial, .injection, .standalone, descriptor: "Intra-arterial injection"),
        .init(code: "96374", kind: .initial, .therapeuticIV, .push, .initial, descriptor: "IV push, single or initial drug"),
        .init(code: "96375", kind: .addOn, .therapeuticIV, .push, .sequential, descriptor: "IV push, each additional sequential push of a new drug"),
        .init(code: "96376", kind: .addOn, .therapeuticIV, .push, .repeatSameDrug, descriptor: "IV push, each additional sequential push of the same drug (facility only)"),
        .init(code: "96377", kind: .standalone, .onBodyInjector, .other, .standalone, descriptor: "Application of on-body injector for timed subcutaneous injection"),
        .init(code: "96379", kind: .flaggedOnly, .outOfScope, .other, .standalone, descriptor: "Unlisted therapeutic IV or intra-arterial injection or infusion"),
        .init(code: "96401", kind: .standalone, .chemotherapyInjection, .injection, .standalone, descriptor: "Chemotherapy SubQ/IM injection, non-hormonal antineoplastic"),
        .init(code: "96402", kind: .standalone, .chemotherapyInjection, .injection, .standalone, descriptor: "Chemotherapy SubQ/IM injection, hormonal antineoplastic"),
        .init(code: "96405", kind: .flaggedOnly, .outOfScope, .other, .standalone, descriptor: "Chemotherapy administration, intralesional, up to 7 lesions (outside this trainer; not scored)"),
        .init(code: "96409", kind: .initial, .chemotherapyIV, .push, .initial, descriptor: "Chemotherapy IV push, single or initial drug"),
        .init(code: "96411", kind: .addOn, .chemotherapyIV, .push, .sequential, descriptor: "Chemotherapy IV push, each additional drug"),
        .init(code: "96413", kind: .initial, .chemotherapyIV, .infusion, .initial, descriptor: "Chemotherapy IV infusion, initial up to 1 hour"),
        .init(code: "96415", kind: .addOn, .chemotherapyIV, .infusion, .additionalHour, descriptor: "Chemotherapy IV infusion, each additional hour"),
        .init(code: "96416", kind: .standalone, .prolongedChemoPump, .other, .standalone, descriptor: "Initiation of prolonged chemotherapy infusion (> 8 h) by pump"),
        .init(code: "96417", kind: .addOn, .chemotherapyIV, .infusion, .sequential, descriptor: "Chemotherapy IV infusion, each additional sequential drug, up to 1 hour"),
        .init(code: "96450", kind: .flaggedOnly, .outOfScope, .other, .standalone, descriptor: "Chemotherapy administration into the central nervous system, e.g. intrathecal (outside this trainer; not scored)"),
        .init(code: "96521", kind: .standalone, .pumpRefill, .other, .standalone, descriptor: "Refilling and maintenance of a portable pump"),
        .init(code: "96522", kind: .standalone, .pumpRefill, .other, .standalone, descriptor: "Refilling and maintenance of an implantable pump or reservoir"),
        .init(code: "96523", kind: .standalone, .portIrrigation, .other, .standalone, descriptor: "Irrigation of an implanted venous access device"),
        .init(code: "96549", kind: .flaggedOnly, .outOfScope, .other, .standalone, descriptor: "Unlisted chemotherapy procedure (not scored)"),
        .init(code: "36430", kind: .flaggedOnly, .outOfScope, .other, .standalone, descriptor: "Blood transfusion (outside drug administration; not scored)"),
        .init(code: "90471", kind: .flaggedOnly, .outOfScope, .other, .standalone, descriptor: "Immunization administration (not scored)"),
    ]

    /// Positions in `all` by code text, for the codes outside 96300–96599.
    private static let byCode: [String: Int] = Dictionary(uniqueKeysWithValues: all.indices.map { (all[$0].code, $0) })

    public static func named(_ code: String) -> CPTCode? {
        position(of: code).map { all[$0] }
    }

    /// The family and mode of `code`, when it is in scope: what the engine reads of the codes it emitted, without
    /// copying the code's texts.
    static func familyAndMode(_ code: String) -> (family: Family, mode: Mode)? {
        familyAndMode(fiveDigits(code) ?? 0, code: code)
    }

    /// The same, for a code whose number (`fiveDigits`, 0 for any other text) is already known.
    static func familyAndMode(_ number: Int, code: String) -> (family: Family, mode: Mode)? {
        position(of: code, number: number).map { (all[$0].family, all[$0].mode) }
    }

    /// Where `code` stands in `all`: 963xx–965xx (nearly every lookup) by a table indexed by the number, with no
    /// hashing of the text; any other by its text.
    private static func position(of code: String, number: Int? = nil) -> Int? {
        if let n = number ?? fiveDigits(code), n >= 96300, n < 96600 {
            let i = Int(byNumber[n - 96300])
            return i < 0 ? nil : i
        }
        return byCode[code]
    }

    /// Positions in `all` of the codes 96300–96599 (−1: none), indexed by the number minus 96300.
    private static let byNumber: [Int8] = {
        var table = [Int8](repeating: -1, count: 300)
        for (i, c) in all.enumerated() {
            if let n = Int(c.code), n >= 96300, n < 96600 { table[n - 96300] = Int8(i) }
        }
        return table
    }()

    /// The number a text of exactly five ASCII digits spells, or nil.
    static func fiveDigits(_ text: String) -> Int? {
        // The bytes where they lie (`withUTF8` on a copy took about twice the time over a list of codes; a native
        // string always has contiguous storage, so the `nil` case is a text bridged from elsewhere: read by its view).
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count == 5 else { return nil }
            var n = 0
            for b in bytes {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        if let read { return read }
        return text.utf8.count == 5 && text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? Int(text) : nil
    }

    /// The codes in scope numerically nearest to `digits` (five digits): the closest below and above.
    public static func nearest(to digits: String) -> [String] {
        guard let n = Int(digits) else { return [] }
        let numbers = all.compactMap { Int($0.code) }.sorted()
        let below = numbers.last { $0 < n }, above = numbers.first { $0 > n }
        return [below, above].compactMap { $0 }.map(String.init)
    }

    /// Why a five-digit code is refused, in the learner's and the author's terms.
    public static func notInScopeMessage(_ digits: String) -> String {
        let near = nearest(to: digits)
        return "\(digits) is not a code in scope: MARCoach trains only the drug-administration codes that `marcoach rules` "
            + "lists" + (near.isEmpty ? "" : " (nearest: " + near.joined(separator: ", ") + ")")
    }

    /// Modifiers an answer may carry. 59, XS and XE mean the same to the scorer (D11).
    public static let knownModifiers: [String] = ["59", "XE", "XS", "XP", "XU", "25", "76", "77", "91"]
}

/// The drug-administration codes in scope (`rules.md` §1), with plain-language descriptors.
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

    public let code: String
    public let kind: Kind
    public let descriptor: String

    /// Every code the engine can emit or flag, in numeric order.
    public static let all: [CPTCode] = [
        .init(code: "96360", kind: .initial, descriptor: "IV hydration, initial 31 min up to 1 hour"),
        .init(code: "96361", kind: .addOn, descriptor: "IV hydration, each additional hour (or secondary hydration)"),
        .init(code: "96365", kind: .initial, descriptor: "IV infusion (therapy/prophylaxis/diagnosis), initial up to 1 hour"),
        .init(code: "96366", kind: .addOn, descriptor: "IV infusion, each additional hour; repeat infusion of the same drug"),
        .init(code: "96367", kind: .addOn, descriptor: "IV infusion, additional sequential infusion of a new drug, up to 1 hour"),
        .init(code: "96368", kind: .addOn, descriptor: "IV infusion, concurrent infusion"),
        .init(code: "96369", kind: .initial, descriptor: "Subcutaneous infusion, initial up to 1 hour, with pump set-up"),
        .init(code: "96370", kind: .addOn, descriptor: "Subcutaneous infusion, each additional hour"),
        .init(code: "96371", kind: .addOn, descriptor: "Subcutaneous infusion, additional pump set-up with new site(s)"),
        .init(code: "96372", kind: .standalone, descriptor: "Subcutaneous or intramuscular injection"),
        .init(code: "96373", kind: .standalone, descriptor: "Intra-arterial injection"),
        .init(code: "96374", kind: .initial, descriptor: "IV push, single or initial drug"),
        .init(code: "96375", kind: .addOn, descriptor: "IV push, each additional sequential push of a new drug"),
        .init(code: "96376", kind: .addOn, descriptor: "IV push, each additional sequential push of the same drug (facility only)"),
        .init(code: "96377", kind: .standalone, descriptor: "Application of on-body injector for timed subcutaneous injection"),
        .init(code: "96379", kind: .flaggedOnly, descriptor: "Unlisted therapeutic IV or intra-arterial injection or infusion"),
        .init(code: "96401", kind: .standalone, descriptor: "Chemotherapy SubQ/IM injection, non-hormonal antineoplastic"),
        .init(code: "96402", kind: .standalone, descriptor: "Chemotherapy SubQ/IM injection, hormonal antineoplastic"),
        .init(code: "96409", kind: .initial, descriptor: "Chemotherapy IV push, single or initial drug"),
        .init(code: "96411", kind: .addOn, descriptor: "Chemotherapy IV push, each additional drug"),
        .init(code: "96413", kind: .initial, descriptor: "Chemotherapy IV infusion, initial up to 1 hour"),
        .init(code: "96415", kind: .addOn, descriptor: "Chemotherapy IV infusion, each additional hour"),
        .init(code: "96416", kind: .standalone, descriptor: "Initiation of prolonged chemotherapy infusion (> 8 h) by pump"),
        .init(code: "96417", kind: .addOn, descriptor: "Chemotherapy IV infusion, each additional sequential drug, up to 1 hour"),
        .init(code: "96521", kind: .standalone, descriptor: "Refilling and maintenance of a portable pump"),
        .init(code: "96522", kind: .standalone, descriptor: "Refilling and maintenance of an implantable pump or reservoir"),
        .init(code: "96523", kind: .standalone, descriptor: "Irrigation of an implanted venous access device"),
        .init(code: "96549", kind: .flaggedOnly, descriptor: "Unlisted chemotherapy procedure (not scored)"),
        .init(code: "36430", kind: .flaggedOnly, descriptor: "Blood transfusion (outside drug administration; not scored)"),
        .init(code: "90471", kind: .flaggedOnly, descriptor: "Immunization administration (not scored)"),
    ]

    private static let byCode: [String: CPTCode] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static func named(_ code: String) -> CPTCode? { byCode[code] }

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

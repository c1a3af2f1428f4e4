import MARCore

/// Amounts as charted: `1,000 mL`, `100 mL/hr`, `46 h`.
public enum Quantities {
    /// Largest volume, rate amount accepted (mL or units): beyond it the number is a typo.
    public static let maximumAmount = 100_000.0
    /// Longest planned pump infusion: 30 days.
    public static let maximumPlannedMinutes = 30 * 24 * 60

    /// `1,000` → 1000, `0.9` → 0.9; plain digits with optional thousands commas and decimals only.
    public static func number(_ text: Substring) -> Double? {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty, t.count <= 20, t.first?.isNumber == true || t.first == "." else { return nil }
        guard t.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }),
              t.filter({ $0 == "." }).count <= 1 else { return nil }
        let intPart = t.split(separator: ".", omittingEmptySubsequences: false)[0]
        if intPart.containsByte(UInt8(ascii: ",")) {
            let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = intPart.containsByte(UInt8(ascii: ",")) ? String(t.filter { $0 != "," }) : String(t)
        guard let v = Double(digits), v.isFinite else { return nil }
        return v
    }

    /// Splits `1,000 mL` into its number and unit (`mL`), also `1000mL`.
    static func amountAndUnit(_ text: String) -> (Double, String)? {
        let t = text.trimmingWhitespace()
        guard let end = t.firstIndex(where: { !($0.isASCII && $0.isNumber) && $0 != "," && $0 != "." }) else { return nil }
        guard let v = number(t[..<end]) else { return nil }
        let unit = t[end...].trimmingWhitespace()
        guard !unit.isEmpty, !unit.containsByte(UInt8(ascii: " ")) else { return nil }
        return (v, unit)
    }

    /// A bag volume in mL: `1,000 mL`, `1 L`, or a bare number of mL.
    public static func volume(_ text: String) -> Result<Double, QuantityError> {
        let t = text.trimmingWhitespace()
        let value: Double
        if let n = number(Substring(t)) {
            value = n
        } else if let (n, unit) = amountAndUnit(t), ["ml", "l"].contains(unit.lowercased()) {
            value = unit.lowercased() == "l" ? n * 1000 : n
        } else {
            return .failure(.init(message: "volume '\(clip(t))' is not a volume: write it as the bag shows it, like 1,000 mL"))
        }
        guard value > 0, value <= maximumAmount else {
            return .failure(.init(message: "volume '\(clip(t))' is out of range: a bag holds more than 0 and at most "
                                  + "\(formatNumber(maximumAmount)) mL"))
        }
        return .success(value)
    }

    /// A charted rate: `<number> <unit>/hr` (`100 mL/hr`, `1,000 mL/hr`, `18 units/hr`).
    public static func rate(_ text: String) -> Result<Rate, QuantityError> {
        let t = text.trimmingWhitespace()
        let help = "write a rate as <number> <unit>/hr, like 100 mL/hr or 18 units/hr"
        guard let slash = t.lastIndex(of: "/"),
              ["hr", "h", "hour"].contains(t[t.index(after: slash)...].trimmingWhitespace().lowercased()),
              let (n, unit) = amountAndUnit(String(t[..<slash])) else {
            return .failure(.init(message: "rate '\(clip(t))' is not a rate: " + help))
        }
        guard n >= 0, n <= maximumAmount else {
            return .failure(.init(message: "rate '\(clip(t))' is out of range: rates run from 0 to "
                                  + "\(formatNumber(maximumAmount)) per hour"))
        }
        return .success(Rate(amount: n, unit: unit))
    }

    /// A planned duration in minutes: `46 h`, `90 min`, `2 hours`.
    public static func minutes(_ text: String) -> Result<Int, QuantityError> {
        let t = text.trimmingWhitespace()
        guard let (n, unit) = amountAndUnit(t) else {
            return .failure(.init(message: "planned '\(clip(t))' is not a duration: write it like 46 h or 90 min"))
        }
        let perUnit: Double
        switch unit.lowercased() {
        case "h", "hr", "hrs", "hour", "hours": perUnit = 60
        case "min", "mins", "minute", "minutes": perUnit = 1
        case "d", "day", "days": perUnit = 1440
        default:
            return .failure(.init(message: "planned '\(clip(t))' has unknown unit '\(unit)': use h or min, like 46 h or 90 min"))
        }
        let m = n * perUnit
        guard m >= 1, m <= Double(maximumPlannedMinutes), m == m.rounded() else {
            return .failure(.init(message: "planned '\(clip(t))' is out of range: a whole number of minutes "
                                  + "from 1 min to 30 days"))
        }
        return .success(Int(m))
    }

    public struct QuantityError: Error, Sendable, Equatable {
        public var message: String
    }

    static func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(37)) + "…" : s }
}

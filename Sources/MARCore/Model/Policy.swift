/// Facility-policy options of `rules.md` §3.1. The defaults are the `cms-facility` profile.
public struct Policy: Sendable, Hashable {
    public static let defaultProfileID = "cms-facility"

    /// How a later infusion interval of a drug already infused is reported (SAME-DRUG-INTERMITTENT).
    public enum SameDrugIntermittent: String, CaseIterable, Sendable {
        case perInterval, sumTimes, sequential96367, repeat96376
    }

    /// REPEAT-PUSH-30: minimum start-to-start gap for 96376 (31 = "more than 30"; 30 = "at least 30").
    public var repeatPushMinGap = 31
    public var anchorAnyPush = false
    public var timeOnlyClassification = false
    public var noStopStrict = false
    public var sameMinutePushesOnce = false
    public var concurrentOncePerEncounter = false
    public var anyOverlapIsConcurrent = false
    public var sameDrugIntermittent = SameDrugIntermittent.perInterval
    public var hydrationPerSegment = false
    /// Class an `electrolyte` row is coded as.
    public var electrolyteRiderCategory = DrugClass.therapeutic
    public var initialPerCalendarDay = false
    public var anyDocumentedSecondSite = false
    public var ippsPaymentWindow = false
    public var allocateUnitsByDate = false
    public var splitDosePerInjection = false
    public var hydVolume500 = false
    public var transfusionPremedBundled = false
    public var truncatedShortAsPush = false
    public var bolusBeforeInfusionIncluded = true

    public init() {}

    /// Every key, in the order of `rules.md` §3.1 (declared in `PolicyOption.all`).
    public static let keys: [String] = PolicyOption.all.map(\.key)

    /// A policy value as written in YAML.
    public enum Value: Sendable, Hashable {
        case bool(Bool)
        case int(Int)
        case word(String)
    }

    /// Why a key/value pair cannot be applied; the message is written for the author.
    public struct SettingError: Error, Sendable, Equatable {
        public let message: String
    }

    /// Sets one key. Unknown keys and ill-typed values are errors naming what is accepted.
    public mutating func set(_ key: String, _ value: Value) throws(SettingError) {
        guard let option = PolicyOption.named(key) else { throw SettingError(message: "unknown policy key '\(key)'") }
        let isBoolean = option.values.contains("true"), isNumber = Int(option.defaultValue) != nil
        let text: String?
        switch value {
        case .bool(let b): text = isBoolean ? String(b) : nil
        case .int(let n): text = isNumber ? String(n) : nil
        case .word(let w): text = isBoolean || isNumber ? nil : w
        }
        guard let text, option.values.contains(text) else {
            let accepted = isBoolean ? "true or false"
                : isNumber ? option.values.sorted().joined(separator: " or ") + " (minutes)"
                : option.values.count == 2 ? "\(option.values[0]) or \(option.values[1])"
                : "one of: " + option.values.joined(separator: ", ")
            throw SettingError(message: "\(key) takes \(accepted)")
        }
        self = option.applied(text, to: self)
    }

    /// The keys whose value differs from the default, as `key: value` text (for display).
    public var differencesFromDefault: [String] {
        let d = Policy()
        return PolicyOption.all.compactMap { o in
            o.value(in: self) == o.value(in: d) ? nil : "\(o.key): \(o.value(in: self))"
        }
    }
}

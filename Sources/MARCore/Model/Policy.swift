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

    /// Every key, in the order of `rules.md` §3.1.
    public static let keys: [String] = [
        "repeatPushMinGap", "anchorAnyPush", "timeOnlyClassification", "noStopStrict", "sameMinutePushesOnce",
        "concurrentOncePerEncounter", "anyOverlapIsConcurrent", "sameDrugIntermittent", "hydrationPerSegment",
        "electrolyteRiderCategory", "initialPerCalendarDay", "anyDocumentedSecondSite", "ippsPaymentWindow",
        "allocateUnitsByDate", "splitDosePerInjection", "hydVolume500", "transfusionPremedBundled",
        "truncatedShortAsPush", "bolusBeforeInfusionIncluded",
    ]

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
        func bool() throws(SettingError) -> Bool {
            guard case .bool(let b) = value else { throw SettingError(message: "\(key) takes true or false") }
            return b
        }
        switch key {
        case "repeatPushMinGap":
            guard case .int(let n) = value, n == 30 || n == 31 else {
                throw SettingError(message: "repeatPushMinGap takes 30 or 31 (minutes)")
            }
            repeatPushMinGap = n
        case "sameDrugIntermittent":
            guard case .word(let w) = value, let v = SameDrugIntermittent(rawValue: w) else {
                throw SettingError(message: "sameDrugIntermittent takes one of: "
                                   + SameDrugIntermittent.allCases.map(\.rawValue).joined(separator: ", "))
            }
            sameDrugIntermittent = v
        case "electrolyteRiderCategory":
            guard case .word(let w) = value, w == "therapeutic" || w == "hydration" else {
                throw SettingError(message: "electrolyteRiderCategory takes therapeutic or hydration")
            }
            electrolyteRiderCategory = w == "hydration" ? .hydration : .therapeutic
        case "anchorAnyPush": anchorAnyPush = try bool()
        case "timeOnlyClassification": timeOnlyClassification = try bool()
        case "noStopStrict": noStopStrict = try bool()
        case "sameMinutePushesOnce": sameMinutePushesOnce = try bool()
        case "concurrentOncePerEncounter": concurrentOncePerEncounter = try bool()
        case "anyOverlapIsConcurrent": anyOverlapIsConcurrent = try bool()
        case "hydrationPerSegment": hydrationPerSegment = try bool()
        case "initialPerCalendarDay": initialPerCalendarDay = try bool()
        case "anyDocumentedSecondSite": anyDocumentedSecondSite = try bool()
        case "ippsPaymentWindow": ippsPaymentWindow = try bool()
        case "allocateUnitsByDate": allocateUnitsByDate = try bool()
        case "splitDosePerInjection": splitDosePerInjection = try bool()
        case "hydVolume500": hydVolume500 = try bool()
        case "transfusionPremedBundled": transfusionPremedBundled = try bool()
        case "truncatedShortAsPush": truncatedShortAsPush = try bool()
        case "bolusBeforeInfusionIncluded": bolusBeforeInfusionIncluded = try bool()
        default:
            throw SettingError(message: "unknown policy key '\(key)'")
        }
    }

    /// The keys whose value differs from the default, as `key: value` text (for display).
    public var differencesFromDefault: [String] {
        let d = Policy()
        var out: [String] = []
        if repeatPushMinGap != d.repeatPushMinGap { out.append("repeatPushMinGap: \(repeatPushMinGap)") }
        if sameDrugIntermittent != d.sameDrugIntermittent { out.append("sameDrugIntermittent: \(sameDrugIntermittent.rawValue)") }
        if electrolyteRiderCategory != d.electrolyteRiderCategory { out.append("electrolyteRiderCategory: \(electrolyteRiderCategory.rawValue)") }
        let flags: [(String, Bool, Bool)] = [
            ("anchorAnyPush", anchorAnyPush, d.anchorAnyPush),
            ("timeOnlyClassification", timeOnlyClassification, d.timeOnlyClassification),
            ("noStopStrict", noStopStrict, d.noStopStrict),
            ("sameMinutePushesOnce", sameMinutePushesOnce, d.sameMinutePushesOnce),
            ("concurrentOncePerEncounter", concurrentOncePerEncounter, d.concurrentOncePerEncounter),
            ("anyOverlapIsConcurrent", anyOverlapIsConcurrent, d.anyOverlapIsConcurrent),
            ("hydrationPerSegment", hydrationPerSegment, d.hydrationPerSegment),
            ("initialPerCalendarDay", initialPerCalendarDay, d.initialPerCalendarDay),
            ("anyDocumentedSecondSite", anyDocumentedSecondSite, d.anyDocumentedSecondSite),
            ("ippsPaymentWindow", ippsPaymentWindow, d.ippsPaymentWindow),
            ("allocateUnitsByDate", allocateUnitsByDate, d.allocateUnitsByDate),
            ("splitDosePerInjection", splitDosePerInjection, d.splitDosePerInjection),
            ("hydVolume500", hydVolume500, d.hydVolume500),
            ("transfusionPremedBundled", transfusionPremedBundled, d.transfusionPremedBundled),
            ("truncatedShortAsPush", truncatedShortAsPush, d.truncatedShortAsPush),
            ("bolusBeforeInfusionIncluded", bolusBeforeInfusionIncluded, d.bolusBeforeInfusionIncluded),
        ]
        for (k, v, dv) in flags where v != dv { out.append("\(k): \(v)") }
        return out
    }
}

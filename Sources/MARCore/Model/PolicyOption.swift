/// One facility-policy option of `rules.md` §3.1, declared once: its key, values, default, what it changes
/// and the rule it changes. The loader, the scenario writer, the rule catalog and the explanations read it.
public struct PolicyOption: Sendable {
    public let key: String
    /// Every value as written in YAML, the default first.
    public let values: [String]
    /// What choosing another value changes, in plain words.
    public let changes: String
    /// The rule whose reading it changes (its page names the option; its sources are the option's).
    public let rule: RuleID
    private let read: @Sendable (Policy) -> String
    private let write: @Sendable (inout Policy, String) -> Void

    public var defaultValue: String { values[0] }

    /// Rules whose firing under the course's policy shows this option could change the coding (nil: always
    /// worth trying). An option whose rule never came into play leaves the coding as it is.
    public var triggers: [RuleID]? {
        switch key {
        case "ippsPaymentWindow": nil
        case "hydVolume500": [.hydMin31, .hydSecondaryUnits, .hydMedicalNecessity, .hydVolume500]
        case "transfusionPremedBundled": [.transfusionNotDrugAdmin, .transfusionPremed]
        case "electrolyteRiderCategory": [.categoryFromData]
        default: [rule]
        }
    }

    init(_ key: String, _ values: [String], rule: RuleID, changes: String,
         read: @escaping @Sendable (Policy) -> String, write: @escaping @Sendable (inout Policy, String) -> Void) {
        self.key = key
        self.values = values
        self.rule = rule
        self.changes = changes
        self.read = read
        self.write = write
    }

    /// A boolean option stored at `path`.
    init(_ key: String, default d: Bool, rule: RuleID, changes: String, _ path: WritableKeyPath<Policy, Bool> & Sendable) {
        self.init(key, [String(d), String(!d)], rule: rule, changes: changes,
                  read: { String($0[keyPath: path]) }, write: { $0[keyPath: path] = $1 == "true" })
    }

    /// The option's value in a policy, as YAML writes it.
    public func value(in p: Policy) -> String { read(p) }

    /// `p` with this option set to `value` (one of `values`).
    public func applied(_ value: String, to p: Policy) -> Policy {
        var q = p
        write(&q, value)
        return q
    }

    /// What one value means, from `changes` ("true: …; false: …"), without the value's own prefix.
    public func meaning(of value: String) -> String {
        for part in changes.split(separator: ";").map({ $0.trimmingWhitespace() }) where part.hasPrefix(value + ": ") {
            return String(part.dropFirst(value.count + 2))
        }
        return "\(key) set to \(value)"
    }

    /// The public sources of the option's rule.
    public var sources: [String] { RuleCatalog.rule(rule)?.sources ?? [] }

    public static func named(_ key: String) -> PolicyOption? { all.first { $0.key == key } }

    /// Every option, in the order of `rules.md` §3.1.
    public static let all: [PolicyOption] = [
        PolicyOption("repeatPushMinGap", ["31", "30"], rule: .repeatPush30,
                     changes: "31: a repeat push needs more than 30 minutes; 30: 30 minutes are enough",
                     read: { String($0.repeatPushMinGap) }, write: { $0.repeatPushMinGap = Int($1) ?? 31 }),
        PolicyOption("anchorAnyPush", default: false, rule: .repeatPush30,
                     changes: "true: the 30-minute gap is measured from the last push of the drug, reported or not", \.anchorAnyPush),
        PolicyOption("timeOnlyClassification", default: false, rule: .pushMethodDocumented,
                     changes: "true: the clock alone decides push or infusion, even for a documented push", \.timeOnlyClassification),
        PolicyOption("noStopStrict", default: false, rule: .noStopTime,
                     changes: "true: an infusion with no stop and no rate to compute one is not reported at all", \.noStopStrict),
        PolicyOption("sameMinutePushesOnce", default: false, rule: .sameTimePush,
                     changes: "true: pushes of different drugs at the same minute are charged once", \.sameMinutePushesOnce),
        PolicyOption("concurrentOncePerEncounter", default: false, rule: .concurrentOnce,
                     changes: "true: 96368 once per encounter instead of once per date", \.concurrentOncePerEncounter),
        PolicyOption("anyOverlapIsConcurrent", default: false, rule: .concurrentOverlapAlloc,
                     changes: "true: any overlap with a higher-priority infusion makes an infusion concurrent", \.anyOverlapIsConcurrent),
        PolicyOption("sameDrugIntermittent", Policy.SameDrugIntermittent.allCases.map(\.rawValue), rule: .sameDrugIntermittent,
                     changes: "sumTimes: the intervals of a drug are added together; sequential96367: a later interval is 96367; "
                     + "repeat96376: a later interval is 96376",
                     read: { $0.sameDrugIntermittent.rawValue },
                     write: { $0.sameDrugIntermittent = Policy.SameDrugIntermittent(rawValue: $1) ?? .perInterval }),
        PolicyOption("hydrationPerSegment", default: false, rule: .hydSumSegments,
                     changes: "true: each surviving piece of hydration must reach 31 minutes on its own", \.hydrationPerSegment),
        PolicyOption("electrolyteRiderCategory", ["therapeutic", "hydration"], rule: .categoryFromData,
                     changes: "hydration: an electrolyte rider in fluid is coded as hydration",
                     read: { $0.electrolyteRiderCategory == .hydration ? "hydration" : "therapeutic" },
                     write: { $0.electrolyteRiderCategory = $1 == "hydration" ? .hydration : .therapeutic }),
        PolicyOption("initialPerCalendarDay", default: false, rule: .midnightNoReset,
                     changes: "true: each calendar date has its own initial service", \.initialPerCalendarDay),
        PolicyOption("anyDocumentedSecondSite", default: false, rule: .secondSite59,
                     changes: "true: any documented second site is a separate access", \.anyDocumentedSecondSite),
        PolicyOption("ippsPaymentWindow", default: false, rule: .paymentWindow,
                     changes: "true: a visit that ends in an inpatient order goes on the inpatient claim", \.ippsPaymentWindow),
        PolicyOption("allocateUnitsByDate", default: false, rule: .lineItemDos,
                     changes: "true: each hour-block unit is dated by the day its block began", \.allocateUnitsByDate),
        PolicyOption("splitDosePerInjection", default: false, rule: .imsqPerInjection,
                     changes: "true: one dose split into several injections is one 96372 per injection", \.splitDosePerInjection),
        PolicyOption("hydVolume500", default: false, rule: .hydVolume500,
                     changes: "true: 500 mL or less is not reportable hydration", \.hydVolume500),
        PolicyOption("transfusionPremedBundled", default: false, rule: .transfusionPremed,
                     changes: "true: therapeutic pushes around a transfusion are bundled into it", \.transfusionPremedBundled),
        PolicyOption("truncatedShortAsPush", default: false, rule: .inpatientExcluded,
                     changes: "true: an infusion cut to 15 minutes or less by the inpatient order is coded as a push",
                     \.truncatedShortAsPush),
        PolicyOption("bolusBeforeInfusionIncluded", default: true, rule: .bolusBeforeInfusionSameDrug,
                     changes: "false: a loading bolus of the infusion's own drug is reported (96376)", \.bolusBeforeInfusionIncluded),
    ]
}

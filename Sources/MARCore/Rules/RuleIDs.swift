/// Every rule ID of `rules.md` §2 (and §5), verbatim, in the order of `rules.md`. A small enum: the engine
/// copies, compares and collects rule ids thousands of times a run, and a case is one byte with no reference
/// to count. Use these, never string literals, in the engine; text from a file becomes one through
/// `RuleID(rawValue:)`, which is nil for an id no rule has.
public enum RuleID: String, CaseIterable, Hashable, Comparable, Sendable, CustomStringConvertible {
    case edObsContinuous = "ED-OBS-CONTINUOUS"
    case midnightNoReset = "MIDNIGHT-NO-RESET"
    case lineItemDos = "LINE-ITEM-DOS"
    case separateEncounterSameDay = "SEPARATE-ENCOUNTER-SAME-DAY"
    case inpatientExcluded = "INPATIENT-EXCLUDED"
    case paymentWindow = "PAYMENT-WINDOW"
    case orderNotAdmin = "ORDER-NOT-ADMIN"
    case heldNotGiven = "HELD-NOT-GIVEN"
    case routeNotIv = "ROUTE-NOT-IV"
    case imsqPerInjection = "IMSQ-PER-INJECTION"
    case outsideEncounter = "OUTSIDE-ENCOUNTER"
    case notInScope = "NOT-IN-SCOPE"
    case vaccineAdmin = "VACCINE-ADMIN"
    case categoryFromData = "CATEGORY-FROM-DATA"
    case hydCategory = "HYD-CATEGORY"
    case pushMax15 = "PUSH-MAX-15"
    case infMin16 = "INF-MIN-16"
    case pushMethodDocumented = "PUSH-METHOD-DOCUMENTED"
    case singleInfusate = "SINGLE-INFUSATE"
    case timeFromMar = "TIME-FROM-MAR"
    case newBagContinues = "NEW-BAG-CONTINUES"
    case rateChangeContinues = "RATE-CHANGE-CONTINUES"
    case pauseExcluded = "PAUSE-EXCLUDED"
    case flushExcluded = "FLUSH-EXCLUDED"
    case reactionStop = "REACTION-STOP"
    case noStopTime = "NO-STOP-TIME"
    case oneInitialPerEncounter = "ONE-INITIAL-PER-ENCOUNTER"
    case hierFacility = "HIER-FACILITY"
    case hierTiebreak = "HIER-TIEBREAK"
    case subsequentEvenIfFirstOfType = "SUBSEQUENT-EVEN-IF-FIRST-OF-TYPE"
    case hydNeverInitialWithDrug = "HYD-NEVER-INITIAL-WITH-DRUG"
    case secondSite59 = "SECOND-SITE-59"
    case multiLumenOneSite = "MULTI-LUMEN-ONE-SITE"
    case scInfusion = "SC-INFUSION"
    case initialCovers90 = "INITIAL-COVERS-90"
    case addlHour31 = "ADDL-HOUR-31"
    case hydMin31 = "HYD-MIN-31"
    case hydSecondaryUnits = "HYD-SECONDARY-UNITS"
    case seqAddlHours = "SEQ-ADDL-HOURS"
    case r96417Once96415Hours = "96417-ONCE-96415-HOURS"
    case seqNewDrug = "SEQ-NEW-DRUG"
    case concurrentSameAccess = "CONCURRENT-SAME-ACCESS"
    case concurrentOnce = "CONCURRENT-ONCE"
    case concurrentOverlapAlloc = "CONCURRENT-OVERLAP-ALLOC"
    case chemoConcurrent = "CHEMO-CONCURRENT"
    case hydConcurrent = "HYD-CONCURRENT"
    case hydSumSegments = "HYD-SUM-SEGMENTS"
    case pushNewDrug96375 = "PUSH-NEW-DRUG-96375"
    case sameTimePush = "SAME-TIME-PUSH"
    case repeatPush30 = "REPEAT-PUSH-30"
    case r96376FacilityOnly = "96376-FACILITY-ONLY"
    case pushAfterInfusionSameDrug = "PUSH-AFTER-INFUSION-SAME-DRUG"
    case bolusBeforeInfusionSameDrug = "BOLUS-BEFORE-INFUSION-SAME-DRUG"
    case chemoPush96411 = "CHEMO-PUSH-96411"
    case sameDrugIntermittent = "SAME-DRUG-INTERMITTENT"
    case hydMedicalNecessity = "HYD-MEDICAL-NECESSITY"
    case kvoFlush = "KVO-FLUSH"
    case hydCarrierIncidental = "HYD-CARRIER-INCIDENTAL"
    case hydVolume500 = "HYD-VOLUME-500"
    case bloodTransfusionHyd = "BLOOD-TRANSFUSION-HYD"
    case transfusionNotDrugAdmin = "TRANSFUSION-NOT-DRUG-ADMIN"
    case transfusionPremed = "TRANSFUSION-PREMED"
    case contrast = "CONTRAST"
    case bundledProcedureSedation = "BUNDLED-PROCEDURE-SEDATION"
    case includedServices = "INCLUDED-SERVICES"
    case portIrrigation96523 = "PORT-IRRIGATION-96523"
    case intraArterial96373 = "INTRA-ARTERIAL-96373"
    case chemoProlonged96416 = "CHEMO-PROLONGED-96416"
    case addonRequiresPrimary = "ADDON-REQUIRES-PRIMARY"
    case reportAllHcpcs = "REPORT-ALL-HCPCS"
    case physVsFacility = "PHYS-VS-FACILITY"
    case modifiers = "MODIFIERS"

    /// All IDs in the order of `rules.md`.
    public static let all: [RuleID] = allCases

    public var description: String { rawValue }
    /// The id's position in `all` (0, 1, 2…): for tables and sets of rules indexed by number.
    public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }   // a case without payload is its tag
    // By case, not by text: the standard library's defaults for a raw-valued type compare and hash the raw
    // string, and the engine puts rule ids in lists and sets thousands of times a run.
    public static func == (a: RuleID, b: RuleID) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// In the order of their ids' text (as listings sort them).
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

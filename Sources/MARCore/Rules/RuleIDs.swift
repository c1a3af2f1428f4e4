/// Every rule ID of `rules.md` §2 (and §5), verbatim. Use these, never string literals, in the engine.
extension RuleID {
    public static let edObsContinuous: RuleID = "ED-OBS-CONTINUOUS"
    public static let midnightNoReset: RuleID = "MIDNIGHT-NO-RESET"
    public static let lineItemDos: RuleID = "LINE-ITEM-DOS"
    public static let separateEncounterSameDay: RuleID = "SEPARATE-ENCOUNTER-SAME-DAY"
    public static let inpatientExcluded: RuleID = "INPATIENT-EXCLUDED"
    public static let paymentWindow: RuleID = "PAYMENT-WINDOW"
    public static let orderNotAdmin: RuleID = "ORDER-NOT-ADMIN"
    public static let heldNotGiven: RuleID = "HELD-NOT-GIVEN"
    public static let routeNotIv: RuleID = "ROUTE-NOT-IV"
    public static let imsqPerInjection: RuleID = "IMSQ-PER-INJECTION"
    public static let outsideEncounter: RuleID = "OUTSIDE-ENCOUNTER"
    public static let notInScope: RuleID = "NOT-IN-SCOPE"
    public static let vaccineAdmin: RuleID = "VACCINE-ADMIN"
    public static let categoryFromData: RuleID = "CATEGORY-FROM-DATA"
    public static let hydCategory: RuleID = "HYD-CATEGORY"
    public static let pushMax15: RuleID = "PUSH-MAX-15"
    public static let infMin16: RuleID = "INF-MIN-16"
    public static let pushMethodDocumented: RuleID = "PUSH-METHOD-DOCUMENTED"
    public static let singleInfusate: RuleID = "SINGLE-INFUSATE"
    public static let timeFromMar: RuleID = "TIME-FROM-MAR"
    public static let newBagContinues: RuleID = "NEW-BAG-CONTINUES"
    public static let rateChangeContinues: RuleID = "RATE-CHANGE-CONTINUES"
    public static let pauseExcluded: RuleID = "PAUSE-EXCLUDED"
    public static let flushExcluded: RuleID = "FLUSH-EXCLUDED"
    public static let reactionStop: RuleID = "REACTION-STOP"
    public static let noStopTime: RuleID = "NO-STOP-TIME"
    public static let oneInitialPerEncounter: RuleID = "ONE-INITIAL-PER-ENCOUNTER"
    public static let hierFacility: RuleID = "HIER-FACILITY"
    public static let hierTiebreak: RuleID = "HIER-TIEBREAK"
    public static let subsequentEvenIfFirstOfType: RuleID = "SUBSEQUENT-EVEN-IF-FIRST-OF-TYPE"
    public static let hydNeverInitialWithDrug: RuleID = "HYD-NEVER-INITIAL-WITH-DRUG"
    public static let secondSite59: RuleID = "SECOND-SITE-59"
    public static let multiLumenOneSite: RuleID = "MULTI-LUMEN-ONE-SITE"
    public static let scInfusion: RuleID = "SC-INFUSION"
    public static let initialCovers90: RuleID = "INITIAL-COVERS-90"
    public static let addlHour31: RuleID = "ADDL-HOUR-31"
    public static let hydMin31: RuleID = "HYD-MIN-31"
    public static let hydSecondaryUnits: RuleID = "HYD-SECONDARY-UNITS"
    public static let seqAddlHours: RuleID = "SEQ-ADDL-HOURS"
    public static let r96417Once96415Hours: RuleID = "96417-ONCE-96415-HOURS"
    public static let seqNewDrug: RuleID = "SEQ-NEW-DRUG"
    public static let concurrentSameAccess: RuleID = "CONCURRENT-SAME-ACCESS"
    public static let concurrentOnce: RuleID = "CONCURRENT-ONCE"
    public static let concurrentOverlapAlloc: RuleID = "CONCURRENT-OVERLAP-ALLOC"
    public static let chemoConcurrent: RuleID = "CHEMO-CONCURRENT"
    public static let hydConcurrent: RuleID = "HYD-CONCURRENT"
    public static let hydSumSegments: RuleID = "HYD-SUM-SEGMENTS"
    public static let pushNewDrug96375: RuleID = "PUSH-NEW-DRUG-96375"
    public static let sameTimePush: RuleID = "SAME-TIME-PUSH"
    public static let repeatPush30: RuleID = "REPEAT-PUSH-30"
    public static let r96376FacilityOnly: RuleID = "96376-FACILITY-ONLY"
    public static let pushAfterInfusionSameDrug: RuleID = "PUSH-AFTER-INFUSION-SAME-DRUG"
    public static let bolusBeforeInfusionSameDrug: RuleID = "BOLUS-BEFORE-INFUSION-SAME-DRUG"
    public static let chemoPush96411: RuleID = "CHEMO-PUSH-96411"
    public static let sameDrugIntermittent: RuleID = "SAME-DRUG-INTERMITTENT"
    public static let hydMedicalNecessity: RuleID = "HYD-MEDICAL-NECESSITY"
    public static let kvoFlush: RuleID = "KVO-FLUSH"
    public static let hydCarrierIncidental: RuleID = "HYD-CARRIER-INCIDENTAL"
    public static let hydVolume500: RuleID = "HYD-VOLUME-500"
    public static let bloodTransfusionHyd: RuleID = "BLOOD-TRANSFUSION-HYD"
    public static let transfusionNotDrugAdmin: RuleID = "TRANSFUSION-NOT-DRUG-ADMIN"
    public static let transfusionPremed: RuleID = "TRANSFUSION-PREMED"
    public static let contrast: RuleID = "CONTRAST"
    public static let bundledProcedureSedation: RuleID = "BUNDLED-PROCEDURE-SEDATION"
    public static let includedServices: RuleID = "INCLUDED-SERVICES"
    public static let portIrrigation96523: RuleID = "PORT-IRRIGATION-96523"
    public static let intraArterial96373: RuleID = "INTRA-ARTERIAL-96373"
    public static let chemoProlonged96416: RuleID = "CHEMO-PROLONGED-96416"
    public static let addonRequiresPrimary: RuleID = "ADDON-REQUIRES-PRIMARY"
    public static let reportAllHcpcs: RuleID = "REPORT-ALL-HCPCS"
    public static let physVsFacility: RuleID = "PHYS-VS-FACILITY"
    public static let modifiers: RuleID = "MODIFIERS"

    /// All IDs in the order of `rules.md`.
    public static let all: [RuleID] = [
        .edObsContinuous,
        .midnightNoReset,
        .lineItemDos,
        .separateEncounterSameDay,
        .inpatientExcluded,
        .paymentWindow,
        .orderNotAdmin,
        .heldNotGiven,
        .routeNotIv,
        .imsqPerInjection,
        .outsideEncounter,
        .notInScope,
        .vaccineAdmin,
        .categoryFromData,
        .hydCategory,
        .pushMax15,
        .infMin16,
        .pushMethodDocumented,
        .singleInfusate,
        .timeFromMar,
        .newBagContinues,
        .rateChangeContinues,
        .pauseExcluded,
        .flushExcluded,
        .reactionStop,
        .noStopTime,
        .oneInitialPerEncounter,
        .hierFacility,
        .hierTiebreak,
        .subsequentEvenIfFirstOfType,
        .hydNeverInitialWithDrug,
        .secondSite59,
        .multiLumenOneSite,
        .scInfusion,
        .initialCovers90,
        .addlHour31,
        .hydMin31,
        .hydSecondaryUnits,
        .seqAddlHours,
        .r96417Once96415Hours,
        .seqNewDrug,
        .concurrentSameAccess,
        .concurrentOnce,
        .concurrentOverlapAlloc,
        .chemoConcurrent,
        .hydConcurrent,
        .hydSumSegments,
        .pushNewDrug96375,
        .sameTimePush,
        .repeatPush30,
        .r96376FacilityOnly,
        .pushAfterInfusionSameDrug,
        .bolusBeforeInfusionSameDrug,
        .chemoPush96411,
        .sameDrugIntermittent,
        .hydMedicalNecessity,
        .kvoFlush,
        .hydCarrierIncidental,
        .hydVolume500,
        .bloodTransfusionHyd,
        .transfusionNotDrugAdmin,
        .transfusionPremed,
        .contrast,
        .bundledProcedureSedation,
        .includedServices,
        .portIrrigation96523,
        .intraArterial96373,
        .chemoProlonged96416,
        .addonRequiresPrimary,
        .reportAllHcpcs,
        .physVsFacility,
        .modifiers,
    ]
}

/// The wrong answers each deciding rule must explain, on that rule's own examples. Every answer here was
/// reasoned from `rules.md` for the example's MAR: it is the classic mistake the rule exists to catch.
enum RuleMistakes {
    static let byRule: [RuleID: [RuleMistake]] = [
        // Encounter, status and scope
        .edObsContinuous: [RuleMistake("a second initial in observation", example: 2, answer: "96374x2"),
                           RuleMistake("the ED push and the observation infusion each coded as initial", answer: "96374 96365")],
        .midnightNoReset: [RuleMistake("a new initial after midnight", answer: "96365x2")],
        .inpatientExcluded: [RuleMistake("a push after the inpatient order billed", answer: "96365 96375")],
        .orderNotAdmin: [RuleMistake("an ordered drug never hung billed", answer: "96365 96375")],
        .heldNotGiven: [RuleMistake("a held dose billed", answer: "96374 96376")],
        .routeNotIv: [RuleMistake("an oral dose billed as a push", answer: "96374")],
        .imsqPerInjection: [RuleMistake("one dose in two syringes billed twice", example: 1, answer: "96372x2")],
        .outsideEncounter: [RuleMistake("a push after discharge billed", answer: "96374")],
        .notInScope: [RuleMistake("intrathecal chemotherapy billed as a chemotherapy push", answer: "96409")],
        .vaccineAdmin: [RuleMistake("a vaccine billed as an injection", answer: "96372")],
        // Classification of each administration
        .categoryFromData: [RuleMistake("chemotherapy billed as a drug infusion", answer: "96365")],
        .hydCategory: [RuleMistake("hydration billed as a drug infusion", answer: "96365")],
        .pushMax15: [RuleMistake("a 15-minute bag called an infusion", answer: "96365")],
        .infMin16: [RuleMistake("a 16-minute bag called a push", answer: "96374")],
        .pushMethodDocumented: [RuleMistake("a documented 20-minute push called an infusion", answer: "96365")],
        // Computing time from the MAR
        .flushExcluded: [RuleMistake("a flush billed as a push", example: 1, answer: "96374")],
        .noStopTime: [RuleMistake("a start-only bag billed as an infusion", answer: "96365")],
        // Initial service, hierarchy, access sites
        .addonRequiresPrimary: [RuleMistake("the first hour coded as an added hour", example: 2, answer: "96366x2")],
        .oneInitialPerEncounter: [RuleMistake("each infusion coded as initial", answer: "96365x2")],
        .hierFacility: [RuleMistake("the earlier push coded as initial", answer: "96374 96367")],
        .hydNeverInitialWithDrug: [RuleMistake("96360 beside a drug push", answer: "96374 96360")],
        .scInfusion: [RuleMistake("a subcutaneous infusion billed as IV", answer: "96365")],
        // Time units
        .initialCovers90: [RuleMistake("90 minutes billed an added hour", answer: "96365 96366")],
        .addlHour31: [RuleMistake("a partial hour of 30 minutes billed", example: 1, answer: "96365 96366x2")],
        .hydMin31: [RuleMistake("30 minutes of fluid billed", answer: "96360")],
        .hydConcurrent: [RuleMistake("the drug's minutes left in the hydration time", answer: "96365 96361x3")],
        .hydSumSegments: [RuleMistake("each bag of saline billed as its own hydration", example: 2, answer: "96360x2")],
        // Sequential and concurrent administration
        .concurrentSameAccess: [RuleMistake("two infusions at once on two lines billed as concurrent", answer: "96365 96368")],
        .seqNewDrug: [RuleMistake("a new drug billed as an added hour", answer: "96365 96366")],
        .concurrentOnce: [RuleMistake("96368 for each concurrent drug", answer: "96365 96366 96368x2")],
        .concurrentOverlapAlloc: [RuleMistake("an overlapping infusion called concurrent",
                                              answer: "96365 96366x3 96367 96368")],
        // Pushes
        .sameTimePush: [RuleMistake("both same-minute pushes charged under a one-charge policy", example: 1,
                                     answer: "96374 96375")],
        .repeatPush30: [RuleMistake("96376 for a repeat within 30 min", example: 1, answer: "96374 96376")],
        .r96376FacilityOnly: [RuleMistake("96376 on a physician claim", example: 1, answer: "96374 96376")],
        .bolusBeforeInfusionSameDrug: [RuleMistake("the loading bolus billed as a repeat push",
                                                   answer: "96365 96366 96376")],
        // Same drug given again by infusion
        .sameDrugIntermittent: [RuleMistake("the same drug again billed as sequential", answer: "96365 96367")],
        // Hydration medical necessity and incidental fluids
        .hydMedicalNecessity: [RuleMistake("routine fluids billed as hydration", answer: "96360 96361")],
        .kvoFlush: [RuleMistake("keep-vein-open fluid billed as hydration", answer: "96365 96361")],
        .hydCarrierIncidental: [RuleMistake("carrier fluid billed as hydration", answer: "96365 96361")],
        .transfusionNotDrugAdmin: [RuleMistake("a transfusion billed as a drug infusion", answer: "96365 96366")],
        // Bundling with other services
        .contrast: [RuleMistake("contrast billed as a push", answer: "96374")],
        .bundledProcedureSedation: [RuleMistake("procedural sedation billed as a push", answer: "96374")],
        .portIrrigation96523: [RuleMistake("port irrigation billed beside a push", example: 1, answer: "96374 96523")],
        .intraArterial96373: [RuleMistake("an intra-arterial injection billed as an IV push", answer: "96374")],
        .chemoProlonged96416: [RuleMistake("the pump start billed as a sequential chemotherapy infusion",
                                           answer: "96413 96415 96417")],
        .hydVolume500: [RuleMistake("500 mL billed as hydration under a volume policy", answer: "96360")],
        .transfusionPremed: [RuleMistake("a premedication push billed under a bundling policy", answer: "96374")],
        .paymentWindow: [RuleMistake("the ED infusion billed on the outpatient claim under the payment window",
                                     answer: "96365")],
        .chemoConcurrent: [RuleMistake("two chemotherapy drugs at once billed as a concurrent infusion",
                                       answer: "96413 96415 96368")],
        .hierTiebreak: [RuleMistake("the earlier of two infusions made initial", example: 1, answer: "96365 96367")],
        // Reporting conventions
        .physVsFacility: [RuleMistake("the facility hierarchy on a physician claim", answer: "96365 96375")],
    ]
}

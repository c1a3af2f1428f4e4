extension RuleCatalog {
    /// `rules.md` §2.G: IV pushes.
    static let pushes: [Rule] = [
        Rule(.pushNewDrug96375, "Each new drug by push is 96375", section: .pushes,
             statement: "Each IV push of a different non-chemotherapy drug after the initial service on the access is 96375, "
                 + "once per drug, even when it is given while an infusion is running.",
             sources: ["CPT 96375 descriptor", "CMS CR 3631 via Noridian", "Haugen Q&A (push during a running infusion)"],
             examples: [
                RuleExample("Ondansetron 09:00, ketorolac 09:30: 96374 and 96375", codes: "96374 96375", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: ketorolac 15 mg
                        drug: ketorolac
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:30 Given
                    """),
                RuleExample("A single push is the initial service, not 96375", fires: false, codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.sameTimePush, "Different drugs pushed at the same minute", section: .pushes,
             statement: "Different drugs pushed at the same charted minute from separate syringes are each reportable, "
                 + "unless the facility charges only one push per minute.",
             sources: ["CPT 96375 descriptor (each additional sequential push)", "Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog) (one charge per minute policy)",
                       "sources disagree; one charge per minute is a facility policy"],
             option: "sameMinutePushesOnce",
             examples: [
                RuleExample("Ondansetron and famotidine both at 09:00: 96374 and 96375", codes: "96374 96375", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: famotidine 20 mg
                        drug: famotidine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("Under sameMinutePushesOnce only one of them is charged", codes: "96374", """
                    policy:
                      sameMinutePushesOnce: true
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: famotidine 20 mg
                        drug: famotidine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("One minute apart there is no same-minute question", fires: false, codes: "96374 96375", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: famotidine 20 mg
                        drug: famotidine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:01 Given
                    """),
             ]),
        Rule(.repeatPush30, "A repeat push needs more than 30 minutes", section: .pushes,
             statement: "A push of the same drug is 96376 only when it comes more than 30 minutes (31 or more) after the "
                 + "last reported push of that drug; at 30 minutes or less it is not reported.",
             sources: ["CPT parenthetical via ASCO JOP 2009", "University of Miami OBC; CentraMed", "Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)",
                       "contra: Wilkinson, “The MAR Explained” (coding blog) (at least 30)"],
             option: "repeatPushMinGap",
             examples: [
                RuleExample("Ondansetron at 09:00 and 09:31: 31 min, 96376", codes: "96374 96376", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:31 Given
                    """),
                RuleExample("Ondansetron at 09:00 and 09:30: 30 min, not reportable", codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:30 Given
                    """),
                RuleExample("Pushes at 09:00, 09:20, 09:40: the 09:20 is dropped, the 09:40 is 40 min after the last reported push",
                            codes: "96374 96376", """
                    mar:
                      - med: morphine 4 mg
                        drug: morphine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:20 Given
                          - 01/04 09:40 Given
                    """),
                RuleExample("Under repeatPushMinGap: 30 the 09:30 push counts", codes: "96374 96376", """
                    policy:
                      repeatPushMinGap: 30
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:30 Given
                    """),
                RuleExample("Under anchorAnyPush the 09:40 push is only 20 min after the 09:20 one", codes: "96374", """
                    policy:
                      anchorAnyPush: true
                    mar:
                      - med: morphine 4 mg
                        drug: morphine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:20 Given
                          - 01/04 09:40 Given
                    """),
             ]),
        Rule(.r96376FacilityOnly, "96376 is for facilities only", section: .pushes,
             statement: "96376 may be reported by a facility only; a physician reports nothing for a repeat push of the "
                 + "same drug.",
             sources: ["CPT parenthetical via AAPC, Skip 96376 on Physician Claim (MPFS status X)", "ASCO JOP 2009"],
             examples: [
                RuleExample("Facility: ondansetron at 09:00 and 10:00, 96374 and 96376", codes: "96374 96376", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 10:00 Given
                    """),
                RuleExample("Professional setting: the repeat push gets nothing", codes: "96374", """
                    setting: professional
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 10:00 Given
                    """),
             ]),
        Rule(.pushAfterInfusionSameDrug, "A push of a drug also infused", section: .pushes,
             statement: "A push of a drug that is also infused in the encounter is 96376 when it comes more than 30 minutes "
                 + "after that infusion stopped (or before it started); within 30 minutes it is part of the infusion.",
             sources: ["AAPC Inpatient Facility Coding Alert (infusion, same drug pushed 1 h later: 96376)", "HCPro 2013",
                       "MARCoach convention (the 30-minute window around the infusion)"],
             convention: true,
             examples: [
                RuleExample("Levetiracetam infused 09:00–11:00, pushed again at 12:00: 96376", codes: "96365 96366 96376", """
                    mar:
                      - med: levetiracetam 1,500 mg in 100 mL
                        drug: levetiracetam
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: levetiracetam 500 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 12:00 Given
                    """),
                RuleExample("Pushed 31 min after the infusion stopped: 96376", codes: "96365 96366 96376", """
                    mar:
                      - med: levetiracetam 1,500 mg in 100 mL
                        drug: levetiracetam
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: levetiracetam 500 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 11:31 Given
                    """),
                RuleExample("Pushed 30 min after the infusion stopped: part of the infusion", codes: "96365 96366", """
                    mar:
                      - med: levetiracetam 1,500 mg in 100 mL
                        drug: levetiracetam
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: levetiracetam 500 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 11:30 Given
                    """),
             ]),
        Rule(.bolusBeforeInfusionSameDrug, "A loading bolus belongs to its infusion", section: .pushes,
             statement: "A therapeutic push of a drug given up to 30 minutes before, or during, an infusion of the same "
                 + "drug is part of that infusion; a chemotherapy push before a pump infusion of the same drug is reported separately.",
             sources: ["CentraMed charge-audit tip (Injections and Infusions Tool kit 2012)", "AAPC FOLFOX answer (5-FU bolus and pump)",
                       "sources disagree (CentraMed vs a literal CPT reading)"],
             option: "bolusBeforeInfusionIncluded", convention: true,
             examples: [
                RuleExample("Heparin bolus 09:00, drip 09:05–11:00: only the infusion", codes: "96365 96366", """
                    mar:
                      - med: heparin bolus 5,000 units
                        drug: heparin
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: heparin 25,000 units in 250 mL
                        drug: heparin
                        class: therapeutic
                        route: IV infusion
                        entries:
                          - 01/04 09:05 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("Under bolusBeforeInfusionIncluded: false the bolus is a repeat push, 96376",
                            codes: "96365 96366 96376", """
                    policy:
                      bolusBeforeInfusionIncluded: false
                    mar:
                      - med: heparin bolus 5,000 units
                        drug: heparin
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: heparin 25,000 units in 250 mL
                        drug: heparin
                        class: therapeutic
                        route: IV infusion
                        entries:
                          - 01/04 09:05 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("FOLFOX: fluorouracil push, then the same drug on a 46-h pump: both reported", fires: false,
                            codes: "96409 96416", """
                    mar:
                      - med: fluorouracil 400 mg/m2
                        drug: fluorouracil
                        class: chemotherapy
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: fluorouracil 2,400 mg/m2 over 46 h
                        drug: fluorouracil
                        class: chemotherapy
                        route: IV infusion
                        pump: portable
                        planned: 46 h
                        entries:
                          - 01/04 09:05 New Bag
                    """),
             ]),
        Rule(.chemoPush96411, "Each additional chemotherapy drug by push is 96411", section: .pushes,
             statement: "Each push of a different chemotherapy drug after the initial chemotherapy service is 96411; a repeat "
                 + "push of the same chemotherapy drug has no code and is flagged, not scored.",
             sources: ["CPT 96411 descriptor", "medicalcodingnews/AAPC FOLFOX4 (5-FU bolus after oxaliplatin: 96411)", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Doxorubicin push, then vincristine push: 96409 and 96411", codes: "96409 96411", """
                    mar:
                      - med: doxorubicin 50 mg/m2
                        drug: doxorubicin
                        class: chemotherapy
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: vincristine 1.4 mg/m2
                        drug: vincristine
                        class: chemotherapy
                        route: IV push
                        entries:
                          - 01/04 09:10 Given
                    """),
                RuleExample("Fluorouracil push after an oxaliplatin infusion: 96411", codes: "96413 96415 96411", """
                    mar:
                      - med: oxaliplatin 85 mg/m2
                        drug: oxaliplatin
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: fluorouracil 400 mg/m2
                        drug: fluorouracil
                        class: chemotherapy
                        route: IV push
                        entries:
                          - 01/04 11:05 Given
                    """),
                RuleExample("Doxorubicin pushed again an hour later: no code exists, flagged", codes: "96409", """
                    mar:
                      - med: doxorubicin 25 mg/m2
                        drug: doxorubicin
                        class: chemotherapy
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 10:00 Given
                    """),
             ]),
    ]
}

extension RuleCatalog {
    /// `rules.md` §2.A: what belongs to the encounter, and what is in scope at all.
    static let encounter: [Rule] = [
        Rule(.edObsContinuous, "ED and observation are one encounter", section: .encounter,
             statement: "An ED visit and the observation stay that follows it at the same hospital are one outpatient "
                 + "encounter, however many calendar days it spans, so the initial service is chosen once for the whole stay.",
             sources: ["CMS IOM 100-04 Ch.4 §230.2(B) via Noridian", "HCPro APCs Insider 2013", "MedLearn/ICD10monitor 2022",
                       "Wilkinson, “The MAR Explained” (coding blog)"],
             examples: [
                RuleExample("A push in the ED and an infusion the next morning in observation: the infusion is the initial service",
                            codes: "96365 96375", """
                    encounter:
                      timeline:
                        - 01/04 20:00 ED arrival
                        - 01/04 23:00 Observation order
                        - 01/05 12:00 Discharge
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 21:00 Given
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 08:00 New Bag
                          - 01/05 08:40 Stopped
                    """),
                RuleExample("An ED visit with no observation stay: there is nothing to join", fires: false,
                            codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("A push in the ED and another drug pushed in observation the same day: one initial, then 96375",
                            codes: "96374 96375", """
                    encounter:
                      timeline:
                        - 01/04 08:00 ED arrival
                        - 01/04 11:00 Observation order
                        - 01/05 10:00 Discharge
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
                          - 01/04 14:00 Given
                    """),
             ]),
        Rule(.midnightNoReset, "Midnight does not reset the initial service", section: .encounter,
             statement: "An encounter that crosses midnight keeps one initial service per access; a new calendar day "
                 + "does not start a new initial service.",
             sources: ["CMS Transmittal 1702 (2009) via Revenue Cycle Advisor", "CMS Transmittal 2141 via Haugen",
                       "CMS Open Door Forum Jan 2007 via HCPro 2009"],
             option: "initialPerCalendarDay",
             examples: [
                RuleExample("Ceftriaxone before midnight, vancomycin after: still one initial, the second is sequential",
                            codes: "96365 96367", """
                    encounter:
                      timeline:
                        - 01/04 20:00 ED arrival
                        - 01/05 06:00 Discharge
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 21:00 New Bag
                          - 01/04 21:40 Stopped
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 01:00 New Bag
                          - 01/05 01:40 Stopped
                    """),
                RuleExample("Under initialPerCalendarDay each date has its own initial service",
                            codes: "96365x2", """
                    encounter:
                      timeline:
                        - 01/04 20:00 ED arrival
                        - 01/05 06:00 Discharge
                    policy:
                      initialPerCalendarDay: true
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 21:00 New Bag
                          - 01/04 21:40 Stopped
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 01:00 New Bag
                          - 01/05 01:40 Stopped
                    """),
             ]),
        Rule(.lineItemDos, "Each line carries its date of service", section: .encounter,
             statement: "Every drug-administration line is dated with the day the service was given; answers are scored "
                 + "at encounter level, and under allocateUnitsByDate an added-hour unit takes the date on which its hour began.",
             sources: ["CMS Transmittal 1702 via Revenue Cycle Advisor and Haugen", "HCPro 2009 (23:48–01:30 hydration)"],
             option: "allocateUnitsByDate",
             examples: [
                RuleExample("A push before midnight and another drug after it: two lines on two dates",
                            codes: "96374 96375", """
                    encounter:
                      timeline:
                        - 01/04 22:00 ED arrival
                        - 01/05 06:00 Discharge
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 22:30 Given
                      - med: ketorolac 15 mg
                        drug: ketorolac
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/05 01:00 Given
                    """),
                RuleExample("Under allocateUnitsByDate, 150 min of fluid from 23:30: the 96361 hour began after midnight",
                            codes: "96360 96361", """
                    encounter:
                      timeline:
                        - 01/04 22:00 ED arrival
                        - 01/05 06:00 Discharge
                    policy:
                      allocateUnitsByDate: true
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 23:30 New Bag
                          - 01/05 02:00 Stopped
                    """),
                RuleExample("The same fluid under the default: every unit is dated by the start of the administration",
                            fires: false, codes: "96360 96361", """
                    encounter:
                      timeline:
                        - 01/04 22:00 ED arrival
                        - 01/05 06:00 Discharge
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 23:30 New Bag
                          - 01/05 02:00 Stopped
                    """),
             ]),
        Rule(.separateEncounterSameDay, "A return visit the same day is a new encounter", section: .encounter,
             statement: "A patient discharged and registered again later the same day starts a separate encounter with "
                 + "its own initial service, reported with modifier 59 (or XE).",
             sources: ["NCCI Policy Manual Ch. XI via AAPC Oncology Coding Alert", "HCPro 2009 (7 a.m. and 7 p.m. visits)",
                       "NAMAS 2021"],
             examples: [
                RuleExample("Ondansetron at a morning visit and again at an evening visit: two initial pushes",
                            codes: "96374 96374-59", """
                    encounter:
                      timeline:
                        - 01/04 08:00 ED arrival
                        - 01/04 10:00 Discharge
                        - 01/04 18:00 ED arrival
                        - 01/04 20:00 Discharge
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 19:00 Given
                    """),
                RuleExample("The same two pushes within one visit: the second is a repeat push, 96376", fires: false,
                            codes: "96374 96376", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 19:00 Given
                    """),
             ]),
        Rule(.inpatientExcluded, "Nothing after the inpatient order", section: .encounter,
             statement: "Administrations at or after the inpatient admission order are not outpatient services, and an "
                 + "infusion running across the order counts only its minutes before it (a cut piece of 15 min or less is not reported). "
                 + "An infusion still running at discharge is cut the same way (D2): a piece of 15 min or less before discharge is not reported.",
             sources: ["Noridian, Outpatient to Inpatient Status Change", "AHIMA Body of Knowledge", "Wilkinson, “The MAR Explained” (coding blog); Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog)"],
             option: "truncatedShortAsPush",
             examples: [
                RuleExample("Infusion 09:00–11:00, inpatient order 10:30: 90 outpatient minutes; the 11:30 push is inpatient",
                            codes: "96365", """
                    encounter:
                      timeline:
                        - 01/04 08:00 ED arrival
                        - 01/04 10:30 Inpatient order
                        - 01/06 12:00 Discharge
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 11:30 Given
                    """),
                RuleExample("Infusion 10:20–11:00 with the order at 10:30: 10 outpatient minutes, not reported",
                            codes: "", """
                    encounter:
                      timeline:
                        - 01/04 08:00 ED arrival
                        - 01/04 10:30 Inpatient order
                        - 01/06 12:00 Discharge
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:20 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("Infusion 09:50–10:20 with discharge at 10:00: 10 minutes before discharge, not reported",
                            codes: "", """
                    encounter:
                      timeline:
                        - 01/04 09:00 ED arrival
                        - 01/04 10:00 Discharge
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:50 New Bag
                          - 01/04 10:20 Stopped
                    """),
             ]),
        Rule(.paymentWindow, "IPPS payment window (option)", section: .encounter,
             statement: "Under ippsPaymentWindow, an encounter that ends in an inpatient admission reports no outpatient "
                 + "drug-administration codes, because they go on the inpatient claim.",
             sources: ["Noridian, Outpatient to Inpatient Status Change", "sources differ by hospital type (critical access vs IPPS)"],
             option: "ippsPaymentWindow", core: false,
             examples: [
                RuleExample("ippsPaymentWindow on: the ED infusion before the inpatient order goes on the inpatient claim",
                            codes: "", """
                    encounter:
                      timeline:
                        - 01/04 08:00 ED arrival
                        - 01/04 12:00 Inpatient order
                        - 01/06 12:00 Discharge
                    policy:
                      ippsPaymentWindow: true
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                    """),
                RuleExample("The default profile codes the ED portion", fires: false, codes: "96365", """
                    encounter:
                      timeline:
                        - 01/04 08:00 ED arrival
                        - 01/04 12:00 Inpatient order
                        - 01/06 12:00 Discharge
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                    """),
             ]),
        Rule(.orderNotAdmin, "An order is not a service", section: .encounter,
             statement: "An order, pharmacy verification or dispense with no administration charted produces no code.",
             sources: ["Novitas CERT example (fluids ordered, not documented as given)", "Wilkinson, “The MAR Explained” (coding blog); “Infusion Therapy Coding 2026: Push vs Infusion” (web article)"],
             examples: [
                RuleExample("Ceftriaxone ordered but never hung; only the ondansetron push counts", codes: "96374", """
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        order: 01/04 08:30 ceftriaxone 1 g IV once over 30 min
                        entries: []
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.heldNotGiven, "Held and cancelled doses are not given", section: .encounter,
             statement: "MAR actions that do not record an administration (Held, Missed, Refused, Due, Pending, Prepared, "
                 + "a cancelled entry and the like) produce nothing.",
             sources: ["Epic MAR action list (open.epic.com EXT_ORDER_MAR_INFO)", "Wilkinson, “The MAR Explained” (coding blog)"],
             examples: [
                RuleExample("09:00 given, 13:00 held: one push", codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 13:00 Held
                    """),
                RuleExample("A Given cancelled by a Canceled Entry: nothing was given", codes: "", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:05 Canceled Entry
                    """),
             ]),
        Rule(.routeNotIv, "Non-parenteral routes get no code", section: .encounter,
             statement: "Oral, sublingual, inhaled, topical, transdermal, eye, ear, rectal, intranasal and intradermal "
                 + "administrations get no 963xx/964xx code.",
             sources: ["Wilkinson, “The MAR Explained” (coding blog) (filter by route)", "WeAreMedicalCoders, The MAR", "codingahead 96372"],
             examples: [
                RuleExample("Acetaminophen by mouth: no code", codes: "", """
                    mar:
                      - med: acetaminophen 650 mg tablet
                        drug: acetaminophen
                        class: therapeutic
                        route: PO
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("The same minute an IV push of ondansetron: only the push is coded", codes: "96374", """
                    mar:
                      - med: acetaminophen 650 mg tablet
                        drug: acetaminophen
                        class: therapeutic
                        route: PO
                        entries:
                          - 01/04 09:00 Given
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.imsqPerInjection, "IM and SC injections: one code each, outside the hierarchy", section: .encounter,
             statement: "Each IM or SC injection is 96372 (96401 chemotherapy, 96402 hormonal antineoplastic), never takes "
                 + "the initial IV slot, and one dose split into two syringes at the same minute is one unit.",
             sources: ["Noridian JE A, Two or More Vials", "CPT Assistant May 2010 via AAPC (split dose)", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog); NAMAS 2021"],
             option: "splitDosePerInjection",
             examples: [
                RuleExample("An IM injection and an IV push: the push is still the initial IV service", codes: "96374 96372", """
                    mar:
                      - med: ceftriaxone 1 g IM
                        drug: ceftriaxone
                        class: therapeutic
                        route: IM
                        entries:
                          - 01/04 09:00 Given
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 10:00 Given
                    """),
                RuleExample("One dose drawn into two syringes at the same minute: one 96372", codes: "96372", """
                    mar:
                      - med: ceftriaxone 2 g IM
                        drug: ceftriaxone
                        class: therapeutic
                        route: IM
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:00 Given
                    """),
                RuleExample("A hormonal antineoplastic by SC injection: 96402", codes: "96402", """
                    mar:
                      - med: leuprolide 22.5 mg
                        drug: leuprolide
                        class: chemotherapy-hormonal
                        route: SubQ
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.outsideEncounter, "Outside every visit: no code", section: .encounter,
             statement: "An administration charted after the discharge of its visit (or between a discharge and the next "
                 + "arrival) belongs to no encounter and gets no code.",
             sources: ["MARCoach convention", "scenario-format.md, Timeline events"],
             convention: true,
             examples: [
                RuleExample("A push charted at 23:30, after the 23:00 discharge: no code", codes: "", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 23:30 Given
                    """),
             ]),
        Rule(.notInScope, "Other code families are out of scope", section: .encounter,
             statement: "Epidural and intra-articular administrations belong to other code families, and chemotherapy "
                 + "given intrathecally (96450), into a lesion (96405/96406) or into a pleural or peritoneal cavity "
                 + "(96440/96446) has its own chemotherapy code outside this trainer: none gets a code scored here.",
             sources: ["MARCoach convention", "see ROUTE-NOT-IV"],
             examples: [
                RuleExample("Intrathecal methotrexate: not a drug-administration code", codes: "", """
                    mar:
                      - med: methotrexate 12 mg intrathecal
                        drug: methotrexate
                        class: chemotherapy
                        route: intrathecal
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.vaccineAdmin, "Vaccines use 90471–90474", section: .encounter,
             statement: "A vaccine or toxoid is reported with immunization-administration codes 90471–90474, not 96372; "
                 + "it is flagged, not scored.",
             sources: ["codingahead 96372 (vaccine exclusion)", "MARCoach convention (rows outside the drug-administration codes)"],
             examples: [
                RuleExample("Tetanus-diphtheria toxoid IM: flagged 90471, no 96372", codes: "", """
                    mar:
                      - med: Td vaccine 0.5 mL
                        drug: tetanus-diphtheria toxoid
                        class: vaccine
                        route: IM
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("A therapeutic IM injection is 96372", fires: false, codes: "96372", """
                    mar:
                      - med: ketorolac 30 mg IM
                        drug: ketorolac
                        class: therapeutic
                        route: IM
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
    ]
}

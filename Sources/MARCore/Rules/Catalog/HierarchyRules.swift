extension RuleCatalog {
    /// `rules.md` §2.D: the initial service, the facility hierarchy and access sites.
    static let hierarchy: [Rule] = [
        Rule(.oneInitialPerEncounter, "One initial service per access per encounter", section: .hierarchy,
             statement: "Each vascular access gets exactly one initial code (96360, 96365, 96374, 96409 or 96413) per "
                 + "encounter, and every other IV service on it takes an add-on code.",
             sources: ["CMS IOM 100-04 Ch.4 §230.2(B) via Noridian", "NCCI Policy Manual Ch. XI via AAPC", "MedLearn 2021",
                       "Wilkinson, “The MAR Explained” (coding blog); “Infusion & Hydration Billing & Coding Guide” (web guide); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Two antibiotic infusions: one initial, then a sequential infusion", codes: "96365 96367", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: metronidazole 500 mg IVPB
                        drug: metronidazole
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:40 Stopped
                    """),
             ]),
        Rule(.hierFacility, "The facility hierarchy picks the initial service", section: .hierarchy,
             statement: "The initial service is the highest-ranked one on the access, whatever came first: chemotherapy "
                 + "infusion, chemotherapy push, therapeutic infusion, therapeutic push, then hydration.",
             sources: ["Noridian chemotherapy billing page", "HCPro 2007 (origin of the facility hierarchy)", "Palmetto A53778",
                       "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog); NAMAS 2021"],
             examples: [
                RuleExample("A push at 09:00 and an infusion at 10:00: the infusion is initial, the push 96375",
                            codes: "96365 96375", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:40 Stopped
                    """),
                RuleExample("Fluids first, then a push: the push is initial and the fluids secondary", codes: "96374 96361", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 10:30 Given
                    """),
             ]),
        Rule(.hierTiebreak, "Ties go to the longer infusion", section: .hierarchy,
             statement: "Among services of the same rank the initial is the one with the most active minutes, then the "
                 + "earliest start, then the first on the MAR.",
             sources: ["MedLearn Jan 31 2022 (longer drug made primary)", "MARCoach convention (no source breaks ties)"],
             convention: true,
             examples: [
                RuleExample("Cefazolin 09:00–10:30 (90) and vancomycin 10:00–14:00 (240): vancomycin is initial and keeps "
                            + "the overlap; cefazolin's 60 min left are sequential", codes: "96365 96366x3 96367", """
                    mar:
                      - med: cefazolin 2 g IVPB
                        drug: cefazolin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:30 Stopped
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 14:00 Stopped
                    """),
                RuleExample("Cefazolin 09:00–09:30 (30) and vancomycin 09:10–11:00 (110): vancomycin is initial and keeps "
                            + "the overlap; cefazolin's 10 min left are concurrent", codes: "96365 96366 96368", """
                    mar:
                      - med: cefazolin 2 g IVPB
                        drug: cefazolin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:30 Stopped
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 11:00 Stopped
                    """),
             ]),
        Rule(.subsequentEvenIfFirstOfType, "The first push after an infusion is still subsequent", section: .hierarchy,
             statement: "A push (or infusion) given after the initial service takes the subsequent code even when it is the "
                 + "first of its kind in the encounter.",
             sources: ["CMS CR 3631 via Noridian", "CPT 96375 descriptor (each additional sequential push)"],
             examples: [
                RuleExample("Infusion 09:00–09:40, then the encounter's first push at 10:00: 96375", codes: "96365 96375", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 10:00 Given
                    """),
                RuleExample("Two pushes only: the first is initial, the second a plain new-drug push", fires: false,
                            codes: "96374 96375", """
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
             ]),
        Rule(.hydNeverInitialWithDrug, "Hydration beside a drug is only 96361", section: .hierarchy,
             statement: "When any IV drug push or infusion is reported on the access, hydration is reported only with 96361; "
                 + "96360 appears only when hydration is the sole IV service there (IM and SC injections do not count).",
             sources: ["Noridian (96374 not with 96360)", "Palmetto A53778", "Select Health hydration policy"],
             examples: [
                RuleExample("Saline 09:00–10:00 with an ondansetron push at 09:30: 96374 and 96361", codes: "96374 96361", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:30 Given
                    """),
                RuleExample("Saline with only an IM injection: the saline is still the initial 96360", fires: false,
                            codes: "96360 96372", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ketorolac 30 mg IM
                        drug: ketorolac
                        class: therapeutic
                        route: IM
                        entries:
                          - 01/04 09:30 Given
                    """),
             ]),
        Rule(.secondSite59, "A second initial needs a necessary second site", section: .hierarchy,
             statement: "A second access gets its own initial service, with modifier 59 or XS, only when separate access "
                 + "was medically necessary and documented; otherwise all sites are coded as one access.",
             sources: ["CPT via Revenue Cycle Advisor (re-starts and multi-lumen ports do not count)", "NCCI Ch. XI via AAPC",
                       "Noridian (records must support two sites)", "CMS RAC issue 0071"],
             option: "anyDocumentedSecondSite",
             examples: [
                RuleExample("Vancomycin through a second line placed because it is incompatible: its own initial, -59",
                            codes: "96365 96365-59", """
                    sites:
                      A: R antecubital 20 g
                      B:
                        description: L hand 22 g
                        separate: vancomycin incompatible with the running infusion
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        site: A
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        site: B
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 10:10 Stopped
                    """),
                RuleExample("The same two sites with no documented reason: one access, and the nested drug is concurrent",
                            codes: "96365 96368", """
                    sites:
                      A: R antecubital 20 g
                      B: L hand 22 g
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        site: A
                        entries:
                          - 01/04 09:20 New Bag
                          - 01/04 09:50 Stopped
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        site: B
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 10:10 Stopped
                    """),
             ]),
        Rule(.multiLumenOneSite, "All lumens of one catheter are one access", section: .hierarchy,
             statement: "Every lumen or port of one catheter (double or triple lumen, PICC, port) is a single access, so "
                 + "it never justifies a second initial service.",
             sources: ["NCCI Ch. XI via Revenue Cycle Advisor (double lumen catheter)", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog) (multi-port IV is one site)"],
             examples: [
                RuleExample("Vancomycin and cefepime at once through two lumens of one central line: 96365 and 96368",
                            codes: "96365 96368", """
                    sites:
                      A:
                        description: R internal jugular triple-lumen
                        device: multi-lumen
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        site: A
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: cefepime 2 g IVPB
                        drug: cefepime
                        class: therapeutic
                        route: IV piggyback
                        site: A
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:30 Stopped
                    """),
             ]),
        Rule(.scInfusion, "Subcutaneous infusion has its own codes", section: .hierarchy,
             statement: "A subcutaneous pump infusion is coded 96369 (16 min or more, add-on hours 96370) outside the IV "
                 + "hierarchy; 96371 is one more pump set-up with new sites, and a run of 15 min or less is a 96372 injection.",
             sources: ["MedLearn, Subcutaneous Infusion Coding for Success", "CMS RAC issue 0071", "clearcostestimate 96369–96371"],
             examples: [
                RuleExample("Immune globulin SC by pump 09:00–10:30 (90 min): 96369", codes: "96369", """
                    mar:
                      - med: immune globulin SC 10 g
                        drug: immune globulin subcutaneous
                        class: therapeutic
                        route: SubQ infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:30 Stopped
                    """),
                RuleExample("09:00–10:31 (91 min): 96369 and one 96370", codes: "96369 96370", """
                    mar:
                      - med: immune globulin SC 10 g
                        drug: immune globulin subcutaneous
                        class: therapeutic
                        route: SubQ infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:31 Stopped
                    """),
                RuleExample("A second pump set-up at new sites: 96371", codes: "96369 96371", """
                    mar:
                      - med: immune globulin SC 10 g
                        drug: immune globulin subcutaneous
                        class: therapeutic
                        route: SubQ infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: immune globulin SC 10 g (second set-up)
                        drug: immune globulin subcutaneous
                        class: therapeutic
                        route: SubQ infusion
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:30 Stopped
                    """),
             ]),
    ]
}

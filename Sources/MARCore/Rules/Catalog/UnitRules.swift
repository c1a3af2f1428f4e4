extension RuleCatalog {
    /// `rules.md` §2.E: how minutes become units.
    static let units: [Rule] = [
        Rule(.initialCovers90, "The first-hour code covers up to 90 minutes", section: .units,
             statement: "A first-hour code (96360, 96365, 96367, 96369, 96413, 96417) covers all time up to 90 minutes; "
                 + "an added hour starts at 91.",
             sources: ["UWHC IV Infusion Mini Manual (1 h 30 is one hour)", "AAPC 2012 hydration (96360 suffices for 90 min)",
                       "medicalcoding123 2012"],
             examples: [
                RuleExample("Ceftriaxone 09:00–10:30 (90 min): 96365 alone", codes: "96365", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:30 Stopped
                    """),
                RuleExample("09:00–10:31 (91 min): the added hour is due", fires: false, codes: "96365 96366", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:31 Stopped
                    """),
             ]),
        Rule(.addlHour31, "An added hour needs more than 30 minutes past the hour", section: .units,
             statement: "Each additional-hour unit (96361, 96366, 96370, 96415) needs more than 30 minutes beyond the last "
                 + "full hour: 90 min gives 0, 91 gives 1, 150 gives 1, 151 gives 2.",
             sources: ["CPT 96366 parenthetical via iframe.ai", "AAPC 2012 hydration table", "AAPC Pulmonology (75 min vs 1 h 45)",
                       "“Infusion & Hydration Billing & Coding Guide” (web guide); “Infusion Therapy Coding 2026: Push vs Infusion” (web article); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("91 min: one 96366", codes: "96365 96366", """
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:31 Stopped
                    """),
                RuleExample("150 min: still one 96366", codes: "96365 96366", """
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:30 Stopped
                    """),
                RuleExample("151 min: two 96366", codes: "96365 96366x2", """
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:31 Stopped
                    """),
                RuleExample("90 min: no added hour", fires: false, codes: "96365", """
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:30 Stopped
                    """),
             ]),
        Rule(.hydMin31, "Hydration needs 31 minutes", section: .units,
             statement: "Hydration of 30 minutes or less is not reported, whether it would be initial or secondary; 31 "
                 + "minutes or more is reportable.",
             sources: ["CPT 96360 descriptor (31 minutes to 1 hour)", "AAPC Part B Coding Alert", "Noridian hydration CERT findings",
                       "“Infusion & Hydration Billing & Coding Guide” (web guide); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Saline 09:00–09:30 (30 min): nothing", codes: "", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:30 Stopped
                    """),
                RuleExample("Saline 09:00–09:31 (31 min): 96360", codes: "96360", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:31 Stopped
                    """),
             ]),
        Rule(.hydSecondaryUnits, "Secondary hydration units", section: .units,
             statement: "Hydration after a different initial service is 96361 from 31 minutes, with one more unit at 91, 151 "
                 + "and every further 60 minutes.",
             sources: ["HCPro 2009 (102 min gives 96361 ×2)", "MedLearn Nov 2021 (175 min gives ×3)", "Emerald Health (120 min gives ×2)"],
             examples: [
                RuleExample("A push, then saline 10:00–11:30 (90 min): 96361 ×1", codes: "96374 96361", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 11:30 Stopped
                    """),
                RuleExample("A push, then saline 10:00–11:31 (91 min): 96361 ×2", codes: "96374 96361x2", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 11:31 Stopped
                    """),
                RuleExample("A push, then saline 10:00–10:30 (30 min): no hydration at all", fires: false, codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:30 Stopped
                    """),
             ]),
        Rule(.seqAddlHours, "96367 once; later hours are 96366", section: .units,
             statement: "A sequential therapeutic infusion is reported once with 96367 for its first 90 minutes, and its "
                 + "further hours with 96366, never a second 96367.",
             sources: ["CPT parentheticals via iframe.ai and medicalcoding123", "contra: Shende coding blog (96417 ×2 for two hours)"],
             examples: [
                RuleExample("Two 120-min infusions: 96365 + 96366, then 96367 + 96366", codes: "96365 96366x2 96367", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 11:00 New Bag
                          - 01/04 13:00 Stopped
                    """),
                RuleExample("A 90-min sequential infusion needs no added hour", fires: false, codes: "96365 96366 96367", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 11:00 New Bag
                          - 01/04 12:30 Stopped
                    """),
             ]),
        Rule(.r96417Once96415Hours, "96417 once; later hours are 96415", section: .units,
             statement: "A sequential chemotherapy infusion is reported once with 96417 for its first 90 minutes, and its "
                 + "further hours with 96415, never a second 96417.",
             sources: ["carecostestimate 96417 (96415 extends 96413 or 96417)", "CPT parenthetical via iframe.ai",
                       "contra: Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog) (96417 ×2)"],
             examples: [
                RuleExample("Cisplatin 120 min, then etoposide 120 min: 96413 + 96415, then 96417 + 96415",
                            codes: "96413 96415x2 96417", """
                    mar:
                      - med: cisplatin 75 mg/m2
                        drug: cisplatin
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: etoposide 100 mg/m2
                        drug: etoposide
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 11:00 New Bag
                          - 01/04 13:00 Stopped
                    """),
                RuleExample("Etoposide for 60 min: 96417 alone", fires: false, codes: "96413 96415 96417", """
                    mar:
                      - med: cisplatin 75 mg/m2
                        drug: cisplatin
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: etoposide 100 mg/m2
                        drug: etoposide
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 11:00 New Bag
                          - 01/04 12:00 Stopped
                    """),
             ]),
    ]
}

extension RuleCatalog {
    /// `rules.md` §2.B: what kind of administration each MAR row is.
    static let classification: [Rule] = [
        Rule(.categoryFromData, "The category comes from the scenario", section: .classification,
             statement: "Whether a drug is coded as chemotherapy, therapeutic or hydration is taken from the row's class, "
                 + "never from the drug name alone; small-volume electrolyte riders are therapeutic unless the facility treats them as hydration.",
             sources: ["Noridian chemotherapy billing page and A52953", "CMS CR 3631/3818 (anti-emetics are not chemotherapy)",
                       "AAPC (levoleucovorin is not chemotherapy)"],
             option: "electrolyteRiderCategory",
             examples: [
                RuleExample("Cyclophosphamide given as chemotherapy for 60 min: 96413", codes: "96413", """
                    mar:
                      - med: cyclophosphamide 1,000 mg in 250 mL
                        drug: cyclophosphamide
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
                RuleExample("Potassium chloride rider, 60 min: therapeutic by default, 96365", codes: "96365", """
                    mar:
                      - med: potassium chloride 20 mEq/100 mL
                        drug: potassium chloride
                        class: electrolyte
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
                RuleExample("The same rider under electrolyteRiderCategory: hydration is 96360", codes: "96360", """
                    policy:
                      electrolyteRiderCategory: hydration
                    mar:
                      - med: potassium chloride 20 mEq/100 mL
                        drug: potassium chloride
                        class: electrolyte
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
             ]),
        Rule(.hydCategory, "Hydration is fluid and electrolytes", section: .classification,
             statement: "Hydration codes 96360/96361 are for pre-packaged fluid and electrolyte solutions, not for drugs or "
                 + "other substances.",
             sources: ["CPT wording via Select Health hydration policy", "Noridian IV hydration CERT findings"],
             examples: [
                RuleExample("Normal saline for dehydration, 60 min and nothing else: 96360", codes: "96360", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
                RuleExample("A 60-min antibiotic infusion is a drug infusion, not hydration", fires: false, codes: "96365", """
                    mar:
                      - med: ceftriaxone 2 g in 100 mL
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
             ]),
        Rule(.pushMax15, "15 minutes or less is a push", section: .classification,
             statement: "An IV push is an injection with the nurse continuously present, or any infusion of 15 minutes or "
                 + "less; at 16 minutes it is an infusion.",
             sources: ["Noridian chemotherapy billing page (CPT definition)", "Palmetto A53778", "MedLearn/ICD10monitor 2022",
                       "“Infusion & Hydration Billing & Coding Guide” (web guide); “Infusion Therapy Coding 2026: Push vs Infusion” (web article); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Piggyback 09:00–09:15 (15 min): a push, 96374", codes: "96374", """
                    mar:
                      - med: famotidine 20 mg in 50 mL
                        drug: famotidine
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:15 Stopped
                    """),
                RuleExample("Piggyback 09:00–09:16 (16 min): an infusion, 96365", fires: false, codes: "96365", """
                    mar:
                      - med: famotidine 20 mg in 50 mL
                        drug: famotidine
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:16 Stopped
                    """),
             ]),
        Rule(.infMin16, "An infusion needs 16 minutes", section: .classification,
             statement: "Every infusion code (96365, 96367, 96413, 96417, 96369 and a repeat-interval 96366) needs at "
                 + "least 16 minutes; a sequential infusion of 15 minutes or less is a push (96375 or 96411).",
             sources: ["Palmetto A53778", "Noridian chemotherapy billing page", "AAPC forum (96413/96417 need 16 min)"],
             examples: [
                RuleExample("Piggyback 09:00–09:16 (16 min): 96365", codes: "96365", """
                    mar:
                      - med: famotidine 20 mg in 50 mL
                        drug: famotidine
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:16 Stopped
                    """),
                RuleExample("A 15-min second drug after an infusion is a sequential push, 96375", codes: "96365 96375", """
                    mar:
                      - med: ceftriaxone 2 g in 100 mL
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: famotidine 20 mg in 50 mL
                        drug: famotidine
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:15 Stopped
                    """),
                RuleExample("Piggyback 09:00–09:15 (15 min) alone: a push, not an infusion", fires: false, codes: "96374", """
                    mar:
                      - med: famotidine 20 mg in 50 mL
                        drug: famotidine
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:15 Stopped
                    """),
             ]),
        Rule(.pushMethodDocumented, "A documented push stays a push", section: .classification,
             statement: "A drug the nurse documents as given by IV push is a push even when the charted span exceeds "
                 + "15 minutes, unless the facility classifies by the clock alone.",
             sources: ["Noridian (CPT push definition, part a)", "AAPC forum (20-minute 5-FU push)", "contra: “Infusion Therapy Coding 2026: Push vs Infusion” (web article)"],
             option: "timeOnlyClassification",
             examples: [
                RuleExample("Levetiracetam charted as an IV push 09:00–09:20: still a push, 96374", codes: "96374", """
                    mar:
                      - med: levetiracetam 1,000 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:20 Stopped
                    """),
                RuleExample("Under timeOnlyClassification the 20 minutes make it an infusion, 96365", codes: "96365", """
                    policy:
                      timeOnlyClassification: true
                    mar:
                      - med: levetiracetam 1,000 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:20 Stopped
                    """),
                RuleExample("A 2-minute documented push needs no special rule", fires: false, codes: "96374", """
                    mar:
                      - med: levetiracetam 1,000 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                          - 01/04 09:02 Stopped
                    """),
             ]),
        Rule(.singleInfusate, "One bag or syringe is one administration", section: .classification,
             statement: "Several drugs mixed in one bag or syringe are a single administration (one infusion, or one push "
                 + "if 15 minutes or less); a concurrent infusion needs separate bags.",
             sources: ["ASCO JOP 2008, Concurrent Infusions", "AAPC citing CPT Assistant Nov 2006", "MedLearn Nov 2024"],
             examples: [
                RuleExample("Dexamethasone and ondansetron mixed in one syringe: one push", codes: "96374", """
                    mar:
                      - med: dexamethasone 10 mg + ondansetron 8 mg syringe
                        drug: dexamethasone+ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("The same two drugs from separate syringes: two pushes", fires: false, codes: "96374 96375", """
                    mar:
                      - med: dexamethasone 10 mg
                        drug: dexamethasone
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: ondansetron 8 mg
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:02 Given
                    """),
             ]),
    ]
}

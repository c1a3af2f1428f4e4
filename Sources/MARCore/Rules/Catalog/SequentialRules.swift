extension RuleCatalog {
    /// `rules.md` §2.F: sequential, concurrent and overlapping administrations.
    static let sequential: [Rule] = [
        Rule(.seqNewDrug, "Sequential codes need a new drug", section: .sequential,
             statement: "96367, 96375, 96411 and 96417 need a drug not yet reported on the access; the same drug again "
                 + "follows the repeat-push or same-drug-intermittent rules.",
             sources: ["CPT descriptors", "AAPC forum (96366 only for the same medication)", "Wilkinson, “The MAR Explained” (coding blog); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Ceftriaxone then metronidazole: a new drug, 96367", codes: "96365 96367", """
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
                RuleExample("Vancomycin again at 15:00: the same drug, so 96366, not 96367", fires: false,
                            codes: "96365 96366", """
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                          - 01/04 15:00 New Bag
                          - 01/04 16:00 Stopped
                    """),
             ]),
        Rule(.concurrentSameAccess, "Concurrent means the same access", section: .sequential,
             statement: "96368 is for a different drug from a separate bag running at the same time through the same "
                 + "access; infusions at the same time through different accesses are not concurrent.",
             sources: ["ASCO JOP 2008 (through the same IV line)", "AAPC Oncology (two lines in two locations: second 96413-59)",
                       "MedLearn Dec 2021", "contra: “Infusion Therapy Coding 2026: Push vs Infusion” (web article)"],
             examples: [
                RuleExample("Vancomycin on line A and ceftriaxone on a necessary line B at the same time: two initials, no 96368",
                            codes: "96365 96365-59", """
                    sites:
                      A: R antecubital 20 g
                      B:
                        description: L forearm 20 g
                        separate: ceftriaxone incompatible with vancomycin, both needed at once
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        site: A
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        site: B
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 09:50 Stopped
                    """),
                RuleExample("The same two drugs through one line: concurrent, 96368", fires: false, codes: "96365 96368", """
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 09:50 Stopped
                    """),
             ]),
        Rule(.concurrentOnce, "96368 at most once per date", section: .sequential,
             statement: "96368 is not timed and is reported at most once per date of service per access, however many "
                 + "drugs run concurrently and for however long.",
             sources: ["AAPC 2006 (one concurrent code per day)", "codingahead 96368 (MUE 1 per date)",
                       "AAPC 2008/2009 (once per encounter)", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             option: "concurrentOncePerEncounter",
             examples: [
                RuleExample("Two drugs each nested inside a vancomycin infusion: one 96368", codes: "96365 96366 96368", """
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: cefepime 2 g IVPB
                        drug: cefepime
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:30 New Bag
                          - 01/04 10:00 Stopped
                      - med: metronidazole 500 mg IVPB
                        drug: metronidazole
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:30 Stopped
                    """),
                RuleExample("ED into observation: a concurrent drug on each of two dates gives one 96368 per date",
                            codes: "96365 96366x2 96367 96368x2", """
                    encounter:
                      timeline:
                        - 01/04 20:00 ED arrival
                        - 01/04 22:00 Observation order
                        - 01/05 14:00 Discharge
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 21:00 New Bag
                          - 01/04 23:00 Stopped
                      - med: cefepime 2 g IVPB
                        drug: cefepime
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 21:30 New Bag
                          - 01/04 22:00 Stopped
                      - med: acyclovir 700 mg IVPB
                        drug: acyclovir
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 09:00 New Bag
                          - 01/05 11:00 Stopped
                      - med: metronidazole 500 mg IVPB
                        drug: metronidazole
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 09:30 New Bag
                          - 01/05 10:00 Stopped
                    """),
                RuleExample("The same stay under concurrentOncePerEncounter: one 96368 for the whole encounter",
                            codes: "96365 96366x2 96367 96368", """
                    encounter:
                      timeline:
                        - 01/04 20:00 ED arrival
                        - 01/04 22:00 Observation order
                        - 01/05 14:00 Discharge
                    policy:
                      concurrentOncePerEncounter: true
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 21:00 New Bag
                          - 01/04 23:00 Stopped
                      - med: cefepime 2 g IVPB
                        drug: cefepime
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 21:30 New Bag
                          - 01/04 22:00 Stopped
                      - med: acyclovir 700 mg IVPB
                        drug: acyclovir
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 09:00 New Bag
                          - 01/05 11:00 Stopped
                      - med: metronidazole 500 mg IVPB
                        drug: metronidazole
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/05 09:30 New Bag
                          - 01/05 10:00 Stopped
                    """),
             ]),
        Rule(.concurrentOverlapAlloc, "Overlapping infusions: the higher priority keeps the overlap", section: .sequential,
             statement: "Infusions on one access are taken in priority order and each loses the minutes a higher one already "
                 + "claimed; 16 or more minutes left make it sequential, 15 or fewer make it concurrent (96368).",
             sources: ["MedLearn Jan 31 2022 (overlap deducted)", "Haugen (concurrent needs more than 16 min together)",
                       "MARCoach convention (priority order, not time order)", "contra: AAPC forum (any overlap is concurrent)"],
             option: "anyOverlapIsConcurrent",
             examples: [
                RuleExample("A 08:00–11:00, B 11:00–11:40, C 11:20–13:00: A initial; C keeps its 100 min; B keeps 20 min",
                            codes: "96365 96366x3 96367x2", """
                    mar:
                      - med: vancomycin 1.5 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 08:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 11:00 New Bag
                          - 01/04 11:40 Stopped
                      - med: acyclovir 700 mg IVPB
                        drug: acyclovir
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 11:20 New Bag
                          - 01/04 13:00 Stopped
                    """),
                RuleExample("Under anyOverlapIsConcurrent a 10-min overlap makes the second infusion concurrent",
                            codes: "96365 96368", """
                    policy:
                      anyOverlapIsConcurrent: true
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:50 New Bag
                          - 01/04 10:40 Stopped
                    """),
                RuleExample("One after the other with no overlap: plainly sequential", fires: false, codes: "96365 96367", """
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:40 Stopped
                    """),
             ]),
        Rule(.chemoConcurrent, "No concurrent chemotherapy code", section: .sequential,
             statement: "A non-chemotherapy drug running alongside chemotherapy is 96368, but two chemotherapy drugs at "
                 + "once through one access have no code and are flagged as unlisted 96549, not scored.",
             sources: ["AAPC 2006 (96549 per CPT Assistant Nov 2005)", "AAPC Oncology (96368 with 96413)", "MedLearn Dec 2021"],
             examples: [
                RuleExample("Etoposide nested inside a cisplatin infusion: flagged 96549, not scored", codes: "96413 96415", """
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
                          - 01/04 09:30 New Bag
                          - 01/04 10:00 Stopped
                    """),
                RuleExample("An antiemetic infusion nested inside chemotherapy: 96368", codes: "96413 96415 96368", """
                    mar:
                      - med: cisplatin 75 mg/m2
                        drug: cisplatin
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: fosaprepitant 150 mg
                        drug: fosaprepitant
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:30 New Bag
                          - 01/04 10:00 Stopped
                    """),
             ]),
        Rule(.hydConcurrent, "Hydration loses the minutes other services run", section: .sequential,
             statement: "Minutes when another infusion or a timed push runs on the same access are deducted from hydration, "
                 + "and only the remaining minutes count toward 31 and the added hours.",
             sources: ["CPT via Select Health (96360 is not a concurrent service)", "MedLearn Nov 2021 (180 − 5 = 175)",
                       "Emerald Health", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Saline 09:00–12:00 with ceftriaxone 10:00–11:00: 180 − 60 = 120 min, 96361 ×2",
                            codes: "96365 96361x2", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 12:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("Saline 09:00–12:00 with a 5-min documented push: 175 min, 96361 ×3", codes: "96374 96361x3", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 12:00 Stopped
                      - med: levetiracetam 500 mg
                        drug: levetiracetam
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 10:00 Given
                          - 01/04 10:05 Stopped
                    """),
                RuleExample("Saline after the drug, not during it: nothing to deduct", fires: false, codes: "96365 96361", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:40 New Bag
                          - 01/04 10:40 Stopped
                    """),
             ]),
        Rule(.hydSumSegments, "Hydration pieces are summed", section: .sequential,
             statement: "Non-overlapping minutes of medically necessary hydration on one access are added up across the "
                 + "encounter before the 31-minute and added-hour thresholds are applied.",
             sources: ["AAPC Oncology, Search for a single code (three 30-min pieces give 96361 ×1)", "Emerald Health",
                       "contra: AAPC Part B Coding Alert"],
             option: "hydrationPerSegment",
             examples: [
                RuleExample("Saline 09:00–11:00 around two 30-min drugs: 30 + 30 = 60 hydration min, 96361",
                            codes: "96365 96367 96361", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:30 New Bag
                          - 01/04 10:00 Stopped
                      - med: metronidazole 500 mg IVPB
                        drug: metronidazole
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:30 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("Under hydrationPerSegment each 30-min piece is too short: no hydration", fires: false,
                            codes: "96365 96367", """
                    policy:
                      hydrationPerSegment: true
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:30 New Bag
                          - 01/04 10:00 Stopped
                      - med: metronidazole 500 mg IVPB
                        drug: metronidazole
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:30 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("Two bags of saline, 40 min at 09:00 and 40 min at 13:00: 80 min summed, one 96360", codes: "96360",
                            """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: lactated Ringer's 1,000 mL
                        drug: lactated ringer's
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 13:00 New Bag
                          - 01/04 13:40 Stopped
                    """),
             ]),
    ]
}

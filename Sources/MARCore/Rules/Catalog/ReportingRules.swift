extension RuleCatalog {
    /// `rules.md` §2.K: reporting conventions.
    static let reporting: [Rule] = [
        Rule(.addonRequiresPrimary, "An add-on needs its primary", section: .reporting,
             statement: "An add-on code is valid only with an initial service reported on the same access and encounter, "
                 + "and an added hour only with the first-hour code of the same administration.",
             sources: ["CPT add-on descriptors", "codingahead 96368 (a standalone 96368 rejects)", "MARCoach reading (same access and encounter)"],
             examples: [
                RuleExample("Ceftriaxone infusion and an ondansetron push: the add-on 96375 rides on 96365",
                            codes: "96365 96375", """
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
                RuleExample("A single push has no add-on to pair", fires: false, codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("Vancomycin 09:00–11:30 (150 min): the added hour 96366 rides on the first-hour 96365",
                            codes: "96365 96366", """
                    mar:
                      - med: vancomycin 1.5 g in NS 500 mL
                        drug: vancomycin
                        class: therapeutic
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:30 Stopped
                    """),
             ]),
        Rule(.reportAllHcpcs, "Report every supported code", section: .reporting,
             statement: "A hospital reports every supported drug-administration code, whether it is paid separately or packaged.",
             sources: ["CMS manual as summarized by UCLA Health 2009", "OPPS payment status of each code not verified"],
             examples: [
                RuleExample("Packaged add-ons are still reported: 96365, 96375 and 96376", codes: "96365 96375 96376", """
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
                          - 01/04 14:00 Given
                    """),
             ]),
        Rule(.physVsFacility, "Physician reporting differs", section: .reporting,
             statement: "In the professional setting the initial code goes to the primary reason for the encounter rather "
                 + "than the facility hierarchy, every other IV service takes its add-on code, and 96376 is never reported.",
             sources: ["Select Health (primary reason for the encounter)", "Noridian A52953", "CMS RAC issue 0071", "UWHC FAQ item 5"],
             examples: [
                RuleExample("Professional: the primary ondansetron push is initial and the infusion is sequential",
                            codes: "96374 96367", """
                    setting: professional
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
                        primary: true
                        entries:
                          - 01/04 10:00 Given
                    """),
                RuleExample("Professional: hydration is the primary reason, so 96360, and the push is 96375",
                            codes: "96360 96375", """
                    setting: professional
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        primary: true
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
                RuleExample("The same MAR in the facility: the hierarchy makes the infusion initial", fires: false,
                            codes: "96365 96375", """
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
                        primary: true
                        entries:
                          - 01/04 10:00 Given
                    """),
             ]),
        Rule(.modifiers, "Modifier 59 marks a second initial", section: .reporting,
             statement: "A second initial service for a medically necessary second site carries 59 (or XS), and one for a "
                 + "second encounter the same day carries 59 (or XE).",
             sources: ["CMS RAC issue 0071 (59, XE, XS, XP, XU)", "AAPC Oncology, Do 2 trips allow 2 initial codes"],
             examples: [
                RuleExample("A necessary second line for an incompatible drug: the second initial is 96365-59",
                            codes: "96365 96365-59", """
                    sites:
                      A: R antecubital 20 g
                      B:
                        description: L hand 22 g
                        separate: phenytoin incompatible with the running infusion
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        site: A
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: phenytoin 1,000 mg in 100 mL
                        drug: phenytoin
                        class: therapeutic
                        route: IV piggyback
                        site: B
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 09:50 Stopped
                    """),
                RuleExample("One access, two drugs: no modifier", fires: false, codes: "96365 96367", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: phenytoin 1,000 mg in 100 mL
                        drug: phenytoin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 10:00 New Bag
                          - 01/04 10:40 Stopped
                    """),
             ]),
    ]
}

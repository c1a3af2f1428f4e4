extension RuleCatalog {
    /// `rules.md` §2.H: the same drug infused again.
    static let sameDrug: [Rule] = [
        Rule(.sameDrugIntermittent, "The same drug infused again is 96366", section: .sameDrug,
             statement: "A later, separate infusion interval of a drug already infused on the access is 96366, each interval "
                 + "judged on its own (16 min or more: one unit, plus one at 91, 151…), while the first interval is coded normally.",
             sources: ["CPT 96366 parenthetical via iframe.ai", "Jugna Shah via Revenue Cycle Advisor", "other readings: MedLearn (sum), HCPro (96367), Haugen (96376)"],
             option: "sameDrugIntermittent",
             examples: [
                RuleExample("Vancomycin 09:00–10:20 and again 17:00–18:20: 96365, then 96366", codes: "96365 96366", """
                    mar:
                      - med: vancomycin 1 g IVPB q8h
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:20 Stopped
                          - 01/04 17:00 New Bag
                          - 01/04 18:20 Stopped
                    """),
                RuleExample("When a facility adds the intervals together (sumTimes), the 80 + 80 = 160 min give 96365 and 96366 ×2", codes: "96365 96366x2", """
                    policy:
                      sameDrugIntermittent: sumTimes
                    mar:
                      - med: vancomycin 1 g IVPB q8h
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:20 Stopped
                          - 01/04 17:00 New Bag
                          - 01/04 18:20 Stopped
                    """),
                RuleExample("When a facility reports a later interval as a new sequential infusion (sequential96367), the second interval is 96367", codes: "96365 96367", """
                    policy:
                      sameDrugIntermittent: sequential96367
                    mar:
                      - med: vancomycin 1 g IVPB q8h
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:20 Stopped
                          - 01/04 17:00 New Bag
                          - 01/04 18:20 Stopped
                    """),
                RuleExample("When a facility reports a later interval as a repeat push (repeat96376), the second interval is 96376", codes: "96365 96376", """
                    policy:
                      sameDrugIntermittent: repeat96376
                    mar:
                      - med: vancomycin 1 g IVPB q8h
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:20 Stopped
                          - 01/04 17:00 New Bag
                          - 01/04 18:20 Stopped
                    """),
                RuleExample("A single interval is simply the initial infusion", fires: false, codes: "96365", """
                    mar:
                      - med: vancomycin 1 g IVPB q8h
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:20 Stopped
                    """),
             ]),
    ]
}

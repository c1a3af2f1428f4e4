extension RuleCatalog {
    /// `rules.md` §2.J: services that include the administration.
    static let bundling: [Rule] = [
        Rule(.contrast, "Contrast belongs to the imaging study", section: .bundling,
             statement: "Injecting intravascular contrast for a with-contrast imaging study, and the IV start for it, are "
                 + "part of the imaging procedure and get no drug-administration code.",
             sources: ["CPT radiology guideline via AAPC Inpatient Facility Coding Alert", "University of Miami OBC",
                       "americanmedicalcoding contrast guide", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Iohexol for a contrast CT: no code", codes: "", """
                    mar:
                      - med: iohexol 350 mg/mL 100 mL
                        drug: iohexol
                        class: contrast
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("Contrast and, later, an ondansetron push: only the push", codes: "96374", """
                    mar:
                      - med: iohexol 350 mg/mL 100 mL
                        drug: iohexol
                        class: contrast
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 10:00 Given
                    """),
             ]),
        Rule(.bundledProcedureSedation, "Drugs integral to a procedure are bundled", section: .bundling,
             statement: "Drugs given as an integral part of another procedure (local anesthesia, procedural sedation, "
                 + "intra-procedure drugs, pain medicine in that procedure's recovery) get no administration code.",
             sources: ["HCPro 2011 tip (post-procedure pain medication)", "University of Miami OBC; UWHC FAQ item 3",
                       "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog) (sedation drugs bundled)"],
             examples: [
                RuleExample("Midazolam for procedural sedation: no code", codes: "", """
                    mar:
                      - med: midazolam 2 mg
                        drug: midazolam
                        class: sedation
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("Fentanyl charted as part of a fracture reduction: no code", codes: "", """
                    mar:
                      - med: fentanyl 50 mcg
                        drug: fentanyl
                        class: therapeutic
                        route: IV push
                        bundled: given for the closed reduction of the wrist fracture
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.includedServices, "What every administration code includes", section: .bundling,
             statement: "Local anesthesia, the IV start, access to an indwelling catheter or port, the flush at the end, "
                 + "standard tubing and supplies, and preparing the drug are included in every administration code.",
             sources: ["Noridian chemotherapy billing page", "UWHC FAQ item 4", "Palmetto A53778"],
             examples: [
                RuleExample("Ondansetron push followed by a saline flush: one 96374", codes: "96374", """
                    mar:
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                      - med: sodium chloride 0.9 % flush 10 mL
                        drug: sodium chloride flush
                        class: flush
                        route: IV push
                        entries:
                          - 01/04 09:01 Given
                    """),
             ]),
        Rule(.portIrrigation96523, "Port irrigation only when nothing else is reported", section: .bundling,
             statement: "Irrigating an implanted venous access port is 96523 only when no other drug-administration service "
                 + "is reported in the same encounter (and so that date), at most once a date; the flush that de-accesses "
                 + "a port after other services is part of them, whatever the date.",
             sources: ["Select Health hydration policy (not with an injection or infusion the same day)", "CPT 96523 descriptor"],
             examples: [
                RuleExample("A port flush visit with nothing else: 96523", codes: "96523", """
                    sites:
                      P:
                        description: R chest implanted port
                        device: port
                    mar:
                      - med: heparin lock flush 500 units/5 mL
                        drug: heparin lock flush
                        class: flush
                        route: intracatheter
                        site: P
                        entries:
                          - 01/04 09:00 Given
                    """),
                RuleExample("A port flush on a day with an ondansetron push: the push only", codes: "96374", """
                    sites:
                      P:
                        description: R chest implanted port
                        device: port
                    mar:
                      - med: heparin lock flush 500 units/5 mL
                        drug: heparin lock flush
                        class: flush
                        route: intracatheter
                        site: P
                        entries:
                          - 01/04 09:30 Given
                      - med: ondansetron 4 mg/2 mL
                        drug: ondansetron
                        class: therapeutic
                        route: IV push
                        site: P
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.intraArterial96373, "Intra-arterial injection is 96373", section: .bundling,
             statement: "An intra-arterial injection is 96373, once per injection, outside the IV hierarchy.",
             sources: ["CPT 96373 descriptor", "MARCoach convention (rows outside the drug-administration codes)"],
             examples: [
                RuleExample("Verapamil injected into an artery: 96373", codes: "96373", """
                    mar:
                      - med: verapamil 2.5 mg intra-arterial
                        drug: verapamil
                        class: therapeutic
                        route: intra-arterial
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.chemoProlonged96416, "Prolonged chemotherapy by pump is 96416", section: .bundling,
             statement: "Starting a chemotherapy infusion planned for more than 8 hours on a portable or implantable pump is "
                 + "96416, outside the IV hierarchy; refilling the pump at a later visit is 96521 (portable) or 96522 (implantable).",
             sources: ["ASCO JOP 2010 (pump codes)", "AAPC 2019 quiz answer (96413, 96415, 96416, 96367 ×2)"],
             examples: [
                RuleExample("Oxaliplatin 09:00–11:00, then fluorouracil on a 46-h portable pump", codes: "96413 96415 96416", """
                    mar:
                      - med: oxaliplatin 85 mg/m2
                        drug: oxaliplatin
                        class: chemotherapy
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: fluorouracil 2,400 mg/m2 over 46 h
                        drug: fluorouracil
                        class: chemotherapy
                        route: IV infusion
                        pump: portable
                        planned: 46 h
                        entries:
                          - 01/04 11:05 New Bag
                    """),
                RuleExample("Refilling the portable pump at a visit: 96521", codes: "96521", """
                    mar:
                      - med: fluorouracil pump refill
                        drug: fluorouracil
                        class: chemotherapy
                        route: IV infusion
                        pump: portable
                        planned: 46 h
                        entries:
                          - 01/04 09:00 Pump Refill
                    """),
             ]),
    ]
}

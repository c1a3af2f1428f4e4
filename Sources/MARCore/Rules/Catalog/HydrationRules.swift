extension RuleCatalog {
    /// `rules.md` §2.I: hydration medical necessity and incidental fluids.
    static let hydration: [Rule] = [
        Rule(.hydMedicalNecessity, "Hydration needs a documented need for fluid", section: .hydration,
             statement: "Hydration is reportable only when the record documents a need for fluid (dehydration, fluid loss, "
                 + "nephroprotection); routine NPO fluids without such findings are not reported.",
             sources: ["CMS RAC issue 0137 (routine NPO fluids)", "Noridian IV hydration CERT findings", "Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog)"],
             examples: [
                RuleExample("Maintenance saline 09:00–11:00 with no documented need: nothing", codes: "", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        necessity: not-documented
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("The same fluid for documented dehydration: 96360 and 96361", fires: false, codes: "96360 96361", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
             ]),
        Rule(.kvoFlush, "Keep-vein-open fluid and flushes get no code", section: .hydration,
             statement: "Fluid run only to keep a line open, flushes and saline locks get no code; from a documented change "
                 + "of purpose to a hydration bolus, those minutes are hydration.",
             sources: ["CMS RAC issue 0137 (fluid to maintain patency)", "CPT via AAPC Part B alert (to keep open)", "Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             examples: [
                RuleExample("Saline at KVO 09:00–12:00 beside a ceftriaxone infusion: only 96365", codes: "96365", """
                    mar:
                      - med: sodium chloride 0.9 % at 10 mL/hr
                        drug: sodium chloride
                        class: kvo
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 12:00 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:10 New Bag
                          - 01/04 09:50 Stopped
                    """),
                RuleExample("KVO turned into a bolus for hypotension at 10:00 until 11:00: 60 min of hydration, 96360",
                            codes: "96360", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: kvo
                        route: IV infusion
                        entries:
                          - at: 01/04 09:00
                            action: New Bag
                            rate: 10 mL/hr
                          - at: 01/04 10:00
                            action: Rate Change
                            rate: 500 mL/hr
                            purpose: hydration
                          - 01/04 11:00 Stopped
                    """),
             ]),
        Rule(.hydCarrierIncidental, "Carrier fluid is incidental", section: .hydration,
             statement: "Fluid used only to give a drug (a piggyback carrier, a diluent, the line behind a drip, blood or "
                 + "sedation) is incidental hydration and is not reported.",
             sources: ["CPT via AAPC Part B alert (fluids used solely to administer drugs)", "UWHC FAQ items 2–3", "Emerald Health"],
             examples: [
                RuleExample("Saline carrying ceftriaxone 09:00–09:40: only 96365", codes: "96365", """
                    mar:
                      - med: sodium chloride 0.9 % 250 mL carrier
                        drug: sodium chloride
                        class: carrier
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                    """),
             ]),
        Rule(.hydVolume500, "500 mL or less is not hydration (option)", section: .hydration,
             statement: "Under hydVolume500, a hydration row whose bag holds 500 mL or less is not reported, following "
                 + "retired contractor policies.",
             sources: ["HCPro 2012, Volume requirement for reporting hydration (TrailBlazer, Cahaba LCDs)", "off by default: those contractors no longer exist"],
             option: "hydVolume500", core: false,
             examples: [
                RuleExample("hydVolume500 on: 500 mL of saline over 60 min is not reported", codes: "", """
                    policy:
                      hydVolume500: true
                    mar:
                      - med: sodium chloride 0.9 % 500 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        volume: 500 mL
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
                RuleExample("The default profile reports it: 96360", fires: false, codes: "96360", """
                    mar:
                      - med: sodium chloride 0.9 % 500 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        volume: 500 mL
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 Stopped
                    """),
             ]),
        Rule(.bloodTransfusionHyd, "Line fluid with blood is not hydration", section: .hydration,
             statement: "Fluid hung to keep the line open before, during, after or between units of blood is not reported; "
                 + "a separately ordered, medically necessary hydration at another time the same day is.",
             sources: ["Select Health hydration policy", "MedLearn Dec 2022", "UWHC FAQ item 2", "contra: Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog) (over-broad)"],
             examples: [
                RuleExample("Saline keeping the line open around a transfusion: nothing", codes: "", """
                    mar:
                      - med: packed red blood cells 1 unit
                        drug: packed red blood cells
                        class: blood
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: sodium chloride 0.9 % 250 mL with blood
                        drug: sodium chloride
                        class: kvo
                        route: IV infusion
                        entries:
                          - 01/04 08:50 New Bag
                          - 01/04 11:30 Stopped
                    """),
                RuleExample("Hydration ordered for dehydration in the afternoon, after the transfusion: 96360", fires: false,
                            codes: "96360", """
                    mar:
                      - med: packed red blood cells 1 unit
                        drug: packed red blood cells
                        class: blood
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 14:00 New Bag
                          - 01/04 15:00 Stopped
                    """),
             ]),
        Rule(.transfusionNotDrugAdmin, "A transfusion is not drug administration", section: .hydration,
             statement: "A blood transfusion is reported with 36430, outside this catalog, never with a drug-administration "
                 + "code; it is flagged, not scored.",
             sources: ["MARCoach convention (rows outside the drug-administration codes)", "Select Health hydration policy (blood products)"],
             examples: [
                RuleExample("One unit of red cells 09:00–11:00: flagged 36430, no 963xx code", codes: "", """
                    mar:
                      - med: packed red blood cells 1 unit
                        drug: packed red blood cells
                        class: blood
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
             ]),
        Rule(.transfusionPremed, "Transfusion premedication bundled (option)", section: .hydration,
             statement: "Under transfusionPremedBundled, a therapeutic push from 60 minutes before a transfusion starts "
                 + "until 60 minutes after it stops is not reported.",
             sources: ["University of Miami OBC (IV Benadryl per transfusion protocol)", "MARCoach convention (the 60-minute window)"],
             option: "transfusionPremedBundled", convention: true, core: false,
             examples: [
                RuleExample("transfusionPremedBundled on: diphenhydramine 08:45 before blood at 09:00 is bundled", codes: "", """
                    policy:
                      transfusionPremedBundled: true
                    mar:
                      - med: diphenhydramine 25 mg
                        drug: diphenhydramine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 08:45 Given
                      - med: packed red blood cells 1 unit
                        drug: packed red blood cells
                        class: blood
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("The default profile reports the premedication push: 96374", fires: false, codes: "96374", """
                    mar:
                      - med: diphenhydramine 25 mg
                        drug: diphenhydramine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 08:45 Given
                      - med: packed red blood cells 1 unit
                        drug: packed red blood cells
                        class: blood
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
             ]),
    ]
}

extension RuleCatalog {
    /// `rules.md` §2.C: turning MAR entries into minutes.
    static let time: [Rule] = [
        Rule(.timeFromMar, "Time comes from the charted start and stop", section: .time,
             statement: "Minutes run from the documented administration start to the documented stop, never from the order "
                 + "time or the pharmacy's expected duration.",
             sources: ["Palmetto A53778", "MedLearn June and Dec 2024", "“Infusion Therapy Coding 2026: Push vs Infusion” (web article) (order time is not start time)"],
             examples: [
                RuleExample("Ordered 'over 30 min' at 08:30, hung 09:00, stopped 09:20: 20 min, an infusion", codes: "96365", """
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        order: 01/04 08:30 ceftriaxone 1 g IV once over 30 min
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:20 Stopped
                    """),
             ]),
        Rule(.newBagContinues, "A new bag while running continues the infusion", section: .time,
             statement: "A New Bag of the same order while the infusion is running continues it with no break in time; "
                 + "a bag hung after a Stopped starts a new interval.",
             sources: ["Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog) (new bag and handoff are workflow)", "codingahead 96366 (bag changes do not stop the clock)"],
             examples: [
                RuleExample("Saline 09:00, new bag 10:00, stopped 11:00: 120 continuous minutes", codes: "96360 96361", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:00 New Bag
                          - 01/04 11:00 Stopped
                    """),
                RuleExample("Vancomycin stopped at 10:00 and hung again at 15:00: a new interval, not a continuation",
                            fires: false, codes: "96365 96366", """
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
        Rule(.rateChangeContinues, "Rate changes and verifications are workflow", section: .time,
             statement: "Rate Change, Rate Verify and handoff entries neither start nor stop the clock and never extend "
                 + "time past the documented stop.",
             sources: ["Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog)", "Epic MAR action list"],
             examples: [
                RuleExample("Ceftriaxone 09:00–09:40 with a rate change at 09:10: still 40 min", codes: "96365", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:10 Rate Change
                          - 01/04 09:40 Stopped
                    """),
             ]),
        Rule(.pauseExcluded, "Paused time does not count", section: .time,
             statement: "Minutes between Paused and Restarted, and between bags when nothing is infusing, are not counted.",
             sources: ["“Infusion & Hydration Billing & Coding Guide” (web guide) (time paused, time between bags)", "MARCoach convention (MAR actions to running time)"],
             examples: [
                RuleExample("09:00–09:10 and 09:30–09:35 around a 20-min pause: 15 active min, a push", codes: "96374", """
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:10 Paused
                          - 01/04 09:30 Restarted
                          - 01/04 09:35 Stopped
                    """),
                RuleExample("Saline with a rate change, a handoff and a 35-min pause for CT: 150 + 55 = 205 min",
                            codes: "96360 96361x2", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 10:10 Rate Change
                          - 01/04 11:00 Rate Verify
                          - 01/04 11:30 Paused
                          - 01/04 12:05 Restarted
                          - 01/04 13:00 Stopped
                    """),
             ]),
        Rule(.flushExcluded, "A line flush adds nothing", section: .time,
             statement: "A saline flush of the line, including one at the end of an infusion, is part of the administration "
                 + "and adds no time and no code.",
             sources: ["Noridian chemotherapy billing page (flush at conclusion is bundled)", "UWHC IV Infusion Mini Manual",
                       "“Infusion & Hydration Billing & Coding Guide” (web guide)"],
             examples: [
                RuleExample("Ceftriaxone 09:00–09:40 and a saline flush at 09:41: 96365 only", codes: "96365", """
                    mar:
                      - med: ceftriaxone 2 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - 01/04 09:40 Stopped
                      - med: sodium chloride 0.9 % flush 10 mL
                        drug: sodium chloride flush
                        class: flush
                        route: IV push
                        entries:
                          - 01/04 09:41 Given
                    """),
                RuleExample("A saline flush of a peripheral line with nothing else given: no code", codes: "", """
                    mar:
                      - med: sodium chloride 0.9 % flush 10 mL
                        drug: sodium chloride flush
                        class: flush
                        route: IV push
                        entries:
                          - 01/04 09:00 Given
                    """),
             ]),
        Rule(.reactionStop, "Stopped early for a reaction: code the time given", section: .time,
             statement: "An infusion stopped early, for example for a reaction, is coded on the minutes actually given, so "
                 + "15 minutes or less makes it a push.",
             sources: ["MedLearn Jan 2022", "MedLearn June 2024"],
             examples: [
                RuleExample("Vancomycin stopped at 12 min for a reaction, then diphenhydramine: two pushes",
                            codes: "96374 96375", """
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - at: 01/04 09:12
                            action: Stopped
                            reason: reaction
                      - med: diphenhydramine 25 mg
                        drug: diphenhydramine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:15 Given
                    """),
                RuleExample("Stopped for a reaction at 20 min: still an infusion", codes: "96365 96375", """
                    mar:
                      - med: vancomycin 1 g IVPB
                        drug: vancomycin
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                          - at: 01/04 09:20
                            action: Stopped
                            reason: reaction
                      - med: diphenhydramine 25 mg
                        drug: diphenhydramine
                        class: therapeutic
                        route: IV push
                        entries:
                          - 01/04 09:22 Given
                    """),
             ]),
        Rule(.noStopTime, "No stop time: compute it, else a push, else nothing", section: .time,
             statement: "With a start but no stop, the stop is computed from the nurse-documented volume and rate; failing "
                 + "that a drug is coded as a push and hydration is not reported.",
             sources: ["CMS FAQ as reproduced by QHR; Palmetto A53778", "University of Miami OBC; CentraMed", "Wilkinson, “Billing and Coding Infusion, Injection and Hydration” (coding blog); Shende, “Drug Administration – Infusion Coding and Common Challenges” (coding blog)"],
             option: "noStopStrict",
             examples: [
                RuleExample("Ceftriaxone hung at 09:00, no stop and no rate: coded as a push", codes: "96374", """
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                    """),
                RuleExample("1,000 mL at 250 mL/hr from 09:00, no stop: it ran out at 13:00, 240 min",
                            codes: "96360 96361x3", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        volume: 1,000 mL
                        entries:
                          - at: 01/04 09:00
                            action: New Bag
                            rate: 250 mL/hr
                    """),
                RuleExample("Saline with no stop and no rate: 31 minutes cannot be shown", codes: "", """
                    mar:
                      - med: sodium chloride 0.9 % 1,000 mL
                        drug: sodium chloride
                        class: hydration
                        route: IV infusion
                        entries:
                          - 01/04 09:00 New Bag
                    """),
                RuleExample("Under noStopStrict the drug with no stop gets nothing", codes: "", """
                    policy:
                      noStopStrict: true
                    mar:
                      - med: ceftriaxone 1 g IVPB
                        drug: ceftriaxone
                        class: therapeutic
                        route: IV piggyback
                        entries:
                          - 01/04 09:00 New Bag
                    """),
             ]),
    ]
}

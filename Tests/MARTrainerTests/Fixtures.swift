import MARCore
@testable import MARTrainer

/// A hand-built scenario, coding and assessment: the tests never depend on the engine's output.
enum Fixture {
    static func at(_ day: Int, _ h: Int, _ m: Int) -> Instant { Instant(year: 2026, month: 1, day: day, hour: h, minute: m) }

    static let scenario = Scenario(
        id: "ed-pyelo-ceftriaxone",
        title: "Pyelonephritis in the ED: ceftriaxone, ondansetron and fluids",
        difficulty: 2,
        topics: ["hierarchy", "pushes"],
        story: "A 34-year-old woman arrives with flank pain, fever and vomiting. She gets IV fluids, an antiemetic "
            + "and a first dose of ceftriaxone, and is placed in observation overnight.",
        timeline: [
            TimelineEvent(at: at(4, 20, 40), kind: .arrival(.ED), text: "ED arrival"),
            TimelineEvent(at: at(5, 0, 30), kind: .observationOrder, text: "Observation order"),
            TimelineEvent(at: at(5, 11, 0), kind: .discharge, text: "Discharge"),
        ],
        sites: [Site(id: "A", description: "right forearm 20 G")],
        mar: [
            MARRow(index: 0, med: "ondansetron 4 mg/2 mL injection", drug: DrugKey("ondansetron"), drugClass: .therapeutic,
                   route: .ivPush, site: "A", order: "ondansetron 4 mg IV push q6h PRN nausea",
                   entries: [MAREntry(at: at(4, 21, 5), action: .given, charted: "Given", dose: "4 mg")]),
            MARRow(index: 1, med: "cefTRIAXone 1 g in sodium chloride 0.9% 50 mL IVPB (premix, Baxter Mini-Bag Plus)",
                   drug: DrugKey("ceftriaxone"), drugClass: .therapeutic, route: .ivPiggyback, site: "A", volumeML: 50,
                   entries: [
                       MAREntry(at: at(4, 22, 15), action: .newBag, charted: "New Bag", rate: Rate(amount: 100, unit: "mL")),
                       MAREntry(at: at(4, 22, 30), action: .rateChange, charted: "Rate Verify",
                                rate: Rate(amount: 100, unit: "mL"), note: "pump checked at bedside by second nurse, no issues"),
                       MAREntry(at: at(4, 22, 50), action: .stopped, charted: "Infusion Completed"),
                   ]),
            MARRow(index: 2, med: "acetaminophen 650 mg tablet", drug: DrugKey("acetaminophen"), drugClass: .therapeutic,
                   route: .po, entries: [
                       MAREntry(at: at(4, 21, 5), action: .given, charted: "Given", dose: "650 mg"),
                       MAREntry(at: at(5, 3, 0), action: .held, charted: "Held", note: "patient asleep"),
                   ]),
        ],
        key: AnswerKey(codes: Answer([.init(code: "96365"), .init(code: "96375")]),
                       rationale: "The ceftriaxone infusion takes the initial slot; the ondansetron push is sequential."),
        hints: ["Which administration outranks the others?", "A push after an infusion is sequential."],
        teaching: "Facility hierarchy: infusion > push > hydration."
    )

    static let coding = Coding(
        scenario: scenario.id, profile: "cms-facility", setting: .facility,
        lines: [
            CodeLine(code: "96365", units: 1, department: .ED, date: CalendarDate(year: 2026, month: 1, day: 4),
                     rules: [.hierFacility, .infMin16],
                     administrations: [AdministrationRef(med: "ceftriaxone", row: 1, start: at(4, 22, 15), stop: at(4, 22, 50),
                                                         chartedMinutes: 35, minutes: 35)]),
            CodeLine(code: "96375", units: 1, department: .ED, date: CalendarDate(year: 2026, month: 1, day: 4),
                     rules: [.pushNewDrug96375],
                     administrations: [AdministrationRef(med: "ondansetron", row: 0, start: at(4, 21, 5))]),
        ],
        excluded: [Exclusion(med: "acetaminophen 650 mg tablet", row: 2, at: at(4, 21, 5), rule: .routeNotIv,
                             reason: "oral: no administration code", lookalikes: ["96374"])],
        administrations: [
            AdministrationRecord(med: "ondansetron 4 mg/2 mL injection", row: 0, drug: "ondansetron", start: at(4, 21, 5),
                                 stop: nil, label: "ondansetron push at 21:05",
                                 codes: [Emission(code: "96375", rules: [.pushNewDrug96375],
                                                  reason: "a push of a new drug after the initial service")],
                                 ruledOut: [RuledOut(code: "96374", rule: .hierFacility,
                                                     reason: "an infusion ran: it takes the initial slot")]),
            AdministrationRecord(med: "ceftriaxone", row: 1, drug: "ceftriaxone", start: at(4, 22, 15), stop: at(4, 22, 50),
                                 label: "ceftriaxone 22:15–22:50 (35 min)",
                                 codes: [Emission(code: "96365", rules: [.hierFacility, .infMin16],
                                                  reason: "an infusion of 35 min (≥ 16) takes the initial slot")]),
        ],
        firings: [Firing(.hierFacility, "ceftriaxone infusion outranks the ondansetron push")]
    )

    /// The learner answered `96374 96365`: one substitution (96374 for 96375) and one correct code.
    static let assessment = Assessment(
        score: 1.0 / 3,
        expected: Answer([.init(code: "96365"), .init(code: "96375")]),
        answered: Answer([.init(code: "96374"), .init(code: "96365")]),
        discrepancies: [
            Discrepancy(kind: .extra, code: "96374", expectedUnits: 0, answeredUnits: 1, rules: [.hierFacility],
                        explanation: "96374 is not reported: ceftriaxone ran 22:15–22:50 (35 active min), an infusion, "
                            + "and an infusion outranks a push for the initial slot.", pairedWith: "96375"),
            Discrepancy(kind: .missing, code: "96375", expectedUnits: 1, answeredUnits: 0, rules: [.pushNewDrug96375],
                        explanation: "The ondansetron push at 21:05 is an additional sequential push: 96375.",
                        pairedWith: "96374"),
        ],
        confirmations: [Confirmation(code: "96365", units: 1, rules: [.hierFacility, .infMin16],
                                     explanation: "ceftriaxone 22:15–22:50, 35 min: initial infusion")]
    )

    static let rules: [Rule] = [
        Rule(.hierFacility, "Facility hierarchy picks the initial service", section: .hierarchy,
             statement: "In the facility setting the initial code goes to chemotherapy, then therapeutic infusion, then push, then hydration.",
             sources: ["CMS Claims Processing Manual ch. 4 §230.2"],
             examples: [RuleExample("an infusion and a push", codes: "96365 96375", "mar: []")]),
        Rule(.pushNewDrug96375, "A push of a new drug is sequential", section: .pushes,
             statement: "Each additional push of a new drug after the initial service is 96375.", sources: ["CPT 96375"]),
    ]

    static let curriculum = Curriculum(
        title: "Test course",
        modules: [Module(id: "m1", title: "Hierarchy", lesson: "# Hierarchy\n\nThe **initial** service.\n\n- infusion\n- push",
                         scenarioIDs: [scenario.id])],
        scenarios: [scenario])
}

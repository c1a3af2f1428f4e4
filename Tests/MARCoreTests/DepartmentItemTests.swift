import MARCore
import Testing

/// A code answered in the wrong department is said with the department it belongs to and the one written.
@Suite struct DepartmentItemTests {
    /// An ED visit from 21:40 that moves to observation at 01:00, with these MAR rows (YAML list items), coded.
    static func edThenObservation(_ rows: String) throws -> Coding {
        let s = try #require(scenario("""
            encounter:
              timeline: [03/02 21:40 ED arrival, 03/03 01:00 Observation order, 03/03 12:00 Discharge]
            mar:
            \(rows)
            """))
        return Engine.code(s)
    }

    static func discrepancies(_ answer: String, _ coding: Coding) throws -> [Discrepancy] {
        Scorer.assess(try AnswerParser.parse(answer), against: coding).discrepancies
    }

    @Test func theItemNamesWhereTheCodeBelongsAndWhereItWasWritten() throws {
        let coding = try Self.edThenObservation("""
              - med: ondansetron 4 mg/2 mL injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [03/02 22:10 Given, 03/03 04:30 Given]
            """)
        #expect(coding.answer.text == "ED: 96374 | OBS: 96376", "the key this test is about")
        let ds = try Self.discrepancies("ED: 96374 96376", coding)
        let d = try #require(ds.first { $0.kind == .department }, "\(ds.map(\.explanation))")
        #expect(d.explanation.hasPrefix("96376 belongs to OBS (ondansetron at 03/03 04:30), not ED: "), "\(d.explanation)")
        #expect(d.rules == [.edObsContinuous, .lineItemDos])
    }

    /// A code reported in both departments, one unit written in the wrong one: the item names where that unit belongs,
    /// not every line of the code ("belongs to ED (…) and OBS (…), not ED" read as if ED were wrong for all of it).
    @Test func aUnitMovedFromACodeInBothDepartmentsNamesOnlyWhereItBelongs() throws {
        let coding = try Self.edThenObservation("""
              - med: ondansetron 4 mg/2 mL injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [03/02 22:10 Given]
              - med: morphine 4 mg/mL injection
                drug: morphine
                class: therapeutic
                route: IV push
                entries: [03/02 22:20 Given]
              - med: famotidine 20 mg/2 mL injection
                drug: famotidine
                class: therapeutic
                route: IV push
                entries: [03/03 04:30 Given]
            """)
        #expect(coding.answer.text == "ED: 96374 96375 | OBS: 96375", "the key this test is about")
        let ds = try Self.discrepancies("ED: 96374 96375x2", coding)
        let d = try #require(ds.first { $0.kind == .department }, "\(ds.map(\.explanation))")
        #expect(d.explanation.hasPrefix("96375 belongs to OBS (famotidine at 03/03 04:30), not ED: "), "\(d.explanation)")
        let all = try Self.discrepancies("OBS: 96374 96375x2", coding)
        let e = try #require(all.first { $0.kind == .department && $0.code == "96375" }, "\(all.map(\.explanation))")
        #expect(e.explanation.hasPrefix("96375 belongs to ED (morphine at 03/02 22:20), not OBS: "), "\(e.explanation)")
    }

    /// The initial reset in observation with hydration: 96360 for the observation fluids after an ED push cites the
    /// encounter rule beside HYD-NEVER-INITIAL-WITH-DRUG, as a reset push or infusion does.
    @Test func hydrationMadeInitialInObservationCitesTheEncounter() throws {
        let coding = try Self.edThenObservation("""
              - med: ondansetron 4 mg/2 mL injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [03/02 22:10 Given]
              - med: sodium chloride 0.9 % 1,000 mL
                drug: sodium chloride
                class: hydration
                route: IV infusion
                entries: [03/03 02:00 New Bag, 03/03 03:00 Stopped]
            """)
        #expect(coding.answer.text == "ED: 96374 | OBS: 96361", "the key this test is about")
        let ds = try Self.discrepancies("ED: 96374 | OBS: 96360", coding)
        let d = try #require(ds.first { $0.code == "96360" }, "\(ds.map(\.explanation))")
        #expect(d.rules.starts(with: [.hydNeverInitialWithDrug, .edObsContinuous]), "\(d.explanation)")
    }
}

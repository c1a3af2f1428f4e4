import MARCore
import MARScenarios
import Testing

/// Readings `rules.md` §5 settles in its fourth round (D29–D32), pinned by name.
@Suite struct SpecDecisionTests {
    /// D29: only a drug's earliest interval on an access takes part in the hierarchy, even when a later one runs
    /// longer; the later one is SAME-DRUG-INTERMITTENT.
    @Test func d29OnlyTheEarliestIntervalOfADrugIsInTheHierarchy() throws {
        let s = try #require(scenario("""
            mar:
              - med: vancomycin 1 g IVPB
                drug: vancomycin
                class: therapeutic
                route: IV piggyback
                entries: [01/04 09:00 New Bag, 01/04 09:40 Stopped, 01/04 15:00 New Bag, 01/04 17:00 Stopped]
              - med: cefepime 2 g IVPB
                drug: cefepime
                class: therapeutic
                route: IV piggyback
                entries: [01/04 10:00 New Bag, 01/04 11:00 Stopped]
            """))
        let coding = Engine.code(s)
        // Vancomycin 09:00 (40 min) and cefepime (60 min) compete; the 120-minute vancomycin at 15:00 does not.
        #expect(codes(s) == "96365 96366x2 96367")
        let first = try #require(coding.lines.first { $0.code == "96365" })
        #expect(first.administrations.map(\.med) == ["cefepime 2 g IVPB"])
        let later = try #require(coding.administrations.first { $0.start.clock == "15:00" })
        #expect(later.codes.first?.rules.contains(.sameDrugIntermittent) == true)
    }

    /// D30: a chemotherapy drug whose first interval was flagged (96549, two chemotherapy drugs at once) has been
    /// given: its later interval is SAME-DRUG-INTERMITTENT (96415 hours), not a new drug (96417).
    @Test func d30FlaggedCountsAsGiven() throws {
        let s = try #require(scenario("""
            mar:
              - med: cisplatin 50 mg in 500 mL
                drug: cisplatin
                class: chemotherapy
                route: IV infusion
                entries: [01/04 09:00 New Bag, 01/04 11:00 Stopped]
              - med: etoposide 100 mg in 250 mL
                drug: etoposide
                class: chemotherapy
                route: IV infusion
                entries: [01/04 09:30 New Bag, 01/04 10:00 Stopped, 01/04 13:00 New Bag, 01/04 14:00 Stopped]
            """))
        let coding = Engine.code(s)
        #expect(coding.flagged.contains { $0.code == "96549" })
        let later = try #require(coding.administrations.first { $0.start.clock == "13:00" })
        #expect(later.codes.map(\.code) == ["96415"], "got \(later.codes.map(\.text))")
        #expect(!coding.answer.items.contains { $0.code == "96417" })
    }

    /// D32: a transfusion is flagged 36430 once per encounter, however many units.
    @Test func d32TransfusionFlaggedOncePerEncounter() throws {
        let s = try #require(scenario("""
            mar:
              - med: packed red blood cells unit 1
                drug: packed red blood cells
                class: blood
                route: IV infusion
                entries: [01/04 09:00 Started, 01/04 11:00 Stopped]
              - med: packed red blood cells unit 2
                drug: packed red blood cells
                class: blood
                route: IV infusion
                entries: [01/04 11:30 Started, 01/04 13:30 Stopped]
            """))
        #expect(Engine.code(s).flagged.filter { $0.code == "36430" }.count == 1)
    }

    /// D32: intrathecal chemotherapy has its own code, flagged 96450 and not scored.
    @Test func d32IntrathecalChemotherapyFlagged96450() throws {
        let s = try #require(scenario("""
            mar:
              - med: methotrexate 12 mg intrathecal
                drug: methotrexate
                class: chemotherapy
                route: intrathecal
                entries: [01/04 10:00 Given]
            """))
        let coding = Engine.code(s)
        #expect(coding.lines.isEmpty)
        #expect(coding.flagged.map(\.code) == ["96450"])
        #expect(coding.excluded.first?.reason.contains("another code family") == false)
    }
}

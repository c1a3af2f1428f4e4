import MARCore
import MARScenarios
import Testing

/// Table-driven boundaries through the whole engine: each row is one small MAR and the codes it must give.
@Suite struct EngineBoundaryTests {
    static func infusion(_ minutes: Int, drug: String = "ceftriaxone", cls: String = "therapeutic") -> String {
        let stop = Instant(year: 2026, month: 1, day: 4, hour: 9, minute: 0) + minutes
        return """
            mar:
              - med: \(drug) IVPB
                drug: \(drug)
                class: \(cls)
                route: IV piggyback
                entries: [01/04 09:00 New Bag, \(stop.chart) Stopped]
            """
    }

    // PUSH-MAX-15 / INF-MIN-16 and ADDL-HOUR-31 on a therapeutic infusion.
    @Test(arguments: [(15, "96374"), (16, "96365"), (90, "96365"), (91, "96365 96366"), (150, "96365 96366"),
                      (151, "96365 96366x2")])
    func therapeuticInfusion(minutes: Int, expected: String) throws {
        #expect(codes(try #require(scenario(Self.infusion(minutes)))) == expected)
    }

    // HYD-MIN-31 and hydration as the only service.
    @Test(arguments: [(30, ""), (31, "96360"), (90, "96360"), (91, "96360 96361"), (151, "96360 96361x2")])
    func hydrationAlone(minutes: Int, expected: String) throws {
        #expect(codes(try #require(scenario(Self.infusion(minutes, drug: "sodium chloride", cls: "hydration")))) == expected)
    }

    // REPEAT-PUSH-30: start to start, 30 → nothing, 31 → 96376; 30 counts under repeatPushMinGap: 30.
    @Test(arguments: [(30, 31, "96374"), (31, 31, "96374 96376"), (30, 30, "96374 96376"), (29, 30, "96374")])
    func repeatPush(gap: Int, minGap: Int, expected: String) throws {
        let second = Instant(year: 2026, month: 1, day: 4, hour: 9, minute: 0) + gap
        let s = try #require(scenario("""
            policy: {repeatPushMinGap: \(minGap)}
            mar:
              - med: ondansetron 4 mg/2 mL injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [01/04 09:00 Given, \(second.chart) Given]
            """))
        #expect(codes(s) == expected)
    }

    // Secondary hydration: ⌊(t+29)/60⌋ after deducting the piggyback's minutes (HYD-CONCURRENT).
    @Test(arguments: [(60, "96361 96365"), (120, "96361x2 96365"), (150, "96361x2 96365"), (181, "96361x3 96365")])
    func secondaryHydrationAfterDeduction(fluidMinutes: Int, expected: String) throws {
        // Fluid runs 09:00 + 30 + fluidMinutes; the drug takes 30 of them.
        let stop = Instant(year: 2026, month: 1, day: 4, hour: 9, minute: 0) + fluidMinutes + 30
        let s = try #require(scenario("""
            mar:
              - med: sodium chloride 0.9 % 1,000 mL
                drug: sodium chloride
                class: hydration
                route: IV infusion
                entries: [01/04 09:00 New Bag, \(stop.chart) Stopped]
              - med: ceftriaxone 1 g IVPB
                drug: ceftriaxone
                class: therapeutic
                route: IV piggyback
                entries: [01/04 09:10 New Bag, 01/04 09:40 Stopped]
            """))
        #expect(codes(s) == expected)
    }
}

/// D1: overlapping intervals of one drug on one access (two rows, or two bags at once) are one infusion.
@Suite struct SameDrugOverlapTests {
    @Test(arguments: [
        // second row overlaps the first: one infusion 09:00–10:20 = 80 min
        ("01/04 09:50", "01/04 10:20", "96365"),
        // overlap making the union 09:00–11:00 = 120 min: one added hour
        ("01/04 09:30", "01/04 11:00", "96365 96366"),
        // starts the minute the first stops: no overlap, a second interval of the same drug
        ("01/04 10:00", "01/04 10:30", "96365 96366"),
    ])
    func twoRowsOfOneDrug(start: String, stop: String, expected: String) throws {
        let s = try #require(scenario("""
            mar:
              - med: heparin 25,000 units/250 mL
                drug: heparin
                class: therapeutic
                route: IV infusion
                entries: [01/04 09:00 New Bag, 01/04 10:00 Stopped]
              - med: heparin 25,000 units/250 mL (new bag hung early)
                drug: heparin
                class: therapeutic
                route: IV infusion
                entries: ['\(start) New Bag', '\(stop) Stopped']
            """))
        #expect(codes(s) == expected)
    }
}

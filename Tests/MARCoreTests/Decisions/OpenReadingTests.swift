import MARCore
import MARScenarios
import Testing

/// Readings the spec left open, settled the way a certified facility coder would defend (see README, "Open readings").
@Suite struct OpenReadingTests {
    /// PORT-IRRIGATION-96523: the port flush that closes an encounter is part of that encounter's services,
    /// even when it falls on a later calendar date than every other service.
    @Test func portIrrigation96523NotReportedAfterMidnightInAnEncounterWithOtherServices() throws {
        let s = try #require(scenario("""
            encounter:
              timeline:
                - 01/04 20:00 ED arrival
                - 01/04 22:00 Observation order
                - 01/05 11:30 Discharge
            sites:
              P: {description: R chest port, device: port}
            mar:
              - med: ondansetron 4 mg injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [01/04 20:30 Given]
              - med: heparin lock flush 500 units/5 mL
                drug: heparin lock flush
                class: flush
                route: intracatheter
                entries: [01/05 11:00 Given]
            """))
        #expect(codes(s) == "96374")
        let alone = try #require(scenario("""
            encounter:
              timeline: [01/05 09:00 Arrival, 01/05 09:40 Discharge]
            sites:
              P: {description: R chest port, device: port}
            mar:
              - med: heparin lock flush 500 units/5 mL
                drug: heparin lock flush
                class: flush
                route: intracatheter
                entries: [01/05 09:10 Given]
            """))
        #expect(codes(alone) == "96523")
    }

    /// INPATIENT-EXCLUDED: an infusion cut to 15 minutes or less at discharge is not reported, as one cut by
    /// the inpatient order is not (it was not a push); `truncatedShortAsPush` reports either as a push.
    @Test(arguments: [(false, ""), (true, "96374")])
    func inpatientExcludedAppliesToADischargeCut(asPush: Bool, expected: String) throws {
        let s = try #require(scenario("""
            policy: {truncatedShortAsPush: \(asPush)}
            encounter:
              timeline: [01/04 20:00 ED arrival, 01/04 22:50 Discharge]
            mar:
              - med: ceftriaxone 1 g IVPB
                drug: ceftriaxone
                class: therapeutic
                route: IV piggyback
                entries: [01/04 22:40 New Bag, 01/04 23:20 Stopped]
            """))
        #expect(codes(s) == expected)
    }

    /// SECOND-SITE-59 (D11): of two separately coded accesses whose initials share a rank, the one whose
    /// initial service starts later carries 59 — even if that access had an earlier, lower-ranked service.
    @Test func secondSite59ComparesTheInitialServicesStarts() throws {
        let s = try #require(scenario("""
            sites:
              A: R antecubital 20 g
              B: {description: L forearm 18 g, separate: vancomycin incompatible with the running ceftriaxone line}
            mar:
              - med: lactated Ringer's 1,000 mL
                drug: lactated ringer's
                class: hydration
                route: IV infusion
                site: A
                entries: [01/04 08:00 New Bag, 01/04 08:40 Stopped]
              - med: ceftriaxone 2 g IVPB
                drug: ceftriaxone
                class: therapeutic
                route: IV piggyback
                site: B
                entries: [01/04 09:00 New Bag, 01/04 09:40 Stopped]
              - med: vancomycin 1 g IVPB
                drug: vancomycin
                class: therapeutic
                route: IV piggyback
                site: A
                entries: [01/04 10:00 New Bag, 01/04 11:00 Stopped]
            """))
        #expect(codes(s) == "96361 96365 96365-59")
        let coding = Engine.code(s)
        let flagged = try #require(coding.lines.first { $0.modifiers == ["59"] })
        #expect(flagged.administrations.first?.med.hasPrefix("vancomycin") == true)
    }
}

import MARCore
import Testing

/// A code written more often than the engine reports it: the surplus is explained by a row that fits the code, or,
/// when none does, by the rule that counts the code and the administrations that earn it — never by an oral tablet.
@Suite struct OverCountExplanationTests {
    static let saline31 = """
        mar:
          - med: sodium chloride 0.9 % 1,000 mL
            drug: sodium chloride
            class: hydration
            route: IV infusion
            necessity: documented
            entries: [01/04 13:02 Start, 01/04 13:33 Stop]
          - med: ondansetron 4 mg ODT
            drug: ondansetron
            class: therapeutic
            route: PO
            entries: [01/04 12:50 Given]
        """

    static let imShot = """
        mar:
          - med: ceftriaxone 250 mg injection
            drug: ceftriaxone
            class: therapeutic
            route: IM
            entries: [01/04 20:02 Given]
          - med: doxycycline 100 mg capsule
            drug: doxycycline
            class: therapeutic
            route: PO
            entries: [01/04 20:03 Given]
        """

    static let heldRepeat = """
        mar:
          - med: morphine 4 mg/mL injection
            drug: morphine
            class: therapeutic
            route: IV push
            entries: [01/04 10:45 Given, 01/04 13:45 Held]
          - med: acetaminophen 650 mg tablet
            drug: acetaminophen
            class: therapeutic
            route: PO
            entries: [01/04 11:00 Given]
        """

    static let saline155 = saline31.replacingOccurrences(of: "[01/04 13:02 Start, 01/04 13:33 Stop]",
                                                          with: "[01/04 13:10 Start, 01/04 15:45 Stop]")

    static func surplus(_ yaml: String, _ answer: String, code: String) throws -> Discrepancy {
        let s = try #require(scenario(yaml))
        let assessment = Scorer.assess(try AnswerParser.parse(answer), against: Engine.code(s))
        return try #require(assessment.discrepancies.first { $0.code == code && $0.answeredUnits > $0.expectedUnits })
    }

    @Test func aSecondInitialCodeIsOneInitialPerEncounter() throws {
        let d = try Self.surplus(Self.saline31, "96360 96360", code: "96360")
        #expect(d.rules.first == .oneInitialPerEncounter, "\(d.explanation)")
        #expect(d.explanation.contains("Sodium chloride 13:02–13:33 (31 min) is 96360"), "\(d.explanation)")
        #expect(!d.explanation.contains("ondansetron"), "\(d.explanation)")
    }

    @Test func aSecondInjectionCodeIsOnePerInjection() throws {
        let d = try Self.surplus(Self.imShot, "96372 96372", code: "96372")
        #expect(d.rules.first == .imsqPerInjection, "\(d.explanation)")
        #expect(!d.explanation.contains("doxycycline"), "\(d.explanation)")
    }

    /// Does not fire: a held dose of the drug is what a second push code most likely billed.
    @Test func aHeldDoseOfTheKindExplainsTheSurplusFirst() throws {
        let d = try Self.surplus(Self.heldRepeat, "96374 96374", code: "96374")
        #expect(d.rules.first == .heldNotGiven, "\(d.explanation)")
        #expect(!d.explanation.contains("acetaminophen"), "\(d.explanation)")
    }

    /// 96361 ×3 for 96360 + 96361 ×2: the first hour written as an added hour, paired with the missing 96360.
    @Test func anAddedHourWrittenForTheFirstHourNeedsItsPrimary() throws {
        let d = try Self.surplus(Self.saline155, "96361x3", code: "96361")
        #expect(d.rules.first == .addonRequiresPrimary, "\(d.explanation)")
        #expect(d.pairedWith == "96360", "\(d.explanation)")
        #expect(!d.explanation.contains("ondansetron"), "\(d.explanation)")
    }

    /// 96360 ×3 for 96360 + 96361 ×2: the added hours written as first hours, all three units said by the saline and
    /// the rule that counts hours, paired with the missing 96361 — not an oral tablet for the third unit.
    @Test func theFirstHourCodeWrittenForTheAddedHoursIsSaidByTheHours() throws {
        let d = try Self.surplus(Self.saline155, "96360x3", code: "96360")
        #expect(d.explanation.hasPrefix("96360 ×3 should be ×1: each hour after the first is an added hour, 96361, not "
                                        + "another 96360. [ADDL-HOUR-31]"), "\(d.explanation)")
        #expect(d.pairedWith == "96361", "\(d.explanation)")
        #expect(!d.explanation.contains("ondansetron"), "\(d.explanation)")
    }
}

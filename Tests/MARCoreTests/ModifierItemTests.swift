import MARCore
import Testing

/// A code reported twice, once with 59 (a return visit the same day): a unit left out is said once, as the unit
/// the answer lacks, and a modifier item appears only for a unit the answer has with the wrong modifier.
@Suite struct ModifierItemTests {
    static let twoVisits = """
        encounter:
          timeline: [05/16 09:30 ED arrival, 05/16 11:15 Discharge, 05/16 20:05 ED arrival, 05/16 23:50 Discharge]
        mar:
          - med: morphine 4 mg/mL injection
            drug: morphine
            class: therapeutic
            route: IV push
            entries: [05/16 09:50 Given, 05/16 20:30 Given]
        """

    static func discrepancies(_ answer: String) throws -> [Discrepancy] {
        let s = try #require(scenario(Self.twoVisits))
        let coding = Engine.code(s)
        #expect(coding.answer.withoutDepartments.text == "96374 96374-59", "the key this suite is about")
        return Scorer.assess(try AnswerParser.parse(answer), against: coding).discrepancies
    }

    /// The score line's tally: a unit of the right code with the wrong modifier (the 59 left off, or written on the
    /// other unit) is neither right nor extra; only units beyond a code's expected count are extra.
    @Test(arguments: [("96374x2", 1, 1, 0), ("96374 96374-59", 2, 0, 0), ("96374-59", 1, 0, 0),
                      ("96374 96374-25", 1, 1, 0), ("96374x2 96374-59", 2, 0, 1), ("96374-59x2", 1, 1, 0)])
    func theTallyCountsAWrongModifierApartFromExtraUnits(_ answer: String, _ right: Int, _ wrongModifier: Int,
                                                         _ extra: Int) throws {
        let s = try #require(scenario(Self.twoVisits))
        let t = Scorer.assess(try AnswerParser.parse(answer), against: Engine.code(s)).unitTally
        #expect(t.expected == 2 && t.right == right && t.wrongModifier == wrongModifier && t.extra == extra, "\(t)")
    }

    @Test func theReturnVisitLeftOutIsOneUnitsItem() throws {
        let ds = try Self.discrepancies("96374")
        #expect(ds.map(\.kind) == [.units], "\(ds.map(\.explanation))")
        #expect(ds.first?.explanation.contains("at 20:30") == true, "\(ds.map(\.explanation))")
    }

    @Test func theMorningLeftOutIsTheUnitMissingWhenThe59IsWritten() throws {
        let ds = try Self.discrepancies("96374-59")
        #expect(ds.map(\.kind) == [.units], "\(ds.map(\.explanation))")
        #expect(ds.first?.explanation.contains("at 09:50") == true, "\(ds.map(\.explanation))")
    }

    /// A unit swapped for another code: the wrong code is the one written for the unit left out, told apart by its
    /// modifier (the morning's push when 96374-59 is kept, the return visit's when the plain 96374 is kept).
    @Test(arguments: [("96365 96374-59", "09:50"), ("96374 96365", "20:30")])
    func aUnitSwappedAwayIsTheOneItsModifierLeavesOpen(_ answer: String, _ meant: String) throws {
        let ds = try Self.discrepancies(answer)
        let wrong = try #require(ds.first { $0.code == "96365" }, "\(ds.map(\.explanation))")
        #expect(wrong.explanation.contains("push at \(meant)"), "\(wrong.explanation)")
    }

    @Test func bothUnitsWithoutThe59IsAModifierItem() throws {
        let ds = try Self.discrepancies("96374x2")
        #expect(ds.map(\.kind) == [.modifier], "\(ds.map(\.explanation))")
    }

    /// 25 is an E/M modifier: the item says which modifier these codes take, not that no second initial exists.
    @Test func aModifierOfAnotherKindIsSaidAsSuch() throws {
        let ds = try Self.discrepancies("96374 96374-25")
        let d = try #require(ds.first { $0.kind == .modifier }, "\(ds.map(\.explanation))")
        #expect(d.explanation.hasPrefix("96374 takes no modifier -25: the one modifier"), "\(d.explanation)")
        #expect(d.explanation.contains("morphine push at 20:30 carries it"), "\(d.explanation)")
        #expect(d.rules == [.modifiers])
    }

    /// The 59 moved to a code that never takes it on this MAR: the item says which unit does (the second site's
    /// hydration), not that the MAR has no second initial service at all.
    @Test func a59OnTheWrongCodeNamesTheUnitThatTakesIt() throws {
        let s = try #require(scenario("""
            sites:
              A: R antecubital 20 g
              B:
                description: L forearm 20 g
                separate: fluids needed through their own line
            mar:
              - med: ceftriaxone 2 g IVPB
                drug: ceftriaxone
                class: therapeutic
                route: IV piggyback
                site: A
                entries: [01/04 09:00 New Bag, 01/04 09:40 Stopped]
              - med: sodium chloride 0.9 % 1,000 mL
                drug: sodium chloride
                class: hydration
                route: IV infusion
                site: B
                entries: [01/04 09:10 New Bag, 01/04 10:10 Stopped]
            """))
        let coding = Engine.code(s)
        #expect(coding.answer.withoutDepartments.text == "96365 96360-59", "the key this test is about")
        let ds = Scorer.assess(try AnswerParser.parse("96365-59 96360"), against: coding).discrepancies
        let d = try #require(ds.first { $0.kind == .modifier && $0.code == "96365" }, "\(ds.map(\.explanation))")
        #expect(d.explanation.hasPrefix("96365 takes no modifier -59 here: only a second initial service takes 59 (or XS, XE), "
                                        + "and here that is sodium chloride 09:10–10:10 (60 min): 96360-59."), "\(d.explanation)")
        #expect(d.rules == [.secondSite59, .modifiers])
    }
}

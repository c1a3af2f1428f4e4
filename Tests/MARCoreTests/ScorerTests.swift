import Foundation
import MARCore
import MARScenarios
import Testing

/// The scorer on the format page's example, against cli.md's "Explanations".
@Suite struct ScorerTests {
    static var example: Scenario? { ScenarioLoader.load(path: SpecExampleTests.path).scenario }

    @Test func explainsEveryDiscrepancyWithItsRule() throws {
        let s = try #require(Self.example)
        let a = Scorer.assess(try AnswerParser.parse("96374 96365 96375x2 96361"), against: Engine.code(s))
        #expect(!a.perfect)
        #expect(abs(a.score - 3.0 / 7.0) < 1e-9, "matched units over the union")
        func item(_ code: String) -> Discrepancy? { a.discrepancies.first { $0.code == code } }
        let extra = try #require(item("96374"))
        #expect(extra.kind == .extra && extra.rules == [.hierFacility])
        #expect(extra.explanation.contains("ceftriaxone") && extra.explanation.contains("22:15–22:50"))
        #expect(extra.explanation.contains("Ondansetron push at 01/04 21:05"), "paired with the push it describes")
        let units = try #require(item("96375"))
        #expect(units.kind == .units && units.expectedUnits == 1 && units.answeredUnits == 2)
        // The learner's 96374 took the 21:05 push, so their two 96375 describe the later ondansetron pushes: the
        // surplus unit is read as the 07:30 push, which is the same drug again (96376), so it is paired with 96376.
        #expect(units.rules == [.seqNewDrug] && units.explanation.contains("07:30") && units.pairedWith == "96376")
        let missing = try #require(item("96376"))
        // Its administration is already described by the 96375 item: the missing half points there, once.
        #expect(missing.kind == .missing && missing.rules.contains(.repeatPush30) && missing.pairedWith == "96375")
        #expect(missing.explanation == "96376 is missing: the code of the administration above. [REPEAT-PUSH-30, 96376-FACILITY-ONLY]")
        #expect(missing.deciding == [.seqNewDrug], "charged to the rule that ruled out the learner's 96375")
        #expect(item("96372")?.kind == .missing)
        #expect(Set(a.confirmations.map(\.code)) == ["96365", "96361"])
    }

    @Test func aPerfectAnswerScoresOne() throws {
        let s = try #require(Self.example)
        let a = Scorer.assess(try AnswerParser.parse("96365 96361 96375 96376 96372"), against: Engine.code(s))
        #expect(a.perfect && a.score == 1.0)
    }

    @Test func modifierAndDepartmentMistakesAreTheirOwnItems() throws {
        let s = try #require(Self.example)
        let coding = Engine.code(s)
        let wrongDept = Scorer.assess(try AnswerParser.parse("ED: 96365 96361 96375 96376 | OBS: 96372"), against: coding)
        #expect(wrongDept.discrepancies.map(\.kind) == [.department])
        #expect(wrongDept.discrepancies[0].code == "96376" && wrongDept.score < 1)
        let stray = Scorer.assess(try AnswerParser.parse("96365-59 96361 96375 96376 96372"), against: coding)
        #expect(stray.discrepancies.map(\.kind) == [.modifier] && stray.score < 1)
    }

    @Test func answerSyntax() throws {
        #expect(try AnswerParser.parse("96375 x2, 96365-59; 96375×1 96361*2 96366(3)").text == "96375x3 96365-59 96361x2 96366x3")
        #expect(try AnswerParser.parse("none").isEmpty)
        #expect(throws: AnswerError.self) { try AnswerParser.parse("96365 9637") }
        let error = #expect(throws: AnswerError.self) { try AnswerParser.parse("96365 hello") }
        #expect(error?.column == 7)
        // A modifier and units together: modifier 59, two units.
        #expect(try AnswerParser.parse("96372-59x2").items == [.init(code: "96372", modifiers: ["59"], units: 2)])
        #expect(throws: AnswerError.self) { try AnswerParser.parse("96372-591") }
        #expect(throws: AnswerError.self) { try AnswerParser.parse("96365x99") }
    }

    /// A code written again adds its units, up to the 24 one line may hold, whichever way it is spelt.
    @Test(arguments: [
        ("96365x24", "96365x24", nil), ("96366x20 96366x4", "96366x24", nil), ("96366x20 96366x5", nil, 10),
        (Array(repeating: "96365", count: 24).joined(separator: " "), "96365x24", nil),
        (Array(repeating: "96365", count: 25).joined(separator: " "), nil, 145),
        ("96372x24 96372-59", "96372x24 96372-59", nil),          // another modifier is another line
        ("ED: 96361x24 | OBS: 96361", "ED: 96361x24 | OBS: 96361", nil),
    ] as [(String, String?, Int?)])
    func unitsAddUpToTwentyFourAtMost(_ text: String, _ expected: String?, _ column: Int?) throws {
        do {
            let answer = try AnswerParser.parse(text)
            #expect(answer.text == expected, "\(text)")
            #expect(column == nil)
        } catch {
            #expect(error.column == column, "\(text)")
            #expect(error.message.contains("more than 24 units"))
            #expect(expected == nil)
        }
    }

    /// A wrong 96376 is explained by the repeat-push rule it broke, not absorbed into an unrelated substitution.
    @Test func aWrongRepeatPushCitesTheThirtyMinuteRule() throws {
        let s = try #require(CurriculumKeyTests.library.scenario("m07-morphine-thirty-minutes-no-charge"))
        let a = Scorer.assess(try AnswerParser.parse("96374 96376"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96376" })
        #expect(extra.kind == .extra && extra.rules == [.repeatPush30] && extra.explanation.contains("30 min"))
        #expect(a.discrepancies.contains { $0.code == "96375" && $0.kind == .missing })
    }

    /// An answer that is the coding under another §3.1 option says so, naming the option; a plain mistake does not.
    @Test func anAnswerRightUnderAnotherPolicyNamesIt() throws {
        let s = try #require(CurriculumKeyTests.library.scenario("m10-pyelo-ed-obs-midnight"))
        let reset = try AnswerParser.parse("ED: 96365 96375 | OBS: 96374")
        let alt = try #require(Scorer.alternative(for: reset, scenario: s))
        #expect(alt.option == "initialPerCalendarDay: true" && alt.rule == .midnightNoReset)
        #expect(alt.explanation.contains("This course uses initialPerCalendarDay: false"))
        #expect(Scorer.alternative(for: try AnswerParser.parse("96413"), scenario: s) == nil)
    }

    /// A refused dose billed is explained by the refusal, the row's last charted word (not by its Due entry or by
    /// the order line).
    @Test func aRefusedDoseBilledCitesTheRefusal() throws {
        let s = try #require(CurriculumKeyTests.library.scenario("m01-chest-pain-one-push-in-the-noise"))
        let a = Scorer.assess(try AnswerParser.parse("96374 96375"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96375" })
        #expect(extra.rules == [.heldNotGiven] && extra.explanation.contains("'Refused' at 10:20"), "\(extra.explanation)")
    }
}

/// A hydration code answered where the only fluid is a KVO line: the learner billed the KVO line (KVO-FLUSH), not
/// the push whose code they left out (a push is neither hydration nor an infusion: two decisions away).
@Suite struct HydrationCodeOnAKVOLineTests {
    static let text = """
        title: morphine push and a KVO line
        encounter:
          timeline: [05/02 10:20 ED arrival, 05/02 16:00 Discharge]
        mar:
          - med: morphine 4 mg/1 mL injection
            drug: morphine
            class: therapeutic
            route: IV push
            entries: [05/02 10:45 Given]
          - med: sodium chloride 0.9 % 1,000 mL
            drug: sodium chloride
            class: kvo
            route: IV infusion
            entries: [05/02 10:50 New Bag, 05/02 15:00 Stopped]
        """

    @Test func theKVOLineExplainsTheHydrationCode() throws {
        let s = try #require(ScenarioLoader.load(text: Self.text, path: "kvo.yaml").scenario)
        let a = Scorer.assess(try AnswerParser.parse("96360"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96360" })
        #expect(extra.rules.contains(.kvoFlush), "\(extra.explanation)")
        #expect(extra.explanation.lowercased().contains("sodium chloride"), "\(extra.explanation)")
        let missing = try #require(a.discrepancies.first { $0.code == "96374" })
        #expect(missing.explanation.lowercased().contains("morphine"), "\(missing.explanation)")
    }

    /// Hydration hours summed over every fluid line (a 30-min bolus and a 135-min KVO line as 96361 ×3): both lines
    /// are named, the bolus by HYD-MIN-31 and the KVO line by KVO-FLUSH (the KVO line went unnamed: learner trial).
    @Test func hydrationHoursSummedOverAKVOLineNameTheKVOLine() throws {
        let path = URL(fileURLWithPath: #filePath)
            .appendingPathComponent("../../../Scenarios/06-hydration/m06-renal-colic-30-minutes-and-kvo.yaml").standardized.path
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        let a = Scorer.assess(try AnswerParser.parse("96374 96361x3"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96361" })
        #expect(extra.rules.contains(.hydMin31) && extra.rules.contains(.kvoFlush), "\(extra.rules)")
        #expect(extra.explanation.contains("135 min only to keep the vein open"), "\(extra.explanation)")
    }

    /// A second 96365 written for a later interval of the same drug is that interval's, decided by
    /// SAME-DRUG-INTERMITTENT; written for one infusion's added hour, it is that infusion's, by ADDL-HOUR-31 (the later
    /// interval was explained by ADDL-HOUR-31 against the first dose: learner trial audit).
    @Test func aSecondInitialForALaterIntervalIsThatInterval() throws {
        let path = URL(fileURLWithPath: #filePath)
            .appendingPathComponent("../../../Scenarios/10-ed-obs-inpatient/m05-cellulitis-midnight-vancomycin.yaml")
            .standardized.path
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        let a = Scorer.assess(try AnswerParser.parse("96365 96366 96365 96366"), against: Engine.code(s))
        let twice = try #require(a.discrepancies.first { $0.code == "96365" })
        #expect(twice.deciding == [.sameDrugIntermittent], "\(twice.explanation)")
        #expect(twice.explanation.contains("11:05–13:10"), "\(twice.explanation)")
        let one = try #require(scenario("""
            mar:
              - med: vancomycin 1 g IVPB
                drug: vancomycin
                class: therapeutic
                route: IV piggyback
                entries: [01/04 09:00 New Bag, 01/04 10:40 Stopped]
            """))
        let hour = Scorer.assess(try AnswerParser.parse("96365x2"), against: Engine.code(one))
        let added = try #require(hour.discrepancies.first { $0.code == "96365" })
        #expect(added.rules.first == .addlHour31, "\(added.explanation)")
    }

    /// What the answer rightly left out (a held dose, an oral tablet, one encounter from ED to observation) is
    /// credited for mastery; a rule a discrepancy cites is not (it could only go down: learner trial audit).
    @Test func rulesOfWhatWasRightlyLeftOutAreCredited() throws {
        let path = URL(fileURLWithPath: #filePath)
            .appendingPathComponent("../../../Scenarios/07-repeat-pushes/m01-renal-colic-held-refused-canceled.yaml")
            .standardized.path
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        let coding = Engine.code(s)
        let right = Scorer.assess(try AnswerParser.parse("96374 96375x2 96376 96361"), against: coding)
        #expect(right.perfect)
        #expect(right.rulesDecided.isSuperset(of: [.heldNotGiven, .routeNotIv]), "\(right.rulesDecided)")
        let billed = Scorer.assess(try AnswerParser.parse("96374 96375x3 96376 96361"), against: coding)
        #expect(billed.discrepancies.contains { $0.rules.contains(.heldNotGiven) })
        #expect(!billed.rightlyLeftOut.contains(.heldNotGiven) && billed.rightlyLeftOut.contains(.routeNotIv),
                "\(billed.rightlyLeftOut)")
    }

    /// A second initial after midnight (m10-pyelo-ed-obs-midnight, "96365 96375 96374") is explained by
    /// ED-OBS-CONTINUOUS; MIDNIGHT-NO-RESET, which the answer broke too, is not credited. The perfect answer credits
    /// both encounter rules.
    @Test func encounterRulesAreCreditedOnlyToAPerfectAnswer() throws {
        let path = URL(fileURLWithPath: #filePath)
            .appendingPathComponent("../../../Scenarios/10-ed-obs-inpatient/m10-pyelo-ed-obs-midnight.yaml").standardized.path
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        let coding = Engine.code(s)
        let reset = Scorer.assess(try AnswerParser.parse("96365 96375 96374"), against: coding)
        #expect(!reset.rulesDecided.contains(.midnightNoReset), "\(reset.rulesDecided)")
        let right = Scorer.assess(coding.answer, against: coding)
        #expect(right.perfect && right.rulesDecided.isSuperset(of: [.midnightNoReset, .edObsContinuous]),
                "\(right.rulesDecided)")
    }

    /// A drug infusion called hydration is still that infusion (one decision away), KVO line or not.
    @Test func aDrugInfusionCalledHydrationIsThatInfusion() throws {
        let text = Self.text.replacingOccurrences(of: """
              - med: morphine 4 mg/1 mL injection
                drug: morphine
                class: therapeutic
                route: IV push
                entries: [05/02 10:45 Given]
            """, with: """
              - med: ceftriaxone 1 g IVPB
                drug: ceftriaxone
                class: therapeutic
                route: IV piggyback
                entries: [05/02 10:45 New Bag, 05/02 11:20 Stopped]
            """)
        let s = try #require(ScenarioLoader.load(text: text, path: "kvo.yaml").scenario)
        let a = Scorer.assess(try AnswerParser.parse("96360"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96360" })
        #expect(extra.explanation.lowercased().contains("ceftriaxone"), "\(extra.explanation)")
        #expect(extra.rules.contains(.hydCategory), "\(extra.explanation)")
    }
}

/// Every sentence under an item's head that starts a line starts with a capital: a wrong code written twice
/// is explained by two administrations, each on its own line.
@Suite struct ExplanationLinesTests {
    @Test func eachLineUnderTheHeadIsASentence() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Scenarios/02-push-vs-infusion/m02-seizure-15-versus-16-minutes.yaml").standardized.path
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        let a = Scorer.assess(try AnswerParser.parse("96374x2 96365"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96374" })
        let later = extra.explanation.split(separator: "\n").dropFirst()
        #expect(later.count >= 2, "\(extra.explanation)")
        for line in later {
            let first = line.drop { $0 == " " }.first
            #expect(first.map { $0.isUppercase || $0.isNumber } == true, "\(line)")
        }
    }
}

/// Two wrong codes and one open slot: the slot goes to the code that looks like it. A charge sheet with 96374 and
/// 96360 for a push, a saline bolus and an antibiotic bag describes the push as the initial service and the saline
/// as initial hydration — the 96374 is not "what they wrote for the saline" because the saline's 96361 is missing.
@Suite struct AnOpenSlotGoesToTheCodeThatLooksLikeItTests {
    static let text = """
        title: push, saline bolus, antibiotic bag
        encounter:
          timeline: [01/04 20:55 ED arrival, 01/04 23:55 Discharge]
        mar:
          - med: ondansetron 4 mg/2 mL injection
            drug: ondansetron
            class: therapeutic
            route: IV push
            entries: [01/04 21:05 Given, 01/04 21:25 Given]
          - med: sodium chloride 0.9 % bolus 1,000 mL
            drug: sodium chloride
            class: hydration
            route: IV infusion
            entries: [01/04 21:10 New Bag, 01/04 22:12 Stopped]
          - med: ceftriaxone 1 g IVPB
            drug: ceftriaxone
            class: therapeutic
            route: IV piggyback
            entries: [01/04 22:15 New Bag, 01/04 22:50 Stopped]
        """

    @Test func theHydrationCodeTakesTheSalineAndTheInitialPushTakesThePush() throws {
        let s = try #require(ScenarioLoader.load(text: Self.text, path: "slots.yaml").scenario)
        let a = Scorer.assess(try AnswerParser.parse("96374 96365 96375 96360"), against: Engine.code(s))
        let push = try #require(a.discrepancies.first { $0.code == "96374" })
        #expect(push.explanation.lowercased().contains("ondansetron"), "\(push.explanation)")
        #expect(!push.explanation.lowercased().contains("sodium chloride"), "\(push.explanation)")
        #expect(push.rules.contains(.hierFacility), "\(push.rules)")
        // It is read as the 21:25 push, which has no charge: the line under it says why.
        #expect(push.explanation.contains("21:25 gets no code of its own") && push.explanation.contains("[REPEAT-PUSH-30]"),
                "\(push.explanation)")
        let hydration = try #require(a.discrepancies.first { $0.code == "96360" })
        #expect(hydration.explanation.lowercased().contains("sodium chloride"), "\(hydration.explanation)")
        #expect(hydration.rules.contains(.hydNeverInitialWithDrug), "\(hydration.rules)")
    }

    /// With only the far code wrong, the open slot is still its best reading (a push called 96372 is that push).
    @Test func aLoneWrongCodeStillTakesTheOpenSlot() throws {
        let s = try #require(ScenarioLoader.load(text: Self.text, path: "slots.yaml").scenario)
        let a = Scorer.assess(try AnswerParser.parse("96365 96375 96374"), against: Engine.code(s))
        let wrong = try #require(a.discrepancies.first { $0.code == "96374" })
        #expect(wrong.explanation.lowercased().contains("sodium chloride"), "\(wrong.explanation)")
    }
}

/// On a MAR of several dates, the line naming an uncharged entry gives its date, as the rule's own sentence does.
@Suite struct ExplanationTimesCarryTheirDateTests {
    @Test func aHeldDoseOnATwoDayMARIsNamedWithItsDate() throws {
        let s = try #require(CurriculumKeyTests.library.scenario("m10-cellulitis-initial-in-observation"))
        let a = Scorer.assess(try AnswerParser.parse("ED: 96375x2 | OBS: 96365 96366x3 96372"), against: Engine.code(s))
        let extra = try #require(a.discrepancies.first { $0.code == "96372" })
        #expect(extra.explanation.contains("Insulin lispro at 09/24 07:45 gets no code."), "\(extra.explanation)")
    }
}

/// Two drips at once through two accesses, the second line's drip after a 10-minute loading dose on its own row: a
/// 96368 written is the drips (CONCURRENT-SAME-ACCESS), not the loading dose that merely sits on an infusion row.
@Suite struct AConcurrentCodeOnTwoLinesTests {
    static let twoLines = """
        encounter:
          timeline: [02/11 13:20 ED arrival, 02/11 18:45 Inpatient order]
        sites:
          A: R antecubital 20 g
          B:
            description: L forearm 20 g
            separate: amiodarone is Y-site incompatible with heparin; second IV placed per pharmacy
        mar:
          - med: heparin 25,000 units in dextrose 5 % 250 mL infusion
            drug: heparin
            class: therapeutic
            route: IV infusion
            site: A
            entries: [02/11 14:35 New Bag, 02/11 18:30 Stopped]
          - med: amiodarone 150 mg in dextrose 5 % 100 mL IVPB
            drug: amiodarone
            class: therapeutic
            route: IV piggyback
            site: B
            entries: [02/11 15:10 New Bag, 02/11 15:20 Stopped]
          - med: amiodarone 360 mg/200 mL premix infusion
            drug: amiodarone
            class: therapeutic
            route: IV infusion
            site: B
            entries: [02/11 15:22 New Bag, 02/11 18:30 Stopped]
        """

    @Test func theDripsExplainIt() throws {
        let coding = Engine.code(try #require(scenario(Self.twoLines)))
        #expect(coding.answer.withoutDepartments.text == "96365 96366x5 96365-59", "the key this test is about")
        let ds = Scorer.assess(try AnswerParser.parse("96365 96366x5 96365-59 96368"), against: coding).discrepancies
        let d = try #require(ds.first { $0.code == "96368" }, "\(ds.map(\.explanation))")
        #expect(d.rules == [.concurrentSameAccess], "\(d.explanation)")
        #expect(d.explanation.contains("through another access"), "\(d.explanation)")
        #expect(!d.explanation.contains("15:10"), "the loading dose is not what 96368 was written for: \(d.explanation)")
    }
}

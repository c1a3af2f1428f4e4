import Foundation
import Testing
import MARCore
@testable import MARTrainer

/// `cli.md`, "Mastery follows the deciding rule", through the real binary on shipped scenarios.
@Suite(.serialized) struct MasteryByDecidingRuleTests {
    static func attempts(home: String) throws -> [Attempt] {
        let log = try String(contentsOfFile: home + "/data/marcoach/learner/attempts.jsonl", encoding: .utf8)
        return try log.split(separator: "\n").map { try JSONDecoder().decode(Attempt.self, from: Data($0.utf8)) }
    }

    @Test func aSubstitutionChargesTheRuleThatDecidesIt() throws {
        let home = temporaryDirectory()
        // A 15-minute bag called an infusion, then a retry, then a garbled answer.
        let text = try ShippedCourseJourneyTests.run(["practice"], input: """
            start m02-seizure-15-versus-16-minutes
            96365 96367 96375
            96365 96375x2
            96365x99
            quit

            """, home: home)
        #expect(text.contains("[PUSH-MAX-15]"))
        #expect(!text.contains("Rationale:") || text.components(separatedBy: "Rationale:").count == 2,
                "the rationale waits until the scenario is solved")
        let log = try Self.attempts(home: home)
        #expect(log.count == 2, "the garbled answer records nothing")
        let first = try #require(log.first)
        #expect(first.tryNumber == 1 && log[1].tryNumber == 2)
        let missed = Set(first.discrepancies.flatMap(\.rules))
        #expect(missed == ["PUSH-MAX-15"], "the missing 96375 is charged to the rule that ruled out 96367")
        #expect(first.rules.contains("HIER-FACILITY"), "the initial coded right gets credit")
        let state = LearnerState(attempts: log)
        let mastery = Dictionary(uniqueKeysWithValues: state.mastery.map { ($0.rule, $0) })
        #expect(mastery["PUSH-MAX-15"]?.seen == 1 && mastery["PUSH-MAX-15"]?.right == 0, "the retry is not counted again")
        #expect(mastery["ONE-INITIAL-PER-ENCOUNTER"]?.right ?? 0 == mastery["ONE-INITIAL-PER-ENCOUNTER"]?.seen ?? 0)
        #expect(state.status(of: "m02-seizure-15-versus-16-minutes") == .solved)
    }

    @Test func noneSolvesANothingReportableScenarioAndRevealMakesItPractised() throws {
        let home = temporaryDirectory()
        _ = try ShippedCourseJourneyTests.run(["practice"], input: """
            start m01-asthma-nothing-reportable
            none
            start m02-seizure-15-versus-16-minutes
            reveal
            96365 96375x2
            quit

            """, home: home)
        let state = LearnerState(attempts: try Self.attempts(home: home))
        #expect(state.status(of: "m01-asthma-nothing-reportable") == .solved)
        #expect(state.status(of: "m02-seizure-15-versus-16-minutes") != .solved, "a revealed answer is practised, not solved")
    }
}

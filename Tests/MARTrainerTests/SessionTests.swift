import Foundation
import Testing
import MARCore
@testable import MARTrainer

@Suite struct ScriptedSession {
    /// Options with the fixture engine and scorer, a fixed clock and a private data folder.
    static func options(dir: String, scenario: String? = nil) -> TrainerOptions {
        TrainerOptions(
            learner: "ana", scenario: scenario, rules: Fixture.rules,
            environment: ["HOME": dir, "XDG_DATA_HOME": dir + "/data", "XDG_STATE_HOME": dir + "/state"],
            coder: { _ in Fixture.coding },
            assessor: { answer, coding in
                answer.unitsByCode == coding.answer.unitsByCode
                    ? Assessment(score: 1, expected: coding.answer, answered: answer, discrepancies: [],
                                 confirmations: [Confirmation(code: "96365", units: 1, rules: [.hierFacility], explanation: "initial infusion"),
                                                 Confirmation(code: "96375", units: 1, rules: [.pushNewDrug96375], explanation: "sequential push")])
                    : Fixture.assessment
            },
            clock: { Date(timeIntervalSince1970: 1_795_000_000) })
    }

    static func run(_ lines: [String], dir: String, scenario: String? = nil) -> (Int32, String) {
        let out = CapturedOutput()
        let status = Trainer.run(curriculum: Fixture.curriculum, options: options(dir: dir, scenario: scenario),
                                 input: ScriptedInput(lines, echoTo: out), output: out)
        return (status, out.text)
    }

    @Test func wholeSession() throws {
        let dir = temporaryDirectory()
        let (status, text) = Self.run([
            "why 96375", "next", "trace", "hint", "96374 96365", "why 96374", "trace", "9636x 96375", "answer 96365 ED",
            "shw", "rule HIER-FACILITY", "rule NOPE", "96365 96375", "list", "progress", "help why", "lesson", "quit",
            "this line is never read",
        ], dir: dir)
        #expect(status == 0)
        #expect(text.contains("marcoach › why 96375"))
        #expect(text.contains("marcoach › why 96375\nNo scenario is open"))
        #expect(text.contains("answer first"))
        #expect(text.contains("marcoach [ed-pyelo-ceftriaxone] › hint"))
        #expect(text.contains("Hint 1 of 2: Which administration outranks the others?"))
        #expect(text.contains("✗ 33% — 1 of 2 expected units right, 1 extra"))
        #expect(text.contains("✗ 96374 is not reported"))
        #expect(text.contains("ondansetron push at 21:05: an infusion ran: it takes the initial slot"))
        #expect(text.contains("Rules fired"))
        #expect(text.contains("  9636x 96375\n  ^ '9636x' is not a code"))
        #expect(text.contains("  96365 ED\n        ^ 'ED' is not a code"))
        #expect(text.contains("Did you mean 'show'?"))
        #expect(text.contains("HIER-FACILITY — Facility hierarchy picks the initial service"))
        #expect(text.contains("No rule 'NOPE'."))
        #expect(text.contains("✓ 100% — 2 of 2 expected units right. Correct."))
        #expect(text.contains("✓ ed-pyelo-ceftriaxone"))
        #expect(text.contains("solved 100%"))
        #expect(text.contains("2 attempts on 1 scenario; 1 solved; 1 hint used."))
        #expect(text.contains("why CODE"))
        #expect(text.contains("Lesson 1 of 1\nHierarchy\n─"))
        #expect(!text.contains("never read"))
        #expect(!text.contains("\u{1B}"))

        let (attempts, warnings) = ProgressStore(learner: "ana", environment: Self.options(dir: dir).environment).load()
        #expect(warnings.isEmpty)
        #expect(attempts.count == 2)
        #expect(attempts[0].answer == "96374 96365")
        #expect(attempts[0].hints == 1)
        #expect(attempts[0].score == 1.0 / 3)
        #expect(attempts[0].discrepancies.map(\.code) == ["96374", "96375"])
        #expect(attempts[0].at == "2026-11-18T11:06:40Z")
        #expect(attempts[1].solved)
    }

    @Test func revealCountsAsGivenUpAndEndOfInputLeaves() {
        let dir = temporaryDirectory()
        let (status, text) = Self.run(["reveal", "trace"], dir: dir, scenario: Fixture.scenario.id)
        #expect(status == 0)
        #expect(text.contains("The engine's answer: 96365 96375"))
        #expect(text.contains("Bye."))
        let (attempts, _) = ProgressStore(learner: "ana", environment: Self.options(dir: dir).environment).load()
        #expect(attempts.count == 1)
        #expect(attempts[0].gaveUp)
        #expect(attempts[0].score == 0)
        #expect(attempts[0].rules.contains("HIER-FACILITY"))
    }

    @Test func unknownScenarioAndNoScenarioOpen() {
        let dir = temporaryDirectory()
        let (_, text) = Self.run(["start ed-pyelo-ceftriaxon", "96365", "show", "skip", "next"], dir: dir)
        #expect(text.contains("No scenario 'ed-pyelo-ceftriaxon'. Did you mean 'ed-pyelo-ceftriaxone'?"))
        #expect(text.contains("Open a scenario first"))
        #expect(text.contains("No scenario is open"))
    }
}

/// A course scenario whose file fails to load when it is opened: the trainer says so once and `next` goes on past
/// it, instead of reopening it (and its module's lesson) at every `next`.
@Suite struct AScenarioThatCannotBeOpened {
    /// The fixture course with a broken scenario listed before the fixture's own.
    struct OneBroken: ScenarioSource {
        var ids: [String] { ["broken", Fixture.scenario.id] }
        func scenario(_ id: String) -> Scenario? { id == Fixture.scenario.id ? Fixture.scenario : nil }
        var all: [Scenario] { [Fixture.scenario] }
    }

    static let curriculum = Curriculum(
        title: "Test course",
        modules: [Module(id: "m1", title: "Hierarchy", lesson: "# Hierarchy\n\nThe **initial** service.",
                         scenarioIDs: ["broken", Fixture.scenario.id])],
        source: OneBroken())

    @Test func nextGoesOnPastIt() {
        let out = CapturedOutput()
        let status = Trainer.run(curriculum: Self.curriculum, options: ScriptedSession.options(dir: temporaryDirectory()),
                                 input: ScriptedInput(["next", "next", "quit"], echoTo: out), output: out)
        #expect(status == 0)
        let text = out.text
        #expect(text.contains("Scenario broken cannot be opened"), "\(text)")
        #expect(!text.contains("No scenario 'broken'"), "\(text)")
        #expect(text.contains("marcoach [\(Fixture.scenario.id)] ›"), "the second 'next' opens the following scenario: \(text)")
        #expect(text.components(separatedBy: "Lesson 1 of 1").count == 2, "the lesson is shown once: \(text)")
    }
}

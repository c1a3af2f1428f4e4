import Foundation
import Testing
import TestScratch
import MARCore
import MARScenarios
@testable import MARTrainer

/// Exams: fresh draws, module and difficulty filters, balance, the live clock, the report's order and its
/// closing advice.
@Suite struct ExamJourneyTests {
    static func a(_ text: String) -> Answer { try! AnswerParser.parse(text) }

    @Test(arguments: [
        ("96375 96367 96409", "96409 96367 96375", "96409 96367 96375"),
        ("96372 96369", "96369 96372", "96369 96372"),
        // Codes the answer lacks follow in the key's order; extra answered codes are skipped.
        ("96365 96375", "96374 96365", "96365 96375"),
        ("96365 96375x2", "96374", "96365 96375x2"),
        ("ED: 96365 96375 | OBS: 96376", "96376 96365", "96376 96365 96375"),
        ("", "96365", "(none)"),
    ])
    func expectedFollowsTheAnswersOrder(_ expected: String, _ answer: String, _ shown: String) {
        let answered: Answer? = answer == "(unanswered)" ? nil : Self.a(answer)
        #expect(ExamReport.expectedText(Self.a(expected), like: answered) == shown)
    }

    @Test func expectedWhenUnansweredIsTheKeysOrder() {
        #expect(ExamReport.expectedText(Self.a("96375 96365"), like: nil) == "96375 96365")
    }

    @Test(arguments: [
        ("3", 3...3 as ClosedRange<Int>?), ("1-3", 1...3), ("2-2", 2...2), ("0", nil), ("6", nil), ("3-1", nil),
        ("1-", nil), ("-2", nil), ("x", nil), ("1-2-3", nil), ("", nil),
    ] as [(String, ClosedRange<Int>?)])
    func difficultyLevelsAndRanges(_ text: String, _ range: ClosedRange<Int>?) {
        #expect(ExamOptions.difficulty(text) == range)
    }

    @Test func freshSeedsDrawDifferentExams() {
        let seeds = (0..<20).map { _ in ExamOptions.freshSeed() }
        #expect(Set(seeds).count > 15)
        #expect(seeds.allSatisfy { (1...999_999).contains($0) })
        let draws = Set([1, 2, 3, 4, 5].map { seed in
            ExamDraw.draw(curriculum: ExamTests.curriculum, options: ExamOptions(count: 3, seed: seed), coder: ExamTests.coding).map(\.id)
        })
        #expect(draws.count > 1)
    }

    @Test func modulesAndDifficultyNarrowTheDraw() {
        let onlyB = ExamDraw.draw(curriculum: ExamTests.curriculum, options: ExamOptions(count: 10, seed: 4, modules: ["2"]),
                                  coder: ExamTests.coding)
        #expect(onlyB.map(\.id).sorted() == ["b1", "b2", "b3", "b4"])
        let byID = ExamDraw.draw(curriculum: ExamTests.curriculum, options: ExamOptions(count: 10, seed: 4, modules: ["A"]),
                                 coder: ExamTests.coding)
        #expect(byID.map(\.id).sorted() == ["a1", "a2", "a3", "a4"])
        let easy = ExamDraw.draw(curriculum: ExamTests.curriculum, options: ExamOptions(count: 10, seed: 4, difficulty: 1...2),
                                 coder: ExamTests.coding)
        #expect(easy.map(\.id).sorted() == ["a1", "a2", "b1", "b2"])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7])
    func drawIsBalancedAcrossModules(count: Int) {
        for seed in UInt64(1)...8 {
            let ids = ExamDraw.draw(curriculum: ExamTests.curriculum, options: ExamOptions(count: count, seed: seed),
                                    coder: ExamTests.coding).map(\.id)
            let a = ids.filter { $0.hasPrefix("a") }.count, b = ids.count - a
            #expect(abs(a - b) <= 1, "seed \(seed): \(ids)")
        }
    }

    func session(_ clock: ManualClock, minutes: Int, count: Int = 2) -> (ExamSession, CapturedOutput) {
        let out = CapturedOutput()
        let scenarios = (1...count).map { ExamTests.scenario("a\($0)") }
        let options = TrainerOptions(learner: "ana", mode: .exam, environment: [:], coder: { ExamTests.coding($0) },
                                     assessor: { ExamTests.assess($0, $1) }, clock: { clock.now },
                                     progressPath: Scratch.path("exam") + "/attempts.jsonl")
        return (ExamSession(scenarios: scenarios, options: options, exam: ExamOptions(count: count, minutes: minutes, seed: 42),
                            output: out), out)
    }

    @Test func theClockWhileWaitingAtThePrompt() {
        let clock = ManualClock()
        let (exam, _) = session(clock, minutes: 2)
        // The first call shows the current prompt; the same second changes nothing.
        #expect(exam.waiting() == .prompt("exam 1/2 · 2:00 left › "))
        #expect(exam.waiting() == .keep)
        clock.advance(1)
        #expect(exam.waiting() == .prompt("exam 1/2 · 1:59 left › "))
        clock.advance(0.5)
        #expect(exam.waiting() == .keep)
        // At one minute: the warning, once, above the prompt.
        clock.advance(58.5)
        #expect(exam.waiting() == .notice(ExamSession.lastMinuteWarning, prompt: "exam 1/2 · 1:00 left › "))
        clock.advance(1)
        #expect(exam.waiting() == .prompt("exam 1/2 · 0:59 left › "))
        clock.advance(59)
        #expect(exam.waiting() == .finish)
    }

    @Test func timeRunningOutAtThePromptEndsTheExamThere() {
        let clock = ManualClock()
        let (exam, out) = session(clock, minutes: 2)
        // The learner types the right answer after the limit: the exam has already ended.
        let report = exam.run(input: TimedInput([(50, "96365 96375"), (30, "skip"), (45, "96365 96375")], clock: clock))
        #expect(report.items.map(\.score) == [1, 0])
        #expect(report.timedOut)
        #expect(out.text.contains("One minute left"))
        #expect(out.text.components(separatedBy: "One minute left").count == 2, "warned once")
        #expect(out.text.contains("Time is up: the exam has ended. Unanswered items score zero."))
    }

    @Test func introReportAndAdvice() {
        let clock = ManualClock()
        let (exam, out) = session(clock, minutes: 4)
        let report = exam.run(input: TimedInput([(5, "hint"), (5, "96375 96365"), (5, "96365")], clock: clock))
        #expect(out.text.replacingOccurrences(of: "\n", with: " ").contains("Seed 42: the same options with --seed 42 give this exam again."))
        #expect(out.text.contains("or 'help'."))
        #expect(!out.text.contains("'hint', 'help'"), "exam items do not offer hints")
        #expect(out.text.contains("    answer:   96375 96365\n    expected: 96375 96365"))
        #expect(report.practiseNext == ["marcoach practice --scenario a2", "marcoach review"])
        #expect(out.text.hasSuffix("Practise next\n  marcoach practice --scenario a2\n  then 'marcoach review' for the rules you are due to review.\n\n"))
        #expect(report.markdown().hasSuffix("## Practise next\n\n- `marcoach practice --scenario a2`\n- `marcoach review`\n"))
    }

    @Test func helpInTheExamIsWrapped() {
        let clock = ManualClock()
        let (exam, out) = session(clock, minutes: 4)
        _ = exam.run(input: TimedInput([(1, "help")], clock: clock))
        let help = out.text.components(separatedBy: "Codes (or 'answer CODES'")[1].components(separatedBy: "\n\n")[0]
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(help.contains("'finish' submits."))
    }
}

/// The exam report shows a substitution as the feedback screen does: the wrong code first, then the code it replaced,
/// which points back to "the administration above" (the missing half was printed first, above nothing).
@Suite struct ExamReportSubstitutionTests {
    @Test func theMissingHalfFollowsTheWrongCodeItReplaced() throws {
        let path = PseudoTerminalTests.root.appendingPathComponent("Scenarios/03-initial-and-hierarchy/m03-uti-zofran-then-ceftriaxone.yaml").path
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        let coding = Engine.code(s)
        let answer = try AnswerParser.parse("96375 96367")
        let item = ExamReport.Item(scenario: s, answer: answer, coding: coding,
                                   assessment: Scorer.assess(answer, against: coding), seconds: 10)
        let report = ExamReport(options: ExamOptions(count: 1, seed: 1), secondsUsed: 10, items: [item], timedOut: false)
        let text = report.text(width: 100, style: .plain)
        let wrong = try #require(text.range(of: "✗ 96367 is not reported"))
        let missing = try #require(text.range(of: "96365 is missing: the code of the administration above"))
        #expect(wrong.lowerBound < missing.lowerBound, "\(text)")
        #expect(!text.contains("✗ 96365 is missing"), "the missing half is not an item of its own: \(text)")
        let markdown = report.markdown()
        #expect(markdown.contains("- ✗ 96367 is not reported") && !markdown.contains("- ✗ 96365 is missing"), "\(markdown)")
    }
}

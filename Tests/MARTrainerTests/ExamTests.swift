import Foundation
import Testing
import TestScratch
import MARCore
@testable import MARTrainer

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_790_000_000)
    func advance(_ seconds: TimeInterval) { now += seconds }
}

/// A scripted input that advances the clock before each line.
final class TimedInput: LineInput {
    var lines: [(TimeInterval, String)]
    let clock: ManualClock
    init(_ lines: [(TimeInterval, String)], clock: ManualClock) { self.lines = lines; self.clock = clock }
    func readLine(prompt: String) -> String? {
        guard !lines.isEmpty else { return nil }
        let (dt, line) = lines.removeFirst()
        clock.advance(dt)
        return line
    }
}

@Suite struct ExamTests {
    static func scenario(_ id: String, difficulty: Int = 1, topics: [String] = []) -> Scenario {
        var s = Fixture.scenario
        s.id = id
        s.difficulty = difficulty
        s.topics = topics
        return s
    }

    static let curriculum: Curriculum = {
        let a = (1...4).map { scenario("a\($0)", difficulty: $0) }
        let b = (1...4).map { scenario("b\($0)", difficulty: $0, topics: ["REPEAT-PUSH-30"]) }
        return Curriculum(title: "t", modules: [Module(id: "A", title: "A", lesson: "", scenarioIDs: a.map(\.id)),
                                                Module(id: "B", title: "B", lesson: "", scenarioIDs: b.map(\.id))],
                          scenarios: a + b)
    }()

    /// A coding of `96365 96375` whose lines cite HIER-FACILITY and PUSH-NEW-DRUG-96375.
    static func coding(_ s: Scenario) -> Coding {
        let at = Fixture.at(4, 22, 15)
        return Coding(scenario: s.id, profile: "cms-facility", setting: .facility, lines: [
            CodeLine(code: "96365", units: 1, department: .ED, date: at.date, rules: [.hierFacility, .infMin16], administrations: []),
            CodeLine(code: "96375", units: 1, department: .ED, date: at.date, rules: [.pushNewDrug96375], administrations: []),
        ])
    }

    /// A fixed scorer: each expected code not answered is a `missing` discrepancy citing its line's rules.
    static func assess(_ a: Answer, _ c: Coding) -> Assessment {
        let given = Set(a.items.map(\.code))
        let ds = c.lines.filter { !given.contains($0.code) }.map {
            Discrepancy(kind: .missing, code: $0.code, expectedUnits: $0.units, answeredUnits: 0, rules: $0.rules,
                        explanation: "\($0.code) is missing.")
        }
        let score = c.lines.isEmpty ? 1 : Double(c.lines.count - ds.count) / Double(c.lines.count)
        return Assessment(score: score, expected: c.answer, answered: a, discrepancies: ds, confirmations: [])
    }

    func options(_ clock: ManualClock, path: String) -> TrainerOptions {
        TrainerOptions(learner: "ana", mode: .exam, environment: [:], coder: { ExamTests.coding($0) },
                       assessor: { ExamTests.assess($0, $1) }, clock: { clock.now }, progressPath: path)
    }

    func tempLog() -> String { Scratch.path("exam") + "/attempts.jsonl" }

    @Test func drawIsStableForASeed() {
        let o = ExamOptions(count: 4, seed: 7)
        let a = ExamDraw.draw(curriculum: Self.curriculum, options: o, coder: Self.coding).map(\.id)
        let b = ExamDraw.draw(curriculum: Self.curriculum, options: o, coder: Self.coding).map(\.id)
        #expect(a == b)
        #expect(a.count == 4)
        #expect(Set(a.map { $0.prefix(1) }) == ["a", "b"], "spread across modules: \(a)")
        #expect(Set(a).count == 4)
        let topics = ExamDraw.draw(curriculum: Self.curriculum, options: ExamOptions(count: 10, seed: 7, topics: ["REPEAT-PUSH-30"]), coder: Self.coding)
        #expect(topics.allSatisfy { $0.id.hasPrefix("b") } && topics.count == 4)
        let fired = ExamDraw.draw(curriculum: Self.curriculum, options: ExamOptions(count: 10, seed: 7, topics: ["PUSH-NEW-DRUG-96375"], difficulty: 2...2), coder: Self.coding)
        #expect(fired.map(\.id).sorted() == ["a2", "b2"])
    }

    @Test func timeOutScoresRemainingItemsZero() {
        let clock = ManualClock()
        let scenarios = ["a1", "a2", "a3"].map { Self.scenario($0) }
        let exam = ExamOptions(count: 3, minutes: 2, seed: 1)
        let out = CapturedOutput()
        let session = ExamSession(scenarios: scenarios, options: options(clock, path: tempLog()), exam: exam, output: out)
        #expect(session.prompt == "exam 1/3 · 2:00 left › ")
        // Right answer at 30 s, then the second answer arrives after the limit: not counted.
        let report = session.run(input: TimedInput([(30, "96365 96375"), (100, "96365 96375")], clock: clock))
        #expect(report.timedOut)
        #expect(report.secondsUsed == 120)
        #expect(report.items.map(\.score) == [1, 0, 0])
        #expect(abs(report.score - 1.0 / 3) < 1e-9)
        #expect(!report.passed)
        #expect(out.text.contains("Time is up"))
    }

    @Test func perRuleCountsOnFixedAnswers() {
        let clock = ManualClock()
        let scenarios = ["a1", "a2", "a3"].map { Self.scenario($0) }
        let session = ExamSession(scenarios: scenarios, options: options(clock, path: tempLog()),
                                  exam: ExamOptions(count: 3, seed: 1), output: CapturedOutput())
        // Item 1 right; item 2 misses 96375; item 3 unanswered.
        let report = session.run(input: TimedInput([(5, "96365 96375"), (5, "96365"), (5, "finish")], clock: clock))
        let rows = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.rule.rawValue, ($0.items, $0.right)) })
        #expect(rows["HIER-FACILITY"]! == (3, 2))
        #expect(rows["INF-MIN-16"]! == (3, 2))
        #expect(rows["PUSH-NEW-DRUG-96375"]! == (3, 1))
        let json = report.json().rendered()
        #expect(json.hasPrefix("{\"seed\": 1, \"count\": 3, \"minutes\": 6, \"seconds_used\": 15, \"score\": 0.5, \"pass_mark\": 0.7, \"passed\": false, \"scenarios\": [{\"scenario\": \"a1\", \"answer\": \"96365 96375\""))
        #expect(json.contains("{\"rule\": \"PUSH-NEW-DRUG-96375\", \"items\": 3, \"right\": 1}"))
        #expect(report.markdown().contains("| PUSH-NEW-DRUG-96375 | 3 | 1 |"))
    }

    @Test func pipedExamEndToEnd() {
        let clock = ManualClock()
        let log = tempLog()
        let out = CapturedOutput()
        let input = ScriptedInput(["hint", "skip", "96365 96375", "back", "96374", "goto 1", "96365 96375", "list", "why 96365"], echoTo: out)
        let report = Trainer.exam(curriculum: Self.curriculum, options: options(clock, path: log),
                                  exam: ExamOptions(count: 2, seed: 3), input: input, output: out)
        #expect(out.text.contains("'hint' is not available during the exam"))
        #expect(out.text.contains("'why' is not available during the exam"))
        #expect(out.text.contains("exam 1/2 · 4:00 left › "))
        #expect(report.items.count == 2)
        #expect(report.items.map(\.score) == [1, 1], "the first item's answer was changed to the right one")
        let (attempts, _) = ProgressStore(learner: "ana", path: log).load()
        #expect(attempts.count == 2)
        #expect(attempts.allSatisfy { $0.mode == .exam })
    }
}

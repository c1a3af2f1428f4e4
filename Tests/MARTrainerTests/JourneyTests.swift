import Foundation
import Testing
import MARCore
@testable import MARTrainer

/// The course as a journey: places, `next` forward only, lessons on entering a module, module ends,
/// welcome back and the session recap, `list N` / `lesson N`, the pager's choice.
@Suite struct JourneyTests {
    static func scenario(_ id: String, difficulty: Int = 2) -> Scenario {
        var s = Fixture.scenario
        s.id = id
        s.difficulty = difficulty
        return s
    }

    /// Two modules: m1 holds a1, a2; m2 holds b1. `c1` is in no module.
    static let curriculum = Curriculum(
        title: "Test course",
        modules: [Module(id: "01-first", title: "First steps", lesson: "# First steps\n\nRead the **window** first.", scenarioIDs: ["a1", "a2"]),
                  Module(id: "02-second", title: "Second steps", lesson: "# Second steps\n\nPushes and infusions.", scenarioIDs: ["b1"])],
        scenarios: ["a1", "a2", "b1", "c1"].map { scenario($0) })

    static func state(solved: [String], attempted: [String] = []) -> LearnerState {
        LearnerState(attempts: solved.map { attempt($0, score: 1) } + attempted.map { attempt($0, score: 0.5) })
    }

    // MARK: CourseMap

    @Test func places() {
        let map = CourseMap(Self.curriculum)
        #expect(map.order == ["a1", "a2", "b1", "c1"])
        #expect(map.place(of: "a2")?.text == "Module 1 of 2 · scenario 2 of 2")
        #expect(map.place(of: "b1")?.text == "Module 2 of 2 · scenario 1 of 1")
        #expect(map.place(of: "c1") == nil)
    }

    @Test(arguments: [
        ("1", 1), ("01", 1), ("2", 2), ("02-second", 2), ("02-SECOND", 2), ("01-f", 1), ("0", nil), ("3", nil),
        ("0-", nil), ("nope", nil), ("", nil),  // "0-" starts both ids: ambiguous
    ] as [(String, Int?)])
    func moduleByNumberOrID(_ name: String, _ number: Int?) {
        #expect(CourseMap(Self.curriculum).module(named: name)?.number == number)
    }

    @Test(arguments: [
        // anchor, solved, attempted, expected
        (nil, [], [], CourseMap.NextStep.open("a1")),
        ("a1", [], [], .open("a2")),
        // a1 unsolved behind a2: next goes forward to b1, never back to a1.
        ("a2", [], ["a1"], .open("b1")),
        ("a1", ["a2"], [], .open("b1")),
        ("b1", [], [], .open("c1")),
        // The end of the course: nothing ahead; the unsolved behind are listed, not opened.
        ("c1", ["c1"], ["a1"], .courseEnd(unsolved: ["a1", "a2", "b1"])),
        ("c1", ["a1", "a2", "b1", "c1"], [], .courseEnd(unsolved: [])),
    ] as [(String?, [String], [String], CourseMap.NextStep)])
    func nextMovesForwardOnly(_ anchor: String?, _ solved: [String], _ attempted: [String], _ expected: CourseMap.NextStep) {
        #expect(CourseMap(Self.curriculum).next(after: anchor, state: Self.state(solved: solved, attempted: attempted)) == expected)
    }

    @Test func moduleResultsAndResume() {
        let map = CourseMap(Self.curriculum)
        var log = [attempt("a1", score: 0.5), attempt("a1", score: 1), attempt("a2", score: 1)]
        log[0].hints = 2
        log[1].hints = 2  // the same two hints, still shown at the retry: counted once
        let state = LearnerState(attempts: log)
        let r = map.results(of: Self.curriculum.modules[0], state: state)
        #expect(r == CourseMap.ModuleResults(solved: 2, total: 2, attempted: 2, firstTry: 1, hints: 2, firstTryMean: 0.75))
        #expect(map.isComplete(Self.curriculum.modules[0], state: state))
        #expect(map.resumePoint(state: state) == "a2")
        #expect(map.currentModule(state: state)?.number == 2, "a finished module hands over to the next")
        #expect(map.resumePoint(state: LearnerState(attempts: [])) == nil)
    }

    // MARK: Sessions

    static func run(_ lines: [String], dir: String, module: String? = nil) -> String {
        var options = ScriptedSession.options(dir: dir)
        options.module = module
        let out = CapturedOutput()
        _ = Trainer.run(curriculum: Self.curriculum, options: options, input: ScriptedInput(lines, echoTo: out), output: out)
        return out.text
    }

    /// The transcript with wrapped lines joined, for checking sentences.
    static func flat(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }

    @Test func nextGoesFromModuleOneToModuleTwoWithItsLesson() {
        let dir = temporaryDirectory()
        let text = Self.run(["next", "96365 96375", "next", "96365 96375", "next", "next", "next"], dir: dir)
        // Module 1's lesson comes with the first `next`, its title once.
        #expect(text.contains("marcoach › next\nModule 1 of 2 begins: First steps."))
        #expect(text.contains("Lesson 1 of 2\nFirst steps\n───"))
        #expect(!text.contains("FIRST STEPS"))
        #expect(text.contains("Module 1 of 2 · scenario 1 of 2\na1 · ★★☆☆☆ · facility"))
        // Solving a2 finishes module 1: its results and what comes next.
        #expect(Self.flat(text).contains("Module 1 of 2 finished: First steps. All 2 scenarios solved, 2 right on the first try "
                              + "(first tries averaged 100%), 0 hints used. Next: module 2, Second steps: 'next' opens its lesson"))
        // `next` enters module 2 with its lesson, then its scenario.
        let m2 = text.range(of: "Module 2 of 2 begins: Second steps.")
        #expect(m2 != nil)
        #expect(text.contains("Lesson 2 of 2\nSecond steps\n────────────\n\nPushes and infusions."))
        #expect(text.contains("Module 2 of 2 · scenario 1 of 1\nb1"))
        // b1 skipped: c1 (in no module) has no place line; then the end of the course, said once per `next`.
        #expect(text.contains("marcoach [b1] › next\nPyelonephritis"))
        #expect(Self.flat(text).contains("You have reached the end of the course. 2 scenarios are still unsolved; the first is b1: 'start b1'"))
        #expect(!text.contains("You leave module 1"), "module 1 was finished")
        #expect(Self.flat(text).contains("This session: 2 answers on 2 scenarios; 2 solved (a1, a2); 0 hints."))
    }

    @Test func skippingAModuleSaysWhatIsLeftAndNeverLoopsBack() {
        let dir = temporaryDirectory()
        let text = Self.run(["next", "skip", "next", "next"], dir: dir)
        #expect(text.contains("marcoach [a2] › next\nYou leave module 1 with 0 of 2 solved ('list 1' shows the rest)."))
        let opened = text.components(separatedBy: "\n").filter { $0.hasPrefix("Module ") && $0.contains("· scenario") }
        #expect(opened == ["Module 1 of 2 · scenario 1 of 2", "Module 1 of 2 · scenario 2 of 2", "Module 2 of 2 · scenario 1 of 1"])
        #expect(text.contains("marcoach [b1] › next\nPyelonephritis"), "then c1, never back to a1")
    }

    @Test func welcomeBackAndRecap() {
        let dir = temporaryDirectory()
        // a1 solved; a2 answered wrong, so the rules its discrepancies cite are due at once.
        _ = Self.run(["next", "96365 96375", "next", "96374 96365"], dir: dir)
        let text = Self.run(["next", "quit"], dir: dir)
        #expect(Self.flat(text).contains("Welcome back, ana: 1 of 4 scenarios solved. You are in module 1 of 2, First steps "
                                         + "(1 of 2 solved). 2 rules are due for review (HIER-FACILITY, PUSH-NEW-DRUG-96375): "
                                         + "'marcoach review' drills them."))
        #expect(Self.flat(text).contains("Type 'next' to go back to a2"))
        // Resuming mid-module reopens the unsolved a2, without the lesson.
        #expect(text.contains("marcoach › next\nPyelonephritis"))
        #expect(text.contains("Module 1 of 2 · scenario 2 of 2\na2"))
        #expect(text.contains("No answers this session."))
        let first = Self.run(["quit"], dir: temporaryDirectory())
        #expect(Self.flat(first).contains("Type 'next' to begin with module 1's lesson"))
        #expect(!first.contains("Welcome back"))
        // Solved and nothing due: on to the next scenario.
        let solvedDir = temporaryDirectory()
        _ = Self.run(["next", "96365 96375"], dir: solvedDir)
        let again = Self.flat(Self.run(["quit"], dir: solvedDir))
        #expect(again.contains("No rules are due for review."))
        #expect(again.contains("Type 'next' to go on with a2"))
    }

    @Test func recapCountsHintsRevealsAndMissedRules() {
        let dir = temporaryDirectory()
        let text = Self.run(["start a1", "hint", "96374 96365", "reveal", "quit"], dir: dir)
        #expect(Self.flat(text).contains("This session: 1 answer on 1 scenario; 0 solved; 1 revealed; 1 hint. Rules to look at again: "
                              + "HIER-FACILITY, PUSH-NEW-DRUG-96375."))
    }

    @Test func listAndLessonByModule() {
        let dir = temporaryDirectory()
        let text = Self.run(["list 2", "lesson 2", "lesson 02-second", "lesson 9", "list nope", "list"], dir: dir)
        #expect(text.contains("marcoach › list 2\nModule 2 of 2\n\n2. Second steps (02-second) — 0 of 1 solved\n"))
        let listTwo = text.components(separatedBy: "marcoach › list 2")[1].components(separatedBy: "marcoach ›")[0]
        #expect(!listTwo.contains("First steps") && !listTwo.contains("Other scenarios"))
        #expect(text.components(separatedBy: "Lesson 2 of 2\nSecond steps").count == 3)
        #expect(text.contains("No module '9'. Give a number 1–2 or a module id ('list' shows them)."))
        #expect(text.contains("No module 'nope'."))
        #expect(text.contains("1. First steps (01-first) — 0 of 2 solved"))
        #expect(text.contains("Other scenarios"))
    }

    @Test func practiceModuleByNumberOpensItsLesson() {
        let text = Self.run(["quit"], dir: temporaryDirectory(), module: "2")
        #expect(text.contains("Module 2 of 2 begins: Second steps."))
        #expect(text.contains("Module 2 of 2 · scenario 1 of 1\nb1"))
        let bad = Self.run(["quit"], dir: temporaryDirectory(), module: "7")
        #expect(bad.contains("No module '7'."))
    }

    @Test func aListSessionShowsItemNumbers() {
        var options = ScriptedSession.options(dir: temporaryDirectory(), scenario: "a2")
        options.sequence = ["a2", "b1"]
        options.sequenceLabel = "Review"
        let out = CapturedOutput()
        _ = Trainer.run(curriculum: Self.curriculum, options: options, input: ScriptedInput(["next", "next"], echoTo: out), output: out)
        #expect(out.text.contains("Review · item 1 of 2\na2"))
        #expect(out.text.contains("Review · item 2 of 2\nb1"))
        #expect(out.text.contains("That was the last item of this list."))
        #expect(!out.text.contains("begins:"), "a review list shows no lessons")
    }

    // MARK: Pager

    @Test(arguments: [
        (["PAGER": "most"], true, "most"),
        ([:], true, "less -R"),
        (["PAGER": "  "], true, "less -R"),
        (["PAGER": "most"], false, nil),
        ([:], false, nil),
        (["TERM": "dumb"], true, nil),
    ] as [([String: String], Bool, String?)])
    func pagerChoice(_ env: [String: String], _ terminal: Bool, _ expected: String?) {
        #expect(Pager.command(environment: env, stdoutIsTerminal: terminal) == expected)
    }

    @Test(arguments: [(1, 24, false), (22, 24, false), (23, 24, true), (3, 4, true), (2, 1, true)])
    func longMeansTallerThanTheWindow(_ lines: Int, _ rows: Int, _ long: Bool) {
        let text = Array(repeating: "x", count: lines).joined(separator: "\n")
        #expect(Pager.isLong(text, rows: rows) == long)
    }

    @Test func aPagerThatIsLongShowsTheTextAndAShortOneDoesNot() throws {
        let dir = temporaryDirectory()
        let file = dir + "/paged.txt"
        let pager = Pager(command: "cat > '\(file)'", rows: { 5 })
        #expect(!pager.show("one\ntwo"))
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(pager.show((1...10).map(String.init).joined(separator: "\n")))
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("1\n2\n"))
        #expect(!Pager(command: "no-such-pager-anywhere-xyz", rows: { 5 }).show("a\nb\nc\nd\ne\nf"))
    }
}

private func attempt(_ scenario: String, score: Double) -> Attempt {
    Attempt(learner: "ana", scenario: scenario, mode: .practice, at: "2026-11-18T10:00:00Z", answer: "96365", score: score,
            hints: 0, seconds: 10, discrepancies: [], rules: ["HIER-FACILITY"], gaveUp: false)
}

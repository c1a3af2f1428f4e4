import Foundation
import Testing
import MARCore
@testable import MARTrainer

@Suite struct ReviewTests {
    static func attempt(_ scenario: String, _ day: Int, rules: [String], missed: [String] = [], score: Double = 1) -> Attempt {
        Attempt(learner: "ana", scenario: scenario, mode: .practice, at: String(format: "2026-03-%02dT10:00:00Z", day),
                answer: "", score: missed.isEmpty ? score : min(score, 0.5), hints: 0, seconds: 30,
                discrepancies: missed.isEmpty ? [] : [Attempt.Miss(kind: "missing", code: "96376", rules: missed)],
                rules: rules, gaveUp: false)
    }

    @Test func leitnerTransitionsPerRule() {
        let d1 = CalendarDate(year: 2026, month: 3, day: 1)
        var l = Leitner()
        l = l.after(right: true, on: d1)
        #expect(l.box == 2 && l.due == CalendarDate(year: 2026, month: 3, day: 3))
        l = l.after(right: true, on: CalendarDate(year: 2026, month: 3, day: 3))
        #expect(l.box == 3 && l.due == CalendarDate(year: 2026, month: 3, day: 7))
        l = l.after(right: false, on: CalendarDate(year: 2026, month: 3, day: 7))
        #expect(l.box == 1 && l.due == CalendarDate(year: 2026, month: 3, day: 7))
        var top = Leitner(box: 5, due: nil)
        top = top.after(right: true, on: d1)
        #expect(top.box == 5 && top.due == CalendarDate(year: 2026, month: 3, day: 17))
    }

    @Test func dueSelectionOnASyntheticLog() {
        // REPEAT-PUSH-30 missed on 03/10 (box 1, due at once, 03/10); HIER-FACILITY right twice (box 3, due 03/14);
        // HYD-MIN-31 right then missed on 03/09 (due at once, 03/09).
        let log = [
            Self.attempt("s1", 8, rules: ["HIER-FACILITY", "HYD-MIN-31"]),
            Self.attempt("s2", 9, rules: ["HYD-MIN-31"], missed: ["HYD-MIN-31"]),
            Self.attempt("s3", 10, rules: ["HIER-FACILITY", "REPEAT-PUSH-30"], missed: ["REPEAT-PUSH-30"]),
        ]
        let state = LearnerState(attempts: log)
        let today = CalendarDate(year: 2026, month: 3, day: 11)
        // Both due in box 1: the lower right/seen ratio first (0/1 before 1/2).
        #expect(ReviewPlanner.focusRules(state: state, today: today) == ["REPEAT-PUSH-30", "HYD-MIN-31"])
        #expect(ReviewPlanner.focusRules(state: state, today: CalendarDate(year: 2026, month: 3, day: 9)) == ["HYD-MIN-31", "REPEAT-PUSH-30"],
                "on 03/09 HYD-MIN-31 is due; REPEAT-PUSH-30 is not due until 03/10 but is weak (0 of 1 right)")

        func sc(_ id: String, _ topics: [String]) -> Scenario { var s = Fixture.scenario; s.id = id; s.topics = topics; return s }
        let scenarios = [sc("s1", ["HIER-FACILITY"]), sc("s2", ["HYD-MIN-31"]), sc("s3", ["REPEAT-PUSH-30"]),
                         sc("s4", ["REPEAT-PUSH-30"]), sc("s5", ["PUSH-NEW-DRUG-96375"])]
        let curriculum = Curriculum(title: "t", modules: [Module(id: "m", title: "m", lesson: "", scenarioIDs: scenarios.map(\.id))],
                                    scenarios: scenarios)
        let empty: (Scenario) -> Coding = { Coding(scenario: $0.id, profile: "cms-facility", setting: .facility) }
        let plan = ReviewPlanner.plan(curriculum: curriculum, state: state, today: today, count: 3, coder: empty)
        // One per focus rule first: REPEAT-PUSH-30 → s4 (new, best 0, before s3 at 0.5); HYD-MIN-31 → s2; then s3
        // fills the third place. All are ★★, unsolved and single-rule, so lower best score, then course order.
        #expect(plan.scenarios.map(\.id) == ["s4", "s2", "s3"])
        #expect(plan.generated == 0)
    }

    @Test func reviewStartsWithTheEasiestScenarioForEachDueRuleAndRampsUp() {
        // A learner who billed a held dose: HELD-NOT-GIVEN is due, and so is HIER-FACILITY.
        let log = [Self.attempt("x", 10, rules: ["HELD-NOT-GIVEN", "HIER-FACILITY"], missed: ["HELD-NOT-GIVEN", "HIER-FACILITY"])]
        let state = LearnerState(attempts: log)
        func sc(_ id: String, _ difficulty: Int, _ topics: [String]) -> Scenario {
            var s = Fixture.scenario; s.id = id; s.difficulty = difficulty; s.topics = topics; return s
        }
        let scenarios = [
            sc("long-mar-a", 5, ["HELD-NOT-GIVEN", "HIER-FACILITY", "REPEAT-PUSH-30", "HYD-MIN-31"]),
            sc("long-mar-b", 5, ["HELD-NOT-GIVEN", "HIER-FACILITY"]),
            sc("held-dose", 2, ["HELD-NOT-GIVEN"]),
            sc("held-and-more", 2, ["HELD-NOT-GIVEN", "REPEAT-PUSH-30"]),
            sc("hierarchy", 3, ["HIER-FACILITY"]),
            sc("unrelated", 1, ["KVO-FLUSH"]),
        ]
        let curriculum = Curriculum(title: "t", modules: [Module(id: "m", title: "m", lesson: "", scenarioIDs: scenarios.map(\.id))],
                                    scenarios: scenarios)
        let empty: (Scenario) -> Coding = { Coding(scenario: $0.id, profile: "cms-facility", setting: .facility) }
        let today = CalendarDate(year: 2026, month: 3, day: 10)
        let plan = ReviewPlanner.plan(curriculum: curriculum, state: state, today: today, count: 4, coder: empty)
        // The easiest held-dose scenario (fewest rules among the ★★), the easiest hierarchy one, then the rest
        // by difficulty: the ★★★★★ MARs come last, never first.
        #expect(plan.scenarios.map(\.id) == ["held-dose", "held-and-more", "hierarchy", "long-mar-b"])
        #expect(plan.scenarios.map(\.difficulty) == plan.scenarios.map(\.difficulty).sorted())
        let two = ReviewPlanner.plan(curriculum: curriculum, state: state, today: today, count: 2, coder: empty)
        #expect(two.scenarios.map(\.id) == ["held-dose", "hierarchy"], "each due rule gets its easiest scenario first")
    }
}

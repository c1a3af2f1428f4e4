import Foundation
import MARCore
import MARScenarios
import Testing
@testable import MARTrainer

/// The exam is drawn from the scenarios' outlines (id, difficulty, topics), so `marcoach exam` starts from the
/// course's lazy index and loads only the scenarios it draws.
@Suite struct ExamDrawLazyTests {
    /// Scenarios in memory that count what is asked of them, and fail to load the `broken` ones.
    final class CountingSource: ScenarioSource, @unchecked Sendable {
        let scenarios: [Scenario]
        let broken: Set<String>
        private(set) var opened: [String] = []
        private(set) var allRead = 0

        init(_ scenarios: [Scenario], broken: Set<String> = []) {
            self.scenarios = scenarios
            self.broken = broken
        }

        var ids: [String] { scenarios.map(\.id) }
        var outlines: [ScenarioOutline] { scenarios.map(ScenarioOutline.init) }
        var all: [Scenario] {
            allRead += 1
            return scenarios.filter { !broken.contains($0.id) }
        }
        func scenario(_ id: String) -> Scenario? {
            opened.append(id)
            return broken.contains(id) ? nil : scenarios.first { $0.id == id }
        }
    }

    static let scenarios: [Scenario] = (1...5).flatMap { d in
        ["a", "b", "c"].map { ExamTests.scenario("\($0)\(d)", difficulty: d, topics: $0 == "b" ? ["REPEAT-PUSH-30"] : []) }
    }
    static let modules = ["a", "b", "c"].map { m in
        Module(id: m.uppercased(), title: m, lesson: "", scenarioIDs: scenarios.map(\.id).filter { $0.hasPrefix(m) })
    }

    static func draw(_ source: CountingSource, _ options: ExamOptions) -> [String] {
        ExamDraw.draw(curriculum: Curriculum(title: "t", modules: modules, source: source), options: options,
                      coder: ExamTests.coding).map(\.id)
    }

    @Test(arguments: [ExamOptions(count: 4, seed: 7), ExamOptions(count: 6, seed: 11, modules: ["A", "C"]),
                      ExamOptions(count: 3, seed: 3, difficulty: 2...4), ExamOptions(count: 20, seed: 5)])
    func onlyTheDrawnScenariosAreLoaded(_ options: ExamOptions) {
        let source = CountingSource(Self.scenarios)
        let drawn = Self.draw(source, options)
        #expect(drawn == ExamDraw.draw(curriculum: Curriculum(title: "t", modules: Self.modules, scenarios: Self.scenarios),
                                       options: options, coder: ExamTests.coding).map(\.id))
        #expect(source.allRead == 0)
        #expect(source.opened == drawn)
    }

    /// A rule ID among the topics needs the engine's fired rules: those scenarios are opened, tag matches are not.
    @Test func aRuleTopicOpensTheScenariosItMustCode() {
        let source = CountingSource(Self.scenarios)
        let drawn = Self.draw(source, ExamOptions(count: 10, seed: 7, topics: ["REPEAT-PUSH-30", "PUSH-NEW-DRUG-96375"],
                                                  difficulty: 2...2))
        #expect(Set(drawn) == ["a2", "b2", "c2"])
        #expect(source.allRead == 0)
        // a2 and c2 have no tag and are coded while filtering; b2's tag is enough. Then the three drawn are loaded.
        #expect(source.opened == ["a2", "c2"] + drawn)
    }

    /// A drawn scenario that cannot be loaded is left out and the exam drawn again: the same exam as a course
    /// without it, whatever the seed.
    @Test(arguments: [1, 2, 3, 7, 42] as [UInt64])
    func aScenarioThatCannotLoadIsReplaced(_ seed: UInt64) {
        let options = ExamOptions(count: 5, seed: seed)
        let first = Self.draw(CountingSource(Self.scenarios), options)
        let broken: Set<String> = [first[0], first[2]]
        let drawn = Self.draw(CountingSource(Self.scenarios, broken: broken), options)
        let without = Self.scenarios.filter { !broken.contains($0.id) }
        let withoutModules = Self.modules.map { m in
            Module(id: m.id, title: m.title, lesson: "", scenarioIDs: m.scenarioIDs.filter { !broken.contains($0) })
        }
        let expected = ExamDraw.draw(curriculum: Curriculum(title: "t", modules: withoutModules, scenarios: without),
                                     options: options, coder: ExamTests.coding).map(\.id)
        #expect(drawn.count == 5)
        #expect(broken.isDisjoint(with: drawn))
        #expect(drawn == expected)
    }

    /// The shipped course loaded whole, and through its lazy index.
    static func shippedCourse() throws -> (eager: Curriculum, lazy: Curriculum) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let curriculumDir = root.appendingPathComponent("Curriculum").path
        let scenariosDir = root.appendingPathComponent("Scenarios").path
        let eager = try #require(Library.load(curriculumDirectory: curriculumDir, scenariosDirectory: scenariosDir).curriculum)
        let lazy = try #require(Library.loadIndexed(curriculumDirectory: curriculumDir, scenariosDirectory: scenariosDir) { _ in }.0)
        return (eager, lazy)
    }

    /// The shipped course: the lazy index draws exactly the exams the fully loaded course draws.
    @Test func theCoursesIndexDrawsTheSameExamsAsTheLoadedCourse() throws {
        let (eager, lazy) = try Self.shippedCourse()
        #expect(lazy.scenarioOutlines == eager.scenarioOutlines)
        for options in [ExamOptions(count: 10, seed: 1), ExamOptions(count: 5, seed: 99, modules: ["1", "3"]),
                        ExamOptions(count: 8, seed: 4, difficulty: 3...5),
                        ExamOptions(count: 6, seed: 12, topics: ["REPEAT-PUSH-30", "hydration"])] {
            #expect(ExamDraw.draw(curriculum: lazy, options: options).map(\.id)
                    == ExamDraw.draw(curriculum: eager, options: options).map(\.id), "\(options.seed)")
        }
    }
}

/// `marcoach review` starts from the lazy index too: nothing is loaded when nothing is due, and the plan is the
/// fully loaded course's when rules are.
@Suite struct ReviewLazyTests {
    @Test func nothingIsLoadedWhenNothingIsDue() {
        let source = ExamDrawLazyTests.CountingSource(ExamDrawLazyTests.scenarios)
        let plan = ReviewPlanner.plan(curriculum: Curriculum(title: "t", modules: ExamDrawLazyTests.modules, source: source),
                                      state: LearnerState(attempts: []), today: CalendarDate(year: 2026, month: 3, day: 11),
                                      count: 3, coder: ExamTests.coding)
        #expect(plan.scenarios.isEmpty)
        #expect(source.allRead == 0 && source.opened.isEmpty)
    }

    @Test func theCoursesIndexPlansTheSameReviewAsTheLoadedCourse() throws {
        let (eager, lazy) = try ExamDrawLazyTests.shippedCourse()
        let log = [ReviewTests.attempt("x", 10, rules: ["HELD-NOT-GIVEN", "HIER-FACILITY"], missed: ["HELD-NOT-GIVEN", "HIER-FACILITY"]),
                   ReviewTests.attempt("y", 9, rules: ["REPEAT-PUSH-30", "HYD-MIN-31"], missed: ["REPEAT-PUSH-30"])]
        let state = LearnerState(attempts: log)
        let today = CalendarDate(year: 2026, month: 3, day: 11)
        let a = ReviewPlanner.plan(curriculum: lazy, state: state, today: today, count: 6)
        let b = ReviewPlanner.plan(curriculum: eager, state: state, today: today, count: 6)
        #expect(a.scenarios.count == 6)
        #expect(a.scenarios.map(\.id) == b.scenarios.map(\.id))
        #expect(a.focus == b.focus)
    }
}

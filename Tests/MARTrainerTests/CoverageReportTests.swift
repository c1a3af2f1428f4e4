import MARCore
import MARScenarios
import Testing
@testable import MARTrainer

/// `validate --coverage`'s teaching-order section, text and JSON.
@Suite struct CoverageReportTests {
    static let yaml = """
        title: Two ondansetron pushes
        encounter:
          timeline: [01/04 08:00 ED arrival, 01/04 12:00 Discharge]
        mar:
          - med: ondansetron 4 mg/2 mL injection
            drug: ondansetron
            class: therapeutic
            route: IV push
            entries: [01/04 09:00 Given, 01/04 09:40 Given]
        """

    static func coverage(lessons: [String]) throws -> Coverage {
        let s = try #require(ScenarioLoader.load(text: yaml, path: "repeat.yaml").scenario)
        let file = ScenarioFile(scenario: s, path: "repeat.yaml", relativePath: "m1/repeat.yaml")
        let modules = lessons.enumerated().map { i, text in
            Module(id: "m\(i + 1)", title: "M\(i + 1)", lesson: text, scenarioIDs: i == 0 ? [s.id] : [])
        }
        return Coverage([(file, Engine.decide(s))], curriculum: Curriculum(title: "t", modules: modules, scenarios: [s]))
    }

    @Test func aScenarioOutOfOrderIsListedWithTheLessonThatTeachesTheRule() throws {
        let c = try Self.coverage(lessons: ["`HIER-FACILITY` and `ONE-INITIAL-PER-ENCOUNTER`", "`REPEAT-PUSH-30`"])
        let text = c.text
        #expect(text.contains("[module 1] needs"))
        #expect(text.contains("REPEAT-PUSH-30 (lesson 2)"))
        #expect(text.contains("96376-FACILITY-ONLY (no lesson)"))
        #expect(text.contains("0 of 1 scenario in teaching order."))
        let json = c.json.rendered()
        #expect(json.contains("\"teaching_order\""))
        #expect(json.contains("\"first_lesson\":2") || json.contains("\"first_lesson\": 2"))
    }

    @Test func aCourseInOrderSaysSo() throws {
        let c = try Self.coverage(lessons: ["`HIER-FACILITY` `ONE-INITIAL-PER-ENCOUNTER` `REPEAT-PUSH-30` `96376-FACILITY-ONLY`"])
        #expect(c.text.hasSuffix("1 of 1 scenario in teaching order.\n"))
        #expect(!c.text.contains("] needs"))
    }

    @Test func withoutACurriculumThereIsNoTeachingSection() throws {
        let s = try #require(ScenarioLoader.load(text: Self.yaml, path: "repeat.yaml").scenario)
        let c = Coverage([(ScenarioFile(scenario: s, path: "repeat.yaml", relativePath: "repeat.yaml"), Engine.decide(s))])
        #expect(!c.text.contains("Teaching order"))
    }
}

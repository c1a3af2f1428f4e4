import Foundation
import MARCore
import Testing
@testable import MARScenarios

private func text(id: String? = nil, key: Bool = true, hints: Bool = true, topics: [String] = []) -> String {
    (id.map { "id: \($0)\n" } ?? "") + """
    title: Course scenario
    topics: [\(topics.joined(separator: ", "))]
    encounter:
      timeline:
        - 01/04 10:00 Arrival
        - 01/04 14:00 Discharge
    mar:
      - med: ondansetron 4 mg
        class: therapeutic
        route: IV push
        entries: [01/04 10:05 Given]

    """ + (key ? "key:\n  codes: [96374]\n" : "") + (hints ? "hints: [How many pushes?]\n" : "")
}

@Suite struct CourseLayoutTests {
    @Test func curriculumIsFoundByWalkingUpFromTheFile() throws {
        let root = try writeTree(["Curriculum/formulary.yaml": "drugs: []\n", "Scenarios/01-a/deep/s.yaml": text()])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = root + "/Scenarios/01-a/deep/s.yaml"
        #expect(CourseLayout.curriculumFolder(walkingUpFrom: file) == CourseLayout.absolute(root + "/Curriculum"))
        #expect(CourseLayout.curriculumFolder(walkingUpFrom: root + "/Scenarios") == CourseLayout.absolute(root + "/Curriculum"))
        #expect(CourseLayout.scenariosFolder(besideCurriculum: root + "/Curriculum") == root + "/Scenarios")
    }

    @Test func noCurriculumAboveGivesNil() throws {
        let root = try writeTree(["loose/s.yaml": text()])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(CourseLayout.curriculumFolder(walkingUpFrom: root + "/loose/s.yaml") == nil)
    }

    @Test(arguments: [
        ("/c/Scenarios/01-a/s.yaml", true), ("/c/Scenarios/01-a/deep/s.yaml", true),
        ("/c/Scenarios/s.yaml", false), ("/c/drafts/s.yaml", false), ("s.yaml", false),
    ])
    func curriculumScenariosAreThoseInAModule(_ path: String, _ expected: Bool) {
        #expect(CourseLayout.isCurriculumScenario(path: path) == expected)
    }

    @Test func aCurriculumScenarioNeedsAKey() throws {
        let root = try writeTree(["Scenarios/01-a/no-key.yaml": text(key: false), "drafts/no-key.yaml": text(key: false)])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let inModule = ScenarioLoader.load(path: root + "/Scenarios/01-a/no-key.yaml")
        #expect(inModule.scenario == nil)
        #expect(inModule.diagnostics.map(\.message) == [
            "key is required for a scenario in a course module (Scenarios/<module>/): write `key:` with `codes:`, the codes "
                + "you reasoned from the rules, so validate can compare them with the engine",
        ])
        #expect(ScenarioLoader.load(path: root + "/drafts/no-key.yaml").scenario != nil)
    }

    @Test func oneFileIsCheckedAgainstTheWholeCourse() throws {
        let root = try writeTree([
            "Curriculum/formulary.yaml": "drugs: []\n",
            "Scenarios/01-a/first.yaml": text(),
            "Scenarios/02-b/copy.yaml": "# a copy to start a variant\n" + text(id: "first"),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let copy = root + "/Scenarios/02-b/copy.yaml"
        let loaded = ScenarioLoader.load(path: copy)
        #expect(loaded.idLocation == SourceLocation(line: 2, column: 5))
        let ids = ScenarioSkeleton.existingIDs(in: root + "/Scenarios")
        let found = DuplicateIDs.against(course: ids, checked: [("first", copy, loaded.idLocation)])
        #expect(found.map(\.description) == [
            "\(copy):2:5: duplicate scenario id 'first': \(CourseLayout.absolute(root + "/Scenarios/01-a/first.yaml")) has it "
                + "too; ids are unique across the course: change `id:`",
        ])
        // The file itself is not its own duplicate.
        #expect(DuplicateIDs.against(course: ids, checked: [("first", root + "/Scenarios/01-a/first.yaml", .start)]).count == 1)
        #expect(DuplicateIDs.against(course: [("first", copy)], checked: [("first", copy, .start)]).isEmpty)
    }

    @Test func anIDFromTheFileNameIsReportedAtTheStartWithTheRightFix() {
        let d = DuplicateIDs.diagnostic(id: "a", path: "a.yaml", at: .start, otherPath: "b/a.yaml")
        #expect(d.location == .start)
        #expect(d.message.hasSuffix("add `id:` with another id (it now comes from the file name) or rename the file"))
    }
}

@Suite struct AuthoringNotesTests {
    private func notes(_ source: String, path: String = "/c/Scenarios/01-a/s.yaml", applied: Set<RuleID>) throws -> [String] {
        let s = try #require(ScenarioLoader.load(text: source, path: path).scenario)
        return AuthoringNotes.notes(for: ScenarioFile(scenario: s, path: path, relativePath: path), rulesApplied: applied,
                                    text: source).map(\.description)
    }

    @Test func aCompleteScenarioHasNoNotes() throws {
        #expect(try notes(text(topics: ["hierarchy", "PUSH-NEW-DRUG-96375"]), applied: [.pushNewDrug96375]).isEmpty)
    }

    @Test func unexercisedRuleTopicsMissingHintsAndAStrayIDAreWarnings() throws {
        let found = try notes(text(id: "other-name", hints: false, topics: ["hierarchy", "REPEAT-PUSH-30"]), applied: [])
        #expect(found == [
            "/c/Scenarios/01-a/s.yaml:3:1: warning: topic 'REPEAT-PUSH-30' names a rule the engine never applies in this "
                + "scenario: change the MAR so the rule decides something, or remove the tag (run `marcoach code` on the file "
                + "to see the rules it applies)",
            "/c/Scenarios/01-a/s.yaml:1:1: warning: no `hints:`: give learners at least one question that points at the deciding fact",
            "/c/Scenarios/01-a/s.yaml:1:5: warning: id 'other-name' differs from the file name 's': name the file other-name.yaml so the id is easy to find",
        ])
    }

    @Test func theMinimalSkeletonIsValidWithoutWarningsAndItsKeyAgrees() throws {
        let source = ScenarioSkeleton.minimalText(id: "m01-minimal", title: "Title: with a colon", difficulty: 2)
        let path = "/c/Scenarios/01-a/m01-minimal.yaml"
        let r = ScenarioLoader.load(text: source, path: path)
        let s = try #require(r.scenario)
        #expect(r.diagnostics.isEmpty)
        #expect(s.title == "Title: with a colon" && s.difficulty == 2)
        let key = try #require(s.key)
        #expect(KeyCheck.disagreements(key, Engine.code(s)).isEmpty)
        #expect(try notes(source, path: path, applied: Engine.code(s).rulesFired).isEmpty)
        #expect(source.split(separator: "\n").count < ScenarioSkeleton.text().split(separator: "\n").count / 4)
    }
}

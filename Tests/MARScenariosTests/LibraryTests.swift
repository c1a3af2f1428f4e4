import Foundation
import MARCore
import Testing
@testable import MARScenarios

private func scenarioText(_ title: String, difficulty: Int = 1, topics: [String] = [], id: String? = nil) -> String {
    """
    \(id.map { "id: \($0)\n" } ?? "")title: \(title)
    difficulty: \(difficulty)
    topics: [\(topics.joined(separator: ", "))]
    encounter:
      timeline:
        - 01/04 10:00 Arrival
        - 01/04 14:00 Discharge
    mar:
      - med: Zofran 4 mg
        route: IV push
        entries: [01/04 10:05 Given]
    key:
      codes: [96374]
    """
}

@Suite struct LibraryTests {
    @Test func loadsEverything() throws {
        let root = try writeTree([
            "Curriculum/formulary.yaml": """
            drugs:
              - {name: ondansetron, class: therapeutic, routes: [IV push, PO], aliases: [Zofran]}
            """,
            "Curriculum/profiles.yaml": """
            profiles:
              strict: {title: Strict, description: all strict, policy: {noStopStrict: true}}
            """,
            "Curriculum/curriculum.yaml": """
            title: Drug administration coding
            modules:
              - id: 01-basics
                title: Basics
                lesson: lessons/01.md
              - id: 02-pushes
                title: Pushes
                lesson: lessons/02.md
                scenarios: [b-two]
                topics: [pushes]
              - id: 03-missing
                title: Missing
                lesson: lessons/03.md
                scenarios: [b-tow]
            """,
            "Curriculum/lessons/01.md": "# Basics\n",
            "Curriculum/lessons/02.md": "# Pushes\n",
            "Scenarios/01-basics/z-one.yaml": scenarioText("Z one", difficulty: 1),
            "Scenarios/01-basics/a-two.yaml": scenarioText("A two", difficulty: 2),
            "Scenarios/01-basics/deep/a-one.yaml": scenarioText("A one", difficulty: 1),
            "Scenarios/other/b-two.yaml": scenarioText("B two", difficulty: 2, topics: ["pushes"]),
            "Scenarios/other/b-one.yaml": scenarioText("B one", difficulty: 1, topics: ["pushes"]),
            "Scenarios/other/dup.yaml": scenarioText("Dup", id: "b-one"),
        ])
        let lib = Library.load(curriculumDirectory: root + "/Curriculum", scenariosDirectory: root + "/Scenarios")
        let messages = lib.diagnostics.map { $0.withPath(($0.path as NSString).lastPathComponent).description }
        #expect(messages == [
            "dup.yaml:1:5: duplicate scenario id 'b-one': \(root)/Scenarios/other/b-one.yaml has it too; ids are unique across the course: change `id:`",
            "curriculum.yaml:11:9: warning: module '03-missing' has no scenarios: list `scenarios:`, tag scenarios with its `topics:`, or put files under Scenarios/03-missing/",
            "curriculum.yaml:13:13: lesson file 'lessons/03.md' not found (lessons are relative to the Curriculum folder)",
            "curriculum.yaml:14:17: unknown scenario id 'b-tow' — did you mean 'b-two'? (no scenario file has this id)",
        ])
        #expect(lib.formulary.drug("zofran")?.name == "ondansetron")
        #expect(lib.scenarios.count == 5)
        #expect(lib.unloadedScenarioPaths.map { ($0 as NSString).lastPathComponent } == ["dup.yaml"])
        #expect(lib.scenario("a-one")?.mar.first?.drug == DrugKey("ondansetron"))
        #expect(lib.curriculum == nil)   // errors in the curriculum file
    }

    @Test func curriculumOrdering() throws {
        let root = try writeTree([
            "Scenarios/01-basics/z-one.yaml": scenarioText("Z one", difficulty: 1),
            "Scenarios/01-basics/a-two.yaml": scenarioText("A two", difficulty: 2),
            "Scenarios/01-basics/deep/a-one.yaml": scenarioText("A one", difficulty: 1),
            "Scenarios/other/b-two.yaml": scenarioText("B two", difficulty: 2, topics: ["pushes"]),
            "Scenarios/other/b-one.yaml": scenarioText("B one", difficulty: 1, topics: ["pushes"]),
        ])
        let (files, d) = Library.loadScenarios(in: root + "/Scenarios",
            context: LoadContext(formulary: Formulary(drugs: [.init(name: "ondansetron", drugClass: .therapeutic, aliases: ["Zofran"])])))
        #expect(d.isEmpty)
        let (c, cd) = CurriculumLoader.load(text: """
        title: T
        modules:
          - {id: 01-basics, title: Basics, lesson: l1.md}
          - {id: 02-pushes, title: Pushes, lesson: l2.md, scenarios: [b-two], topics: [pushes]}
        """, path: "curriculum.yaml", scenarios: files, lesson: { "lesson \($0)" })
        #expect(cd.map(\.description) == [])
        let cur = try #require(c)
        #expect(cur.modules.map(\.scenarioIDs) == [["a-one", "z-one", "a-two"], ["b-two", "b-one"]])
        #expect(cur.modules[0].lesson == "lesson l1.md")
        #expect(cur.scenarios.count == 5)
    }

    @Test func thousandFilesLoadQuickly() throws {
        var files: [String: String] = [:]
        for i in 0..<1000 { files["Scenarios/m\(i % 10)/s-\(i).yaml"] = scenarioText("S \(i)") }
        files["Curriculum/formulary.yaml"] = "drugs:\n  - {name: ondansetron, class: therapeutic, aliases: [Zofran]}\n"
        let root = try writeTree(files)
        let clock = ContinuousClock()
        var lib = Library()
        let elapsed = clock.measure {
            lib = Library.load(curriculumDirectory: root + "/Curriculum", scenariosDirectory: root + "/Scenarios")
        }
        #expect(lib.scenarios.count == 1000)
        #expect(lib.diagnostics.map(\.message) == ["curriculum.yaml is missing from the Curriculum folder"])
        print("1,000 scenario files loaded in \(elapsed)")
        #expect(elapsed < .seconds(10))   // debug build; release is well under 1 s
    }
}

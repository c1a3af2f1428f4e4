import Foundation
import MARCore
import Testing
import TestScratch
@testable import MARScenarios

/// `marcoach new-scenario` writes `ScenarioSkeleton.text`: it must load cleanly and its key must agree
/// with the engine, so an educator starts from a green file.
@Suite struct ScenarioSkeletonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// With no formulary and with the shipped one, with any id, title and difficulty.
    @Test(arguments: [
        ("m06-dka-fluids", "DKA: fluids, insulin and potassium", 3),
        ("x1", "Plain title", 1),
        ("a-b-c", "12", 5),
        ("quotes", #"She said "stop" # then \ left"#, 4),
        ("colon-end", "Why:", 2),
        ("dash", "- starts with a dash", 2),
        ("yes", "yes", 2),
    ])
    func skeletonLoadsAndItsKeyMatchesTheEngine(id: String, title: String, difficulty: Int) throws {
        let lib = Library.load(curriculumDirectory: Self.root.appendingPathComponent("Curriculum").path, scenariosDirectory: nil)
        for context in [LoadContext(), LoadContext(formulary: lib.formulary, profiles: lib.profiles)] {
            let text = ScenarioSkeleton.text(id: id, title: title, difficulty: difficulty)
            let result = ScenarioLoader.load(text: text, path: "Scenarios/13-mixed-review/\(id).yaml", context: context)
            #expect(result.diagnostics.isEmpty, Comment(rawValue: result.diagnostics.map(\.description).joined(separator: "\n")))
            let s = try #require(result.scenario)
            #expect(s.id == id)
            #expect(s.title == title)
            #expect(s.difficulty == difficulty)
            let key = try #require(s.key)
            let coding = Engine.code(s)
            let a = Scorer.assess(key.codes, against: coding)
            #expect(a.perfect, Comment(rawValue: "key [\(key.codes.text)] vs engine [\(coding.answer.text)]: "
                    + a.discrepancies.map(\.explanation).joined(separator: "\n")))
        }
    }

    /// The skeleton's `by_department` split agrees with the engine as well.
    @Test func skeletonDepartmentsMatchTheEngine() throws {
        let s = try #require(ScenarioLoader.load(text: ScenarioSkeleton.text(), path: "t.yaml").scenario)
        let coding = Engine.code(s)
        let byDept = try #require(s.key?.byDepartment)
        let answer = Answer(byDept.flatMap { dept, ans in
            ans.items.map { Answer.Item(code: $0.code, modifiers: $0.modifiers, units: $0.units, department: dept) }
        })
        #expect(Scorer.assess(answer, against: coding).perfect)
    }

    /// docs/scenario-template.yaml is the skeleton rendered with its defaults: one text, two places to find it.
    @Test func templateFileIsTheRenderedSkeleton() throws {
        let file = Self.root.appendingPathComponent("docs/scenario-template.yaml").path
        let onDisk = try String(contentsOfFile: file, encoding: .utf8)
        #expect(onDisk == ScenarioSkeleton.text(),
                "docs/scenario-template.yaml differs from ScenarioSkeleton.text(): edit the Swift constant and regenerate the file")
    }

    /// The examples docs/authoring.md quotes load cleanly and their keys agree with the engine.
    @Test func docsExamplesMatchTheEngine() throws {
        let lib = Library.load(curriculumDirectory: Self.root.appendingPathComponent("Curriculum").path, scenariosDirectory: nil)
        let context = LoadContext(formulary: lib.formulary, profiles: lib.profiles)
        let (files, diagnostics) = Library.loadScenarios(in: Self.root.appendingPathComponent("docs/examples").path, context: context)
        #expect(diagnostics.isEmpty, Comment(rawValue: diagnostics.map(\.description).joined(separator: "\n")))
        #expect(files.contains { $0.scenario.id == "guide-diverticulitis-ed-obs-admit" })
        for file in files {
            let key = try #require(file.scenario.key)
            let coding = Engine.code(file.scenario)
            #expect(Scorer.assess(key.codes, against: coding).perfect, "\(file.path): key [\(key.codes.text)] vs engine [\(coding.answer.text)]")
        }
    }

    @Test func idsAreReadFromFilesEvenWhenTheRestIsBroken() throws {
        let dir = Scratch.path("skeleton")
        try FileManager.default.createDirectory(atPath: dir + "/m1", withIntermediateDirectories: true)
        try "id: 'declared-one'   # a comment\nmar: [oops\n".write(toFile: dir + "/m1/file-a.yaml", atomically: true, encoding: .utf8)
        try "title: no id here\n".write(toFile: dir + "/file-b.yml", atomically: true, encoding: .utf8)
        let ids = ScenarioSkeleton.existingIDs(in: dir)
        #expect(ids.map(\.id) == ["file-b", "declared-one"])
    }

    /// Windows line ends, a byte order mark, an `id:` further down, a file that is not UTF-8 (its name stands in).
    @Test func idsAreReadWhateverTheLineEnds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("skeleton-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files: [(String, [UInt8])] = [
            ("a-crlf.yaml", Array("title: Windows\r\nid: \"windows-one\"\r\nmar: []\r\n".utf8)),
            ("b-bom.yaml", [0xEF, 0xBB, 0xBF] + Array("id: with-bom # note\ntitle: x\n".utf8)),
            ("c-later.yaml", Array("# a comment\ntitle: x\n  id: not-top-level\nid: third-line\n".utf8)),
            ("d-latin1.yaml", Array("title: caf".utf8) + [0xE9] + Array("\nid: never-read\n".utf8)),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        #expect(ScenarioSkeleton.existingIDs(in: dir).map(\.id) == ["windows-one", "with-bom", "third-line", "d-latin1"])
    }

    @Test func moduleIDsComeInTeachingOrder() {
        let ids = CurriculumLoader.moduleIDs(path: Self.root.appendingPathComponent("Curriculum/curriculum.yaml").path)
        #expect(ids.first == "01-reading-the-mar")
        #expect(ids.count >= 10)
        #expect(CurriculumLoader.moduleIDs(path: "/nonexistent/curriculum.yaml").isEmpty)
    }
}

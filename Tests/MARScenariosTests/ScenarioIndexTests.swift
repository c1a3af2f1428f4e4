import Foundation
import MARCore
import Testing
@testable import MARScenarios

/// The trainer's lazy index: headers read cheaply must match what the full loader reads, and the
/// indexed curriculum must be the eager one.
@Suite struct ScenarioIndexTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let curriculumDir = root.appendingPathComponent("Curriculum").path
    static let scenariosDir = root.appendingPathComponent("Scenarios").path

    @Test func everyShippedHeaderMatchesTheFullLoad() throws {
        let lib = Library.load(curriculumDirectory: Self.curriculumDir, scenariosDirectory: Self.scenariosDir)
        let context = LoadContext(formulary: lib.formulary, profiles: lib.profiles)
        #expect(lib.scenarios.count > 100)
        var parsedAlone = 0
        for file in lib.scenarios {
            let r = ScenarioIndex.header(path: file.path, relativePath: file.relativePath, context: context)
            let h = try #require(r.header, "\(file.relativePath)")
            #expect(h == ScenarioHeader(file), "\(file.relativePath)")
            if r.scenario == nil { parsedAlone += 1 }
        }
        // The point of the index: (nearly) every shipped file's header is read without the MAR.
        #expect(parsedAlone == lib.scenarios.count)
    }

    @Test func indexedCurriculumEqualsTheEagerOne() throws {
        let eager = try #require(Library.load(curriculumDirectory: Self.curriculumDir, scenariosDirectory: Self.scenariosDir).curriculum)
        let (lazyCurriculum, diagnostics) = Library.loadIndexed(curriculumDirectory: Self.curriculumDir,
                                                                scenariosDirectory: Self.scenariosDir) { _ in }
        let lazy = try #require(lazyCurriculum)
        #expect(diagnostics.filter(\.isError).isEmpty)
        #expect(lazy.title == eager.title)
        #expect(lazy.modules == eager.modules)
        #expect(lazy.scenarioIDs == eager.scenarioIDs)
        let first = try #require(eager.scenarioIDs.first)
        #expect(lazy.scenario(first)?.mar == eager.scenario(first)?.mar)
        #expect(lazy.scenarios.map(\.id) == eager.scenarios.map(\.id))
        #expect(lazy.scenario("no-such-scenario") == nil)
    }

    /// Where the header's text ends; nil when only the whole file tells.
    @Test(arguments: [
        ("title: t\ndifficulty: 2\nmar:\n  - x\n", "title: t\ndifficulty: 2\n"),
        ("# comment\nid: a-b\n\nencounter: {}\n", "# comment\nid: a-b\n\n"),
        ("title: t\n", "title: t\n"),
        ("", ""),
        ("mar: []\ntitle: t\n", nil),                 // a header key after the MAR
        ("title: t\nmar: []\ntopics: [x]\n", nil),
        ("---\ntitle: t\n", nil),                     // a document marker: the full loader decides
        ("\"title\": t\n", nil),                      // a quoted key
        ("title: t\nstory: |\n  id: not a key\nmar: []\n", "title: t\n"),
        ("titel: t\nmar: []\n", nil),                 // a misspelt key is the full loader's to report
        ("title: t\r\nid: a-b\r\nmar: []\r\n", "title: t\r\nid: a-b\r\n"),  // Windows line ends
        ("title: café\nsites: []\nmar: []", "title: café\n"),  // non-ASCII text, no line end at the end
        ("title: t\nnot a key line\n", nil),         // a top-level line without a colon
        ("title: t\n\tid: x\n", nil),                // a tab in the first column
    ] as [(String, String?)])
    func headerPrefix(_ text: String, _ expected: String?) {
        #expect(ScenarioIndex.headerPrefix(text).map(String.init) == expected)
    }

    /// A file that fails only when opened is reported, and behaves as missing.
    @Test func aFileThatFailsWhenOpenedIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "title: broken\ndifficulty: 2\nencounter: {timeline: [01/04 10:00 Arrival]}\nmar: [{med: x, route: IV push, entries: [13/45 10:05 Given]}]\n"
            .write(to: dir.appendingPathComponent("broken-one.yaml"), atomically: true, encoding: .utf8)
        final class Reports: @unchecked Sendable { var messages: [String] = [] }
        let reports = Reports()
        let (index, d) = ScenarioIndex.build(directory: dir.path, context: LoadContext()) { reports.messages += $0.map(\.description) }
        #expect(d.isEmpty)
        #expect(index.ids == ["broken-one"])
        #expect(index.scenario("broken-one") == nil)
        #expect(reports.messages.count >= 1)
        #expect(reports.messages.allSatisfy { $0.contains("broken-one.yaml:") })
    }
}

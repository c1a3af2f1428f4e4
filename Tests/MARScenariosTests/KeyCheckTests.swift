import Foundation
import MARCore
@testable import MARScenarios
import Testing
import TestScratch

@Suite struct KeyCheckTests {
    static func file(_ key: String) throws -> ScenarioFile {
        let text = """
            title: one push
            encounter:
              timeline: [01/04 08:00 ED arrival, 01/04 10:00 Discharge]
            mar:
              - med: ondansetron 4 mg/2 mL injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [01/04 08:10 Given]
            key:
              codes: \(key)
            """
        let path = Scratch.path("keycheck", suffix: ".yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        return ScenarioFile(scenario: s, path: path, relativePath: "keycheck.yaml")
    }

    /// The shortcut that skips the assessment when a key is the engine's lines exactly: order and how units
    /// are split do not matter; a code, a modifier, a unit or a department does.
    @Test(arguments: [
        ("96374 96375 96376", "96376 96374 96375", true),
        ("96375x2", "96375 96375", true),
        ("96372-59 96372-25", "96372-25-59", false),
        ("96374-59-25", "96374-25-59", true),
        ("96374 96375", "96374 96375x2", false),
        ("96374 96375", "96374 96376", false),
        ("96374-59", "96374", false),
        ("ED:96374 OBS:96375", "OBS:96375 ED:96374", true),
        ("ED:96374", "OBS:96374", false),
    ])
    func sameLinesIsExact(_ a: String, _ b: String, _ same: Bool) throws {
        #expect(try AnswerParser.parse(a).sameLines(as: try AnswerParser.parse(b)) == same)
    }

    @Test func aKeyThatAgreesIsClean() throws {
        #expect(KeyCheck.run([try Self.file("[96374]")]).diagnostics.isEmpty)
    }

    @Test func aDisagreementIsLocatedAtTheKeyWithTheTrace() throws {
        let d = try #require(KeyCheck.run([try Self.file("[96375]")]).diagnostics.first)
        #expect(d.line == 11 && d.column == 3)
        #expect(d.message.contains("key.codes [96375] disagrees with the engine [96374]"))
        #expect(d.message.contains("[HIER-FACILITY]") && d.message.contains("engine trace:"))
    }
}

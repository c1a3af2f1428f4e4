import Foundation
import MARCore
import MARScenarios
import Testing

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
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keycheck-\(UUID().uuidString.lowercased()).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let s = try #require(ScenarioLoader.load(path: path).scenario)
        return ScenarioFile(scenario: s, path: path, relativePath: "keycheck.yaml")
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

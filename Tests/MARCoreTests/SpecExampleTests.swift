import Foundation
import MARCore
import MARScenarios
import Testing

@Suite struct SpecExampleTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/examples/ed-obs-pyelo-fluids.yaml").standardized.path

    @Test func theFormatPageExampleCodesToItsKey() throws {
        let result = ScenarioLoader.load(path: Self.path)
        let s = try #require(result.scenario, "\(result.diagnostics)")
        let coding = Engine.code(s)
        let key = try #require(s.key)
        #expect(Set(coding.answer.items.map(\.text)) == Set(key.codes.items.map(\.text)))
        for line in coding.lines { print(line.code, line.units, line.department, line.rules) }
        for f in coding.firings { print(f.rule, f.message) }
    }
}

import Foundation
import MARCore
import MARGenerator
import MARImport
import MARScenarios
import Testing

/// `export` then `import` is coding-neutral: every shipped scenario, and 500 generated ones, code
/// the same from their CSV form (codes, units, modifiers, departments, and the lines' dates), and
/// the scenario file an import writes loads without errors (what `marcoach validate` checks).
@Suite struct CSVRoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let library = Library.load(curriculumDirectory: root.appendingPathComponent("Curriculum").path,
                                      scenariosDirectory: root.appendingPathComponent("Scenarios").path)
    static var context: LoadContext { LoadContext(formulary: library.formulary, profiles: library.profiles) }
    static var shipped: [String] { library.scenarios.map(\.relativePath) }

    @Test func theShippedBankIsThere() {
        #expect(Self.library.scenarios.count >= 100, "found \(Self.library.scenarios.count) scenarios under Scenarios/")
    }

    @Test(arguments: shipped)
    func shippedScenarioCodesTheSameFromCSV(_ relativePath: String) throws {
        let file = try #require(Self.library.scenarios.first { $0.relativePath == relativePath })
        try Self.roundTrip(file.scenario, context: Self.context)
    }

    @Test func generatedScenariosCodeTheSameFromCSV() throws {
        let generated = ScenarioGenerator(context: Self.context).generate(GeneratorOptions(seed: 13, count: 500))
        #expect(generated.count == 500)
        for g in generated { try Self.roundTrip(g.scenario, context: Self.context) }
    }

    /// What the engine reports, in a form that compares every part that matters to a bill.
    static func billed(_ s: Scenario) -> [String] {
        Engine.decide(s).lines.map { "\($0.text) \($0.department.rawValue) \($0.date.iso)" }.sorted()
    }

    static func roundTrip(_ s: Scenario, context: LoadContext) throws {
        let timeline = TimelineImport.read(csv: MARExporter.timelineCSV(s), path: "timeline.csv")
        #expect(timeline.diagnostics.isEmpty, "\(s.id): \(timeline.diagnostics.map(\.description))")
        var scoped = context
        scoped.profileOverride = s.profile
        let result = MARImporter.importMAR(text: MARExporter.marCSV(s), path: "mar.csv", timeline: timeline.events,
                                           options: ImportOptions(id: s.id, title: s.title, setting: s.setting, policy: s.policy),
                                           context: scoped)
        let back = try #require(result.scenario, "\(s.id): \(result.diagnostics.map(\.description))\n\(MARExporter.marCSV(s))")
        #expect(Self.billed(back) == Self.billed(s), "\(s.id)\n\(MARExporter.marCSV(s))")
        #expect(Engine.decide(back).answer == Engine.decide(s).answer, "\(s.id)")
        #expect(back.mar.map(\.entries.count) == s.mar.map(\.entries.count), "\(s.id)")
        let rendered = try #require(ImportedScenarioText.render(result, source: "mar.csv", timeline: "timeline.csv", context: scoped))
        #expect(rendered.diagnostics.isEmpty, "\(s.id): \(rendered.diagnostics.map(\.description))\n\(rendered.text)")
    }
}

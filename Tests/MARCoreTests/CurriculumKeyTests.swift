import Foundation
import MARCore
import MARScenarios
import Testing

/// Every shipped scenario loads cleanly and the engine agrees with its author's key.
/// When they disagree, decide from rules.md which side is wrong; never copy engine output into a key.
@Suite struct CurriculumKeyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let library = Library.load(curriculumDirectory: root.appendingPathComponent("Curriculum").path,
                                      scenariosDirectory: root.appendingPathComponent("Scenarios").path)

    @Test func theCurriculumLoadsWithoutErrors() {
        let errors = Self.library.diagnostics.filter(\.isError)
        #expect(errors.isEmpty, Comment(rawValue: errors.map(\.description).joined(separator: "\n")))
        #expect(Self.library.curriculum != nil)
    }

    @Test(arguments: library.scenarios.map(\.path))
    func keyMatchesTheEngine(path: String) throws {
        let file = try #require(Self.library.scenarios.first { $0.path == path })
        let key = try #require(file.scenario.key, "curriculum scenarios need a key")
        let coding = Engine.code(file.scenario)
        let assessment = Scorer.assess(key.codes, against: coding)
        #expect(assessment.perfect, Comment(rawValue: "key [\(key.codes.text)] vs engine [\(coding.answer.text)]:\n"
                + assessment.discrepancies.map(\.explanation).joined(separator: "\n")))
    }
}

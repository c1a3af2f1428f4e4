import MARCore
import MARScenarios
import Testing
@testable import MARTrainer

/// `why CODE` names each row once, the way the rest of the screen names it.
@Suite struct WhyScreenTests {
    static let yaml = """
        title: Morphine, then contrast
        encounter:
          timeline: [05/02 10:05 ED arrival, 05/02 15:20 Discharge]
        mar:
          - med: sodium chloride 0.9 % flush 10 mL
            drug: sodium chloride
            class: flush
            route: IV push
            entries: [05/02 10:20 Given]
          - med: morphine 4 mg/mL injection
            drug: morphine
            class: therapeutic
            route: IV push
            entries: [05/02 10:45 Given]
          - med: iohexol 350 mg iodine/mL injection 100 mL
            drug: iohexol
            class: contrast
            route: IV push
            entries: [05/02 13:00 Given]
        """

    static func why(_ code: String, _ yaml: String = yaml) throws -> String {
        let s = try #require(ScenarioLoader.load(text: yaml, path: "why.yaml").scenario)
        return Screen.why(code: code, coding: Engine.code(s), width: 100, style: .plain)
    }

    @Test func anExcludedRowKeptForItsMinutesIsSaidOnceByItsExclusion() throws {
        let text = try Self.why("96375")
        #expect(text.components(separatedBy: "iohexol").count - 1 == 1, "\(text)")
        #expect(text.contains("iohexol at 13:00 is contrast for an imaging study"), "\(text)")
        #expect(!text.contains("13:00–13:00"), "\(text)")
    }

    @Test func exclusionsGiveTheTimeAloneOnAOneDateMAR() throws {
        let text = try Self.why("96375")
        #expect(text.contains("sodium chloride at 10:20 is a line flush"), "\(text)")
        #expect(!text.contains("05/02"), "\(text)")
    }

    @Test func exclusionsGiveTheDateOnAMAROfSeveralDates() throws {
        var coding = Fixture.coding
        let oneDate = Screen.why(code: "96374", coding: coding, width: 100, style: .plain)
        #expect(oneDate.contains("acetaminophen at 21:05: oral"), "\(oneDate)")
        coding.excluded[0].at = Fixture.at(5, 8, 20)
        let twoDates = Screen.why(code: "96374", coding: coding, width: 100, style: .plain)
        #expect(twoDates.contains("acetaminophen at 01/05 08:20: oral"), "\(twoDates)")
    }

    /// A reported code's line names its administration once: the reason already starts with it (it read
    /// "morphine push at 10:45: 96374 — morphine push at 10:45 is the highest-ranked …": learner trial audit).
    @Test func aReportedCodeNamesItsAdministrationOnce() throws {
        let text = try Self.why("96374")
        #expect(text.components(separatedBy: "morphine push at 10:45").count - 1 == 1, "\(text)")
        #expect(text.contains("  • morphine push at 10:45 is the highest-ranked service"), "\(text)")
    }
}

import MARCore
import MARScenarios
import Testing

/// `cli.md`, "Mastery follows the deciding rule", for a miscount of units: it is charged to the rules that count
/// units or take minutes away, never to the rules that chose the code; units answered beyond the engine's, where a
/// rule took minutes away, are charged to that rule alone.
@Suite struct UnitsDecidingTests {
    /// HYD-CONCURRENT's first example: saline 09:00–12:00 with ceftriaxone 10:00–11:00 on the access, 96365 96361×2.
    static func assess(_ answer: String) throws -> Discrepancy {
        let rule = try #require(RuleCatalog.rule(.hydConcurrent))
        let s = try #require(ScenarioLoader.load(text: rule.examples[0].scenarioFile(title: "units"), path: "units.yaml").scenario)
        let a = Scorer.assess(try AnswerParser.parse(answer), against: Engine.code(s))
        let d = try #require(a.discrepancies.first { $0.code == "96361" })
        #expect(d.kind == .units)
        return d
    }

    @Test func hoursCountedWithoutTheDeductionAreChargedToTheDeduction() throws {
        let d = try Self.assess("96365 96361x3")
        #expect(d.deciding == [.hydConcurrent], "180 min counted where 120 qualify")
        #expect(d.rules.contains(.hydConcurrent), "the explanation still cites every rule on the line")
    }

    @Test func hoursUnderCountedAreChargedToTheRulesThatCount() throws {
        let d = try Self.assess("96365 96361")
        #expect(!d.deciding.isEmpty)
        #expect(!d.deciding.contains(.hydNeverInitialWithDrug) && !d.deciding.contains(.hierFacility),
                "a rule that chose the code does not decide its units: \(d.deciding)")
        #expect(d.deciding.allSatisfy { [.hydConcurrent, .hydSecondaryUnits, .hydMin31, .hydSumSegments].contains($0) },
                "\(d.deciding)")
    }
}

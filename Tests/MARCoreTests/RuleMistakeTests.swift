import MARCore
import MARScenarios
import Testing

/// One wrong answer of one rule, named for the test report.
struct RuleMistakeCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let index: Int
    var mistake: RuleMistake { rule.mistakes[index] }
    var testDescription: String { "\(rule.id) mistake #\(index + 1): \(mistake.summary)" }

    static let all: [RuleMistakeCase] = RuleCatalog.all.flatMap { rule in
        rule.mistakes.indices.map { RuleMistakeCase(rule: rule, index: $0) }
    }
}

@Suite struct RuleMistakeTests {
    /// The wrong answer is explained by the rule: some discrepancy of the answer cites it.
    @Test(arguments: RuleMistakeCase.all)
    func theRuleExplainsItsMistake(_ c: RuleMistakeCase) throws {
        let example = try #require(c.rule.examples.indices.contains(c.mistake.example) ? c.rule.examples[c.mistake.example] : nil,
                                   "no example #\(c.mistake.example + 1)")
        let result = ScenarioLoader.load(text: example.scenarioFile(title: "mistake"), path: "rule-mistake.yaml")
        let s = try #require(result.scenario)
        let answer = try AnswerParser.parse(c.mistake.answer)
        let a = Scorer.assess(answer, against: Engine.code(s))
        #expect(!a.perfect, "the 'wrong' answer is the engine's coding")
        #expect(a.discrepancies.contains { $0.rules.contains(c.rule.id) },
                "cited: \(a.discrepancies.map { "\($0.code) \($0.rules.map(\.rawValue))" })")
    }

    /// Every rule that decides some code for some administration of the shipped bank, or excludes a row, has at
    /// least one wrong answer it must explain.
    @Test func everyDecidingRuleHasAMistake() {
        var deciding: Set<RuleID> = []
        for file in CurriculumKeyTests.library.scenarios {
            let coding = Engine.code(file.scenario)
            coding.excluded.forEach { deciding.insert($0.rule) }
            for r in coding.administrations {
                for c in CPTCode.all where c.kind != .flaggedOnly && !r.codes.contains(where: { $0.code == c.code }) {
                    deciding.insert(r.decidingStep(for: c).rule)
                }
            }
        }
        let without = deciding.filter { RuleCatalog.rule($0)?.mistakes.isEmpty ?? true }.map(\.rawValue).sorted()
        #expect(without.isEmpty, Comment(rawValue: "\(without.count) deciding rules without a mistake: \(without.joined(separator: " "))"))
    }
}

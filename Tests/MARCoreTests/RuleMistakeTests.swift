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
}

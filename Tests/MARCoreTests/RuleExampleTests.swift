import MARCore
import MARScenarios
import Testing

/// One example of one rule, named for the test report (`REPEAT-PUSH-30 #2`).
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let index: Int
    var example: RuleExample { rule.examples[index] }
    var testDescription: String { "\(rule.id) #\(index + 1): \(example.summary)" }

    static let all: [RuleExampleCase] = RuleCatalog.all.flatMap { rule in
        rule.examples.indices.map { RuleExampleCase(rule: rule, index: $0) }
    }
}

/// Codes compared as a set of answer items, departments ignored (`96365 96375x2`).
private func codeSet(_ answer: Answer) -> Set<String> {
    Set(answer.withoutDepartments.items.map(\.text))
}

/// Examples where the engine disagrees with `rules.md` (the example is right; the engine is to be fixed).
/// Each stays a known issue until the engine is fixed; then `withKnownIssue` fails and the entry must go.
let engineDisagreements: [String: String] = [:]

@Suite struct RuleExampleTests {
    @Test(arguments: RuleExampleCase.all)
    func exampleCodesAndFires(_ c: RuleExampleCase) throws {
        if let why = engineDisagreements["\(c.rule.id) #\(c.index + 1)"] {
            withKnownIssue("engine disagrees with rules.md: \(why)") { try check(c) }
        } else {
            try check(c)
        }
    }

    private func check(_ c: RuleExampleCase) throws {
        let file = c.example.scenarioFile(title: "\(c.rule.id) example \(c.index + 1)")
        let result = ScenarioLoader.load(text: file, path: "rule-example.yaml")
        let s = try #require(result.scenario, "did not load:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))\n\(file)")
        let coding = Engine.code(s)
        let expected = try AnswerParser.parse(c.example.codes)
        #expect(codeSet(coding.answer) == codeSet(expected),
                "engine gave '\(coding.answer.text)', the example expects '\(c.example.codes)'")
        #expect(coding.rulesFired.contains(c.rule.id) == c.example.fires,
                "\(c.rule.id) \(c.example.fires ? "did not fire" : "fired"); fired: \(coding.rulesFired.map(\.rawValue).sorted())")
    }
}

@Suite struct RuleCatalogTests {
    @Test func everyIDOnceInRulesOrder() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(ids.count == 72)
        #expect(ids == RuleID.all)
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: RuleCatalog.all.map(\.id))
    func ruleIsComplete(_ id: RuleID) throws {
        let rule = try #require(RuleCatalog.rule(id))
        #expect(!rule.title.isEmpty)
        #expect(!rule.statement.isEmpty)
        #expect(!rule.sources.isEmpty && rule.sources.allSatisfy { !$0.isEmpty })
        #expect((2...4).contains(rule.sources.count), "\(id) has \(rule.sources.count) sources")
        #expect(rule.examples.contains { $0.fires }, "\(id) has no example where it fires")
    }

    @Test func sectionsAreContiguousAndInOrder() {
        let sections = RuleCatalog.all.map(\.section)
        var seen: [RuleSection] = []
        for s in sections where seen.last != s { seen.append(s) }
        #expect(seen == RuleSection.allCases)
    }
}

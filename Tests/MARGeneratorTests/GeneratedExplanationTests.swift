import MARCore
import MARScenarios
import Testing
@testable import MARGenerator

/// The explanation contract on 300 generated scenarios (`cli.md`, "The explanation contract").
@Suite struct GeneratedExplanationTests {
    static let drafts = ScenarioGenerator(context: curriculumContext).generate(GeneratorOptions(seed: 2026, count: 300))

    /// A row bundled into a procedure names a procedure the story tells of (an asthma visit spoke of "sedation for
    /// shoulder reduction" with no shoulder in its story: learner trial audit).
    @Test func aBundledProcedureIsInTheStory() {
        let bundled = Self.drafts.filter { $0.scenario.mar.contains { $0.bundled != nil } }
        #expect(!bundled.isEmpty, "300 drafts hold some procedural sedation")
        for d in bundled {
            for procedure in d.scenario.mar.compactMap(\.bundled) {
                #expect(d.scenario.story.contains(procedure), "\(d.id): \(d.scenario.story)")
            }
        }
    }

    /// Every administration of every generated scenario can say why it is not each in-scope code it does not
    /// produce, with a rule of the catalog.
    @Test func everyAdministrationCanSayWhyNotAnyCode() {
        var missing: [String] = []
        for d in Self.drafts {
            for r in Engine.code(d.scenario).administrations {
                for c in CPTCode.all where c.kind != .flaggedOnly && !r.codes.contains(where: { $0.code == c.code }) {
                    if RuleCatalog.rule(r.decidingStep(for: c).rule) == nil { missing.append("\(d.id) \(r.label) \(c.code)") }
                }
            }
        }
        #expect(Self.drafts.count == 300)
        #expect(missing.isEmpty, Comment(rawValue: missing.prefix(20).joined(separator: "\n")))
    }

    /// Dropping, doubling or swapping any one expected unit of a generated scenario: every discrepancy cites a rule.
    @Test func everyDiscrepancyCitesARule() {
        var uncited: [String] = []
        for d in Self.drafts {
            let coding = Engine.code(d.scenario)
            let key = coding.answer
            for (i, item) in key.items.enumerated() {
                var dropped = key.items; dropped[i].units -= 1
                var doubled = key.items; doubled[i].units += 1
                var answers = [Answer(dropped), Answer(doubled)]
                for other in ["96365", "96374", "96375", "96367", "96360", "96372", "96413"] where other != item.code {
                    var swapped = key.items; swapped[i].units -= 1
                    swapped.append(.init(code: other, department: item.department))
                    answers.append(Answer(swapped))
                }
                for a in answers {
                    for x in Scorer.assess(a, against: coding).discrepancies where x.rules.isEmpty {
                        uncited.append("\(d.id) [\(a.text)]: \(x.code) \(x.kind)")
                    }
                }
            }
        }
        #expect(uncited.isEmpty, Comment(rawValue: uncited.prefix(20).joined(separator: "\n")))
    }
}

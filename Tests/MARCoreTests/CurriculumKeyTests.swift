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

    /// Issue 4's bar for the bank: every core rule exercised by at least 3 scenarios, counted from the engine's trace.
    @Test func everyCoreRuleIsExercisedByThreeScenarios() {
        let fired = Self.library.scenarios.map { Engine.decide($0.scenario).rulesFired }
        for rule in RuleCatalog.all where rule.core {
            let n = fired.filter { $0.contains(rule.id) }.count
            #expect(n >= 3, "\(rule.id): \(n) scenarios")
        }
    }

    /// Issue 10: every rule that decides a scenario's codes is named by its module's lesson or an earlier one.
    @Test func theShippedCourseIsInTeachingOrder() throws {
        let curriculum = try #require(Self.library.curriculum)
        let order = TeachingOrder(curriculum: curriculum,
                                  codings: Self.library.scenarios.map { ($0.scenario.id, Engine.decide($0.scenario)) })
        #expect(order.unplaced.isEmpty, "in no module: \(order.unplaced)")
        #expect(order.checked == Self.library.scenarios.count)
        for gap in order.gaps {
            Issue.record("\(gap.scenario) (module \(gap.moduleNumber)) needs \(gap.missing.map(\.rawValue)) that no lesson up to it names")
        }
    }

    /// Issue 10: every facility-policy option is practised by a scenario (its `policy:` or profile) whose coding
    /// the option changes: its codes, or for `allocateUnitsByDate` the dates on its lines.
    @Test(arguments: Policy.keys)
    func everyPolicyOptionIsPractised(key: String) throws {
        let defaults: [String: Policy.Value] = ["repeatPushMinGap": .int(31), "sameDrugIntermittent": .word("perInterval"),
                                                "electrolyteRiderCategory": .word("therapeutic"),
                                                "bolusBeforeInfusionIncluded": .bool(true)]
        let practised = Self.library.scenarios.filter { file in
            var atDefault = file.scenario
            guard (try? atDefault.policy.set(key, defaults[key] ?? .bool(false))) != nil,
                  atDefault.policy != file.scenario.policy else { return false }
            let with = Engine.decide(file.scenario), without = Engine.decide(atDefault)
            return with.answer.text != without.answer.text || with.lines.map(\.date) != without.lines.map(\.date)
        }
        #expect(!practised.isEmpty, "no scenario's coding depends on \(key)")
    }

    @Test func theCourseHasItsShape() throws {
        let curriculum = try #require(Self.library.curriculum)
        #expect(curriculum.modules.count >= 10)
        #expect(Self.library.scenarios.count >= 80)
        #expect(curriculum.modules.allSatisfy { !$0.scenarioIDs.isEmpty })
        for module in curriculum.modules {
            let words = module.lesson.split(whereSeparator: { $0.isWhitespace }).count
            #expect((300...900).contains(words), "\(module.id): lesson has \(words) words")
        }
        let long = Self.library.scenarios.filter { $0.scenario.mar.count >= 15 && $0.scenario.difficulty >= 4 }
        #expect(long.count >= 10, "\(long.count) long MARs")
        for file in Self.library.scenarios {
            let s = file.scenario
            #expect(s.key?.rationale?.isEmpty == false, "\(s.id): rationale")
            #expect(!s.hints.isEmpty, "\(s.id): hints")
            #expect(s.teaching?.isEmpty == false, "\(s.id): teaching")
        }
        #expect(Set(Self.library.scenarios.map(\.scenario.difficulty)) == [1, 2, 3, 4, 5])
    }
}

import MARCore
import Testing
@testable import MARTrainer

/// `audit --charges` verdicts from a hand-built assessment (no engine): units both sides agree on are
/// supported, units posted beyond the coding unsupported, units the coding has but nobody posted missing.
@Suite struct AuditReportTests {
    static func answer(_ items: [(String, Int, [String])]) -> Answer {
        Answer(items.map { Answer.Item(code: $0.0, modifiers: $0.2, units: $0.1) })
    }

    static let assessment = Assessment(
        score: 0.4,
        expected: answer([("96365", 1, []), ("96375", 1, []), ("96361", 1, [])]),
        answered: answer([("96365", 1, []), ("96375", 2, []), ("96374", 1, [])]),
        discrepancies: [
            Discrepancy(kind: .extra, code: "96374", expectedUnits: 0, answeredUnits: 1, rules: [.hierFacility],
                        explanation: "an infusion outranks a push for the initial slot"),
            Discrepancy(kind: .units, code: "96375", expectedUnits: 1, answeredUnits: 2, rules: [.repeatPush30],
                        explanation: "ondansetron again 20 min later: no charge"),
            Discrepancy(kind: .missing, code: "96361", expectedUnits: 1, answeredUnits: 0, rules: [.hydMin31],
                        explanation: "saline ran 62 min after the drug"),
        ],
        confirmations: [Confirmation(code: "96365", units: 1, rules: [.infMin16], explanation: "ceftriaxone ran 35 min"),
                        Confirmation(code: "96375", units: 1, rules: [.pushNewDrug96375], explanation: "a new drug by push")])

    @Test func eachChargeIsSupportedUnsupportedOrMissing() {
        let v = AuditReport.verdicts(Self.assessment)
        #expect(v.map { "\($0.status.rawValue) \($0.code) \($0.units)" } == [
            "supported 96365 1", "supported 96375 1", "unsupported 96375 1", "unsupported 96374 1", "missing 96361 1",
        ])
        #expect(v[2].explanation == "ondansetron again 20 min later: no charge")
        #expect(v[2].rules == [.repeatPush30])
        #expect(v[4].rules == [.hydMin31])
    }

    @Test func aWrongModifierIsAnUnsupportedChargeAndAMissingOne() {
        let a = Assessment(score: 0, expected: Self.answer([("96374", 1, ["59"])]), answered: Self.answer([("96374", 1, [])]),
                           discrepancies: [Discrepancy(kind: .modifier, code: "96374", expectedUnits: 1, answeredUnits: 1,
                                                       rules: [.secondSite59], explanation: "a separate access: -59")],
                           confirmations: [])
        #expect(AuditReport.verdicts(a).map { "\($0.status.rawValue) \($0.code)" } == ["unsupported 96374", "missing 96374-59"])
    }

    @Test func aSubstitutionIsExplainedOnceOnThePostedCode() {
        let a = Assessment(score: 0, expected: Self.answer([("96361", 1, [])]), answered: Self.answer([("96360", 1, [])]),
                           discrepancies: [
                               Discrepancy(kind: .extra, code: "96360", expectedUnits: 0, answeredUnits: 1, rules: [.hydMin31],
                                           explanation: "hydration is secondary here: 96361, not 96360", pairedWith: "96361"),
                               Discrepancy(kind: .missing, code: "96361", expectedUnits: 1, answeredUnits: 0, rules: [.hydMin31],
                                           explanation: "96361 is missing", pairedWith: "96360"),
                           ], confirmations: [])
        #expect(AuditReport.verdicts(a).map { "\($0.status.rawValue) \($0.code): \($0.explanation)" } == [
            "unsupported 96360: hydration is secondary here: 96361, not 96360", "missing 96361: posted as 96360 instead (above)",
        ])
    }

    @Test func matchingChargesReadAsSupported() {
        let a = Assessment(score: 1, expected: Self.answer([("96372", 2, [])]), answered: Self.answer([("96372", 2, [])]),
                           discrepancies: [], confirmations: [])
        let v = AuditReport.verdicts(a)
        #expect(v.map(\.status) == [.supported])
        let text = AuditReport.text(v, charges: a.answered, engine: a.expected, width: 80, style: .plain)
        #expect(text.hasSuffix("✓ The charges match the MAR."))
        #expect(text.contains("✓ supported 96372 ×2"))
    }

    @Test func textSaysHowManyLinesDiffer() {
        let v = AuditReport.verdicts(Self.assessment)
        let text = AuditReport.text(v, charges: Self.assessment.answered, engine: Self.assessment.expected, width: 80, style: .plain)
        #expect(text.hasPrefix("Charges posted: 96365 96375x2 96374\nThe MAR supports: 96365 96375 96361\n"))
        #expect(text.contains("✗ missing 96361: saline ran 62 min after the drug [HYD-MIN-31]"))
        #expect(text.hasSuffix("✗ 3 charge lines differ from the MAR."))
    }
}

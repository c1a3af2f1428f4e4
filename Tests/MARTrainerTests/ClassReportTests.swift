import Foundation
import MARCore
import Testing
@testable import MARTrainer

@Suite struct ClassReportTests {
    private static func attempt(_ learner: String, _ scenario: String, score: Double, hints: Int = 0, gaveUp: Bool = false,
                                missed: [[String]] = [], rules: [String], try tryNumber: Int = 1) -> Attempt {
        Attempt(learner: learner, scenario: scenario, mode: .practice, at: "2026-11-23T10:00:00Z", answer: "",
                score: score, hints: hints, seconds: 30,
                discrepancies: missed.map { Attempt.Miss(kind: "units", code: "96361", rules: $0) }, rules: rules, gaveUp: gaveUp,
                tryNumber: tryNumber)
    }

    static let learners: [ClassProgress.Learner] = [
        .init(name: "ana", attempts: [
            attempt("ana", "hyd", score: 0.5, hints: 1, missed: [["HYD-CONCURRENT"]],
                    rules: ["HYD-CONCURRENT", "HYD-MIN-31", "HYD-SECONDARY-UNITS"]),
            attempt("ana", "hyd", score: 1, rules: ["HYD-CONCURRENT", "HYD-MIN-31", "HYD-SECONDARY-UNITS"], try: 2),
            attempt("ana", "hyd", score: 0.5, missed: [["HYD-MIN-31"]], rules: ["HYD-MIN-31"], try: 3),
            attempt("ana", "easy", score: 1, rules: ["HIER-FACILITY"]),
        ], warnings: []),
        .init(name: "ben", attempts: [
            attempt("ben", "nostop", score: 0.4, hints: 2, missed: [["NO-STOP-TIME"], ["HYD-SUM-SEGMENTS"]],
                    rules: ["NO-STOP-TIME", "HYD-SUM-SEGMENTS"]),
            attempt("ben", "nostop", score: 0, hints: 1, gaveUp: true, rules: ["NO-STOP-TIME"], try: 2),
            attempt("ben", "hyd", score: 1, rules: ["HYD-CONCURRENT", "HYD-MIN-31"]),
        ], warnings: []),
    ]

    @Test func scenariosAreHardestFirst() {
        let r = ClassReport(Self.learners)
        #expect(r.scenarios == [
            .init(scenario: "nostop", learners: 1, firstTryScore: 0.4, solved: 0, gaveUp: 1, hints: 3),
            .init(scenario: "hyd", learners: 2, firstTryScore: 0.75, solved: 2, gaveUp: 0, hints: 1),
            .init(scenario: "easy", learners: 1, firstTryScore: 1, solved: 1, gaveUp: 0, hints: 0),
        ])
    }

    /// A unit slip on hydration is charged to the rule its discrepancy names, not to every hydration rule involved;
    /// retries (after the rationale was shown) are left out, as mastery leaves them out.
    @Test func rulesAreChargedOnlyWhereADiscrepancyNamesThem() {
        let r = ClassReport(Self.learners)
        #expect(r.rules == [
            .init(rule: "HYD-SUM-SEGMENTS", seen: 1, missed: 1, learners: 1),
            .init(rule: "NO-STOP-TIME", seen: 1, missed: 1, learners: 1),
            .init(rule: "HYD-CONCURRENT", seen: 2, missed: 1, learners: 1),
        ])
        #expect(!r.rules.contains { $0.rule == "HYD-MIN-31" || $0.rule == "HYD-SECONDARY-UNITS" })
    }

    @Test func anEmptyClassSaysSo() {
        let r = ClassReport([])
        #expect(r.scenarios.isEmpty && r.rules.isEmpty)
        #expect(r.text(style: .plain).contains("No attempts yet."))
        #expect(r.html(generated: "now").contains("No attempts yet."))
    }

    @Test func textShowsBothTables() {
        let text = ClassReport(Self.learners).text(style: .plain)
        #expect(text.contains("Class — scenarios, hardest first (2 learners)"))
        #expect(text.contains("nostop    1         40%        0/1     1        3"))
        #expect(text.contains("HYD-CONCURRENT    missed 1/2     █████░░░░░  1 learner"))
    }

    @Test func jsonCarriesBothTables() throws {
        let text = ClassProgress.json(Self.learners)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let report = try #require(object["class"] as? [String: Any])
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["scenario"] as? String } == ["nostop", "hyd", "easy"])
        #expect(scenarios.first?["first_try_score"] as? Double == 0.4)
        let rules = try #require(report["rules"] as? [[String: Any]])
        #expect(rules.map { $0["rule"] as? String } == ["HYD-SUM-SEGMENTS", "NO-STOP-TIME", "HYD-CONCURRENT"])
    }

    @Test func htmlIsOneSelfContainedPage() {
        let html = ClassReport(Self.learners).html(generated: "2026-12-02T03:00:00Z")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for absent in ["<script", "http://", "https://", "<link", "@import", "src="] { #expect(!html.contains(absent), "\(absent)") }
        #expect(html.contains("<span style=\"width: 100%\"></span>"))   // HYD-SUM-SEGMENTS, 1 of 1
        #expect(html.contains("<span style=\"width: 50%\"></span>"))    // HYD-CONCURRENT, 1 of 2 first tries
        #expect(html.contains("<td><code>nostop</code></td><td class=\"n\">1</td><td class=\"n\">40%</td>"))
    }

    @Test func htmlEscapesNames() {
        let odd = [ClassProgress.Learner(name: "x", attempts: [Self.attempt("x", "a<b>&c", score: 0.5, missed: [["R<1>"]], rules: [])],
                                         warnings: [])]
        let html = ClassReport(odd).html(generated: "now")
        #expect(html.contains("a&lt;b&gt;&amp;c") && html.contains("R&lt;1&gt;") && !html.contains("a<b>"))
    }
}

import Foundation
import MARCore

/// What an educator reads from a class's logs: which scenarios are hardest, and which rules the
/// learners miss. A rule is charged only when an attempt's discrepancies name it (the rules that
/// decided the code the learner got wrong), never for every rule the scenario touches.
public struct ClassReport: Sendable {
    /// One scenario across the class.
    public struct ScenarioRow: Sendable, Equatable {
        public var scenario: String
        /// Learners who attempted it.
        public var learners: Int
        /// Mean score of each learner's first attempt (a give-up scores 0).
        public var firstTryScore: Double
        /// Learners with at least one solved attempt.
        public var solved: Int
        /// Learners who gave up at least once.
        public var gaveUp: Int
        /// Hints taken, summed over every attempt.
        public var hints: Int
    }

    /// One rule across the class.
    public struct RuleRow: Sendable, Equatable {
        public var rule: String
        /// First tries in which the rule was involved (recorded in the attempt's rules or its discrepancies).
        public var seen: Int
        /// First tries whose discrepancies name the rule.
        public var missed: Int
        /// Learners who missed it at least once.
        public var learners: Int

        public var right: Int { seen - missed }
        public var missRate: Double { seen == 0 ? 0 : Double(missed) / Double(seen) }
    }

    public var learnerCount: Int
    /// Hardest first: lowest first-try score, then fewest solved, then most give-ups.
    public var scenarios: [ScenarioRow]
    /// Most missed first: highest miss rate, then most misses; rules never missed are left out.
    public var rules: [RuleRow]

    public init(_ learners: [ClassProgress.Learner]) {
        learnerCount = learners.count
        var byScenario: [String: (learners: Set<String>, first: [Double], solved: Set<String>, gaveUp: Set<String>, hints: Int)] = [:]
        var byRule: [String: (seen: Int, missed: Int, learners: Set<String>)] = [:]
        for l in learners {
            var firstSeen = Set<String>()
            for a in l.attempts {
                var s = byScenario[a.scenario] ?? ([], [], [], [], 0)
                s.learners.insert(l.name)
                if firstSeen.insert(a.scenario).inserted { s.first.append(a.gaveUp ? 0 : a.score) }
                if a.solved { s.solved.insert(l.name) }
                if a.gaveUp { s.gaveUp.insert(l.name) }
                s.hints += a.hints
                byScenario[a.scenario] = s

                // Rules: first tries only, as mastery counts them (a retry follows the shown rationale).
                guard a.countsForMastery else { continue }
                let cited = Set(a.discrepancies.flatMap(\.rules))
                for rule in Set(a.rules).union(cited) {
                    var r = byRule[rule] ?? (0, 0, [])
                    r.seen += 1
                    if cited.contains(rule) { r.missed += 1; r.learners.insert(l.name) }
                    byRule[rule] = r
                }
            }
        }
        scenarios = byScenario.map { id, s in
            ScenarioRow(scenario: id, learners: s.learners.count,
                        firstTryScore: s.first.isEmpty ? 0 : s.first.reduce(0, +) / Double(s.first.count),
                        solved: s.solved.count, gaveUp: s.gaveUp.count, hints: s.hints)
        }.sorted { a, b in
            if a.firstTryScore != b.firstTryScore { return a.firstTryScore < b.firstTryScore }
            let sa = Double(a.solved) / Double(max(a.learners, 1)), sb = Double(b.solved) / Double(max(b.learners, 1))
            if sa != sb { return sa < sb }
            if a.gaveUp != b.gaveUp { return a.gaveUp > b.gaveUp }
            return a.scenario < b.scenario
        }
        rules = byRule.compactMap { rule, r in
            r.missed == 0 ? nil : RuleRow(rule: rule, seen: r.seen, missed: r.missed, learners: r.learners.count)
        }.sorted { a, b in
            if a.missRate != b.missRate { return a.missRate > b.missRate }
            if a.missed != b.missed { return a.missed > b.missed }
            return a.rule < b.rule
        }
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    // MARK: Text

    /// The two tables as terminal text.
    public func text(style: Style) -> String {
        let plural = learnerCount == 1 ? "" : "s"
        var out = [style.heading("Class — scenarios, hardest first (\(learnerCount) learner\(plural))")]
        if scenarios.isEmpty {
            out.append(style.dim("No attempts yet."))
        } else {
            let width = max(8, scenarios.map(\.scenario.count).max() ?? 8) + 2
            out.append("scenario".padded(width) + "learners  first try  solved  gave up  hints")
            for r in scenarios {
                out.append(r.scenario.padded(width) + "\(r.learners)".padded(10) + Self.percent(r.firstTryScore).padded(11)
                           + "\(r.solved)/\(r.learners)".padded(8) + "\(r.gaveUp)".padded(9) + "\(r.hints)")
            }
        }
        out.append("")
        out.append(style.heading("Class — rules missed (charged to the rules that decided each wrong code)"))
        if rules.isEmpty { out.append(style.dim("No rule missed yet.")) }
        let width = max(4, rules.map(\.rule.count).max() ?? 4) + 2
        for r in rules {
            let filled = Int((r.missRate * 10).rounded())
            out.append(r.rule.padded(width) + "missed \(r.missed)/\(r.seen)".padded(15)
                       + String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
                       + "  \(r.learners) learner\(r.learners == 1 ? "" : "s")")
        }
        return out.joined(separator: "\n")
    }

    // MARK: JSON

    public var json: JSON {
        .object([
            ("learners", .int(learnerCount)),
            ("scenarios", .array(scenarios.map { r in
                .object([("scenario", .string(r.scenario)), ("learners", .int(r.learners)),
                         ("first_try_score", .double(r.firstTryScore)), ("solved", .int(r.solved)),
                         ("gave_up", .int(r.gaveUp)), ("hints", .int(r.hints))])
            })),
            ("rules", .array(rules.map { r in
                .object([("rule", .string(r.rule)), ("seen", .int(r.seen)), ("missed", .int(r.missed)),
                         ("learners", .int(r.learners))])
            })),
        ])
    }

    // MARK: HTML

    /// One self-contained page (inline CSS, no scripts, no network) with both tables and a bar
    /// chart of each rule's miss rate, for mailing or printing.
    public func html(title: String = "MARCoach class report", generated: String) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var h = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title))</title>
            <style>
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; margin: 2em auto; max-width: 60em; padding: 0 1em; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 2em; }
            p.meta { color: #57606a; margin-top: 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: 0.35em 0.7em; border-bottom: 1px solid #d0d7de; }
            th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            th.n { text-align: right; }
            .bar { background: #eaeef2; height: 1em; width: 16em; position: relative; }
            .bar span { display: block; height: 100%; background: #cf222e; }
            code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; }
            @media print { body { margin: 0; } .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
            </style></head><body>
            <h1>\(esc(title))</h1>
            <p class="meta">\(learnerCount) learner\(learnerCount == 1 ? "" : "s") · generated \(esc(generated))</p>
            <h2>Scenarios, hardest first</h2>

            """
        if scenarios.isEmpty {
            h += "<p>No attempts yet.</p>\n"
        } else {
            h += "<table><thead><tr><th>Scenario</th><th class=\"n\">Learners</th><th class=\"n\">First-try score</th>"
                + "<th class=\"n\">Solved</th><th class=\"n\">Gave up</th><th class=\"n\">Hints used</th></tr></thead><tbody>\n"
            for r in scenarios {
                h += "<tr><td><code>\(esc(r.scenario))</code></td><td class=\"n\">\(r.learners)</td>"
                    + "<td class=\"n\">\(Self.percent(r.firstTryScore))</td><td class=\"n\">\(r.solved)/\(r.learners)</td>"
                    + "<td class=\"n\">\(r.gaveUp)</td><td class=\"n\">\(r.hints)</td></tr>\n"
            }
            h += "</tbody></table>\n"
        }
        h += "<h2>Rules missed</h2>\n<p class=\"meta\">Each wrong code is charged to the rules that decided it, "
            + "as recorded with the attempt. The bar is the share of attempts involving the rule that missed it.</p>\n"
        if rules.isEmpty {
            h += "<p>No rule missed yet.</p>\n"
        } else {
            h += "<table><thead><tr><th>Rule</th><th>Missed</th><th class=\"n\">Missed / seen</th>"
                + "<th class=\"n\">Learners</th></tr></thead><tbody>\n"
            for r in rules {
                let pct = Int((r.missRate * 100).rounded())
                h += "<tr><td><code>\(esc(r.rule))</code></td><td><div class=\"bar\" role=\"img\" aria-label=\"\(pct)% missed\">"
                    + "<span style=\"width: \(pct)%\"></span></div></td><td class=\"n\">\(r.missed)/\(r.seen) (\(pct)%)</td>"
                    + "<td class=\"n\">\(r.learners)</td></tr>\n"
            }
            h += "</tbody></table>\n"
        }
        h += "</body></html>\n"
        return h
    }
}

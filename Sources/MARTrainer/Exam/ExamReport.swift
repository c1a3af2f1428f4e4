import Foundation
import MARCore

/// The end of an exam: score, pass/fail, time, each item against the engine, and a per-rule table.
public struct ExamReport: Sendable {
    public struct Item: Sendable {
        public var scenario: Scenario
        /// The answer as given (canonical text), nil when unanswered.
        public var answer: Answer?
        public var coding: Coding
        public var assessment: Assessment
        /// Seconds spent on this item.
        public var seconds: Int

        /// 0 when unanswered (also when the key is empty), else the scorer's score.
        public var score: Double { answer == nil ? 0 : assessment.score }
        public var right: Bool { answer != nil && assessment.perfect }

        /// Every rule that decided a code of the engine's answer or a discrepancy, sorted.
        public var rules: [RuleID] {
            Array(Set(coding.lines.flatMap(\.rules) + assessment.discrepancies.flatMap(\.deciding))).sorted()
        }

        /// The deciding rules of the discrepancies (or all of the item's rules when unanswered).
        public var missedRules: Set<RuleID> {
            answer == nil ? Set(rules) : Set(assessment.discrepancies.flatMap(\.deciding))
        }
    }

    public struct RuleRow: Sendable, Equatable {
        public var rule: RuleID
        public var items: Int
        public var right: Int
    }

    public var options: ExamOptions
    public var secondsUsed: Int
    public var items: [Item]
    /// True when the time limit ended the exam.
    public var timedOut: Bool

    public init(options: ExamOptions, secondsUsed: Int, items: [Item], timedOut: Bool) {
        self.options = options
        self.secondsUsed = secondsUsed
        self.items = items
        self.timedOut = timedOut
    }

    /// The mean item score, 0…1.
    public var score: Double { items.isEmpty ? 0 : items.map(\.score).reduce(0, +) / Double(items.count) }
    public var passed: Bool { score + 1e-9 >= options.passMark }

    /// For each rule: how many items involved it, and in how many of those no discrepancy cited it.
    public var rules: [RuleRow] {
        var table: [RuleID: RuleRow] = [:]
        for item in items {
            let missed = item.missedRules
            for r in item.rules {
                var row = table[r] ?? RuleRow(rule: r, items: 0, right: 0)
                row.items += 1
                if !missed.contains(r) { row.right += 1 }
                table[r] = row
            }
        }
        return table.values.sorted { ($0.right * 1000 / max(1, $0.items), $0.rule) < ($1.right * 1000 / max(1, $1.items), $1.rule) }
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// The expected codes (departments left out) in the order the answer gave them, then the codes the
    /// answer lacks in the key's order, so an answer and its key line up by eye. `(none)` when empty.
    public static func expectedText(_ expected: Answer, like answer: Answer?) -> String {
        var rest = expected.withoutDepartments.items
        var ordered: [Answer.Item] = []
        for a in answer?.withoutDepartments.items ?? [] {
            if let i = rest.firstIndex(where: { $0.code == a.code && $0.modifiers == a.modifiers })
                ?? rest.firstIndex(where: { $0.code == a.code }) {
                ordered.append(rest.remove(at: i))
            }
        }
        let text = (ordered + rest).map(\.text).joined(separator: " ")
        return text.isEmpty ? "(none)" : text
    }

    /// What to practise after the exam: each missed item's scenario, then `marcoach review`.
    public var practiseNext: [String] {
        let missed = items.filter { !$0.right }.map(\.scenario.id)
        guard !missed.isEmpty else { return [] }
        return missed.map { "marcoach practice --scenario \($0)" } + ["marcoach review"]
    }

    /// `cli.md`'s `exam --report` JSON.
    public func json() -> JSON {
        .object([
            ("seed", .int(Int(truncatingIfNeeded: options.seed))),
            ("count", .int(items.count)),
            ("minutes", .int(options.limitMinutes)),
            ("seconds_used", .int(secondsUsed)),
            ("score", .double(Self.round2(score))),
            ("pass_mark", .double(Self.round2(options.passMark))),
            ("passed", .bool(passed)),
            ("scenarios", .array(items.map { i in
                .object([
                    ("scenario", .string(i.scenario.id)),
                    ("answer", .string(i.answer?.text ?? "")),
                    ("expected", .string(i.assessment.expected.withoutDepartments.text)),
                    ("score", .double(Self.round2(i.score))),
                    ("discrepancies", .array((i.answer == nil ? [] : i.assessment.discrepancies).map { d in
                        .object([("kind", .string(d.kind.rawValue)), ("code", .string(d.code)),
                                 ("expected_units", .int(d.expectedUnits)), ("answered_units", .int(d.answeredUnits)),
                                 ("rules", .strings(d.rules.map(\.rawValue))), ("explanation", .string(d.explanation))])
                    })),
                ])
            })),
            ("rules", .array(rules.map { .object([("rule", .string($0.rule.rawValue)), ("items", .int($0.items)), ("right", .int($0.right))]) })),
        ])
    }

    static func clock(_ seconds: Int) -> String { "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)" }
    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// The same report as Markdown.
    public func markdown() -> String {
        var o = ["# Exam report", ""]
        o.append("- Score: **\(Self.percent(score))** — \(passed ? "**passed**" : "**not passed**") (pass mark \(Self.percent(options.passMark)))")
        o.append("- Time used: \(Self.clock(secondsUsed)) of \(options.limitMinutes) min" + (timedOut ? " (time ran out)" : ""))
        o.append("- Seed \(options.seed), \(items.count) scenarios")
        o += ["", "## Scenarios", "", "| # | scenario | answer | expected | score |", "| --- | --- | --- | --- | --- |"]
        for (n, i) in items.enumerated() {
            o.append("| \(n + 1) | \(i.scenario.id) | \(i.answer.map { $0.text.isEmpty ? "(none)" : $0.text } ?? "—") | \(Self.expectedText(i.assessment.expected, like: i.answer)) | \(Self.percent(i.score)) |")
        }
        for (n, i) in items.enumerated() where !i.right {
            o += ["", "### \(n + 1). \(i.scenario.title)", ""]
            if i.answer == nil { o.append("Not answered: scores zero. Expected \(i.assessment.expected.withoutDepartments.text).") }
            // Each substitution as one item, the wrong code first (its second half says "the administration above").
            for group in Screen.discrepancyGroups(i.answer == nil ? [] : i.assessment.discrepancies) {
                o.append("- ✗ " + group.map { $0.explanation.replacingOccurrences(of: "\n", with: " ") }.joined(separator: " "))
            }
        }
        o += ["", "## Rules", "", "| rule | items | right |", "| --- | --- | --- |"]
        for r in rules { o.append("| \(r.rule.rawValue) | \(r.items) | \(r.right) |") }
        let next = practiseNext
        if !next.isEmpty {
            o += ["", "## Practise next", ""] + next.map { "- `\($0)`" }
        }
        return o.joined(separator: "\n") + "\n"
    }

    /// The report on screen.
    public func text(width: Int, style: Style) -> String {
        var o = [style.heading("Exam report")]
        o.append("Score \(Self.percent(score)) — " + (passed ? style.green("passed") : style.red("not passed"))
                 + " (pass mark \(Self.percent(options.passMark))). Time used \(Self.clock(secondsUsed)) of \(options.limitMinutes) min"
                 + (timedOut ? " (time ran out)." : "."))
        o.append("")
        for (n, i) in items.enumerated() {
            let mark = i.right ? style.green("✓") : style.red("✗")
            o.append("\(mark) \(n + 1). \(i.scenario.id) — \(Self.percent(i.score))")
            o.append("    answer:   " + (i.answer.map { $0.text.isEmpty ? "(none)" : $0.text } ?? "— (not answered)"))
            o.append("    expected: " + Self.expectedText(i.assessment.expected, like: i.answer))
            for group in Screen.discrepancyGroups(i.answer == nil ? [] : i.assessment.discrepancies) {
                for (n, d) in group.enumerated() {
                    o += Wrap.lines(d.explanation, width: width, first: n == 0 ? "    ✗ " : "      ", rest: "      ")
                }
            }
        }
        let rows = rules
        if !rows.isEmpty {
            o.append("")
            let w = (rows.map(\.rule.rawValue.count).max() ?? 4) + 2
            o.append(style.bold("rule".padded(w) + "items  right"))
            for r in rows { o.append(r.rule.rawValue.padded(w) + String(r.items).leftPadded(5) + String(r.right).leftPadded(7)) }
        }
        let next = practiseNext
        o.append("")
        if next.isEmpty {
            o += Wrap.lines("Every item right. 'marcoach practice' goes on with the course; 'marcoach exam' draws a new exam.", width: width)
        } else {
            o.append(style.bold("Practise next"))
            for line in next.dropLast() { o.append("  " + line) }
            o += Wrap.lines("then '\(next.last!)' for the rules you are due to review.", width: width, first: "  ", rest: "  ")
        }
        return o.joined(separator: "\n")
    }
}

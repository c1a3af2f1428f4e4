import MARCore

/// `marcoach audit --charges`: each posted charge supported, unsupported or missing, with the
/// explanation `check` gives for the same discrepancy.
public enum AuditReport {
    /// One verdict on a code (a charge, or a code the chart supports that was not posted).
    public struct Verdict: Sendable, Hashable {
        public enum Status: String, Sendable { case supported, unsupported, missing }
        public var status: Status
        /// The code as answers write it, with modifiers (`96365-59`).
        public var code: String
        public var units: Int
        public var rules: [RuleID]
        public var explanation: String
    }

    /// Verdicts per code and modifiers: the units both agree on are supported, units posted beyond
    /// the engine's are unsupported, units the engine codes but nobody posted are missing.
    /// Departments count only when both the charges and the coding give them.
    public static func verdicts(_ a: Assessment) -> [Verdict] {
        struct Key: Hashable { var code: String; var modifiers: [String]; var department: Department? }
        let byDepartment = a.expected.hasDepartments && a.answered.hasDepartments
        func key(_ i: Answer.Item) -> Key { Key(code: i.code, modifiers: i.modifiers, department: byDepartment ? i.department : nil) }
        var expected: [Key: Int] = [:], charged: [Key: Int] = [:], order: [Key] = []
        for i in a.answered.items { let k = key(i); if charged[k] == nil && expected[k] == nil { order.append(k) }; charged[k, default: 0] += i.units }
        for i in a.expected.items { let k = key(i); if charged[k] == nil && expected[k] == nil { order.append(k) }; expected[k, default: 0] += i.units }
        var out: [Verdict] = []
        for k in order {
            let e = expected[k] ?? 0, c = charged[k] ?? 0, both = min(e, c)
            let text = ([k.department.map { "\($0.rawValue): " } ?? "", k.code] + k.modifiers.map { "-" + $0 }).joined()
            let why = a.discrepancies.first { $0.code == k.code }
            if both > 0 {
                let confirm = a.confirmations.first { $0.code == k.code }
                out.append(Verdict(status: .supported, code: text, units: both, rules: confirm?.rules ?? [],
                                   explanation: confirm?.explanation ?? ""))
            }
            if c > both {
                out.append(Verdict(status: .unsupported, code: text, units: c - both, rules: why?.rules ?? [], explanation: why?.explanation ?? ""))
            }
            if e > both {
                // A substitution is told once, on the posted code it replaces, when that explanation names this code.
                var explanation = why?.explanation ?? ""
                if let partner = why?.pairedWith, let other = a.discrepancies.first(where: { $0.code == partner && $0.kind != .missing }),
                   other.explanation.contains(k.code), charged.keys.contains(where: { $0.code == partner }) {
                    explanation = "posted as \(partner) instead (above)"
                }
                out.append(Verdict(status: .missing, code: text, units: e - both, rules: why?.rules ?? [], explanation: explanation))
            }
        }
        return out
    }

    /// Verdicts for a person: one item each, the explanation wrapped under it.
    public static func text(_ verdicts: [Verdict], charges: Answer, engine: Answer, width: Int, style: Style) -> String {
        var out = ["Charges posted: " + (charges.isEmpty ? "none" : charges.text),
                   "The MAR supports: " + (engine.isEmpty ? "none (no drug-administration code is reportable)" : engine.text), ""]
        for v in verdicts {
            let mark = v.status == .supported ? style.tick : style.cross
            let units = v.units == 1 ? "" : " ×\(v.units)"
            let head = "\(v.status.rawValue) \(v.code)\(units)"
            let cite = v.rules.isEmpty || v.explanation.contains("[") ? "" : " [" + v.rules.map(\.rawValue).joined(separator: ", ") + "]"
            out += Wrap.lines(head + (v.explanation.isEmpty ? "" : ": " + v.explanation + cite), width: width, first: "\(mark) ", rest: "  ")
        }
        let wrong = verdicts.filter { $0.status != .supported }.count
        out.append("")
        out.append(wrong == 0 ? "\(style.tick) The charges match the MAR." : "\(style.cross) \(wrong) charge line\(wrong == 1 ? "" : "s") differ from the MAR.")
        return out.joined(separator: "\n")
    }

    /// `audit --format json` with charges.
    public static func json(_ verdicts: [Verdict], assessment: Assessment, coding: Coding) -> JSON {
        .object([
            ("scenario", .string(coding.scenario)),
            ("match", .bool(assessment.perfect)),
            ("charges", .array(verdicts.map { v in
                .object([("status", .string(v.status.rawValue)), ("code", .string(v.code)), ("units", .int(v.units)),
                         ("rules", .strings(v.rules.map(\.rawValue))), ("explanation", .string(v.explanation))])
            })),
            ("check", AssessmentReport.json(assessment, scenario: coding.scenario)),
            ("coding", CodingReport.json(coding)),
        ])
    }
}

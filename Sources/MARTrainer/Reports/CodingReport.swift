import Foundation
import MARCore

/// `marcoach code` output: the engine's coding as `cli.md` JSON, or as text for people.
public enum CodingReport {
    public static func json(_ c: Coding) -> JSON {
        .object([
            ("scenario", .string(c.scenario)),
            ("profile", .string(c.profile)),
            ("setting", .string(c.setting.rawValue)),
            ("lines", .array(c.lines.map { l in
                .object([
                    ("code", .string(l.code)), ("units", .int(l.units)), ("modifiers", .strings(l.modifiers)),
                    ("department", .string(l.department.rawValue)), ("date", .string(l.date.iso)),
                    ("rules", .strings(l.rules.map(\.rawValue))),
                    ("administrations", .array(l.administrations.map { a in
                        .object([
                            ("med", .string(a.med)), ("start", .string(a.start.iso)), ("stop", .optional(a.stop?.iso)),
                            ("charted_minutes", a.chartedMinutes.map { .int($0) } ?? .null),
                            ("minutes", a.minutes.map { .int($0) } ?? .null),
                        ])
                    })),
                ])
            })),
            ("excluded", .array(c.excluded.map { e in
                .object([("med", .string(e.med)), ("at", .optional(e.at?.iso)), ("rule", .string(e.rule.rawValue)),
                         ("reason", .string(e.reason))])
            })),
            ("flagged", .array(c.flagged.map { f in
                .object([("code", .optional(f.code)), ("rule", .string(f.rule.rawValue)), ("reason", .string(f.reason)),
                         ("med", .string(f.med)), ("at", .optional(f.at?.iso))])
            })),
            ("administrations", .array(c.administrations.map { r in
                .object([
                    ("med", .string(r.med)), ("start", .string(r.start.iso)),
                    ("codes", .strings(r.codes.map(\.text))),
                    ("ruled_out", .array(r.ruledOut.map { o in
                        .object([("code", .string(o.code)), ("rule", .string(o.rule.rawValue)), ("reason", .string(o.reason))])
                    })),
                ])
            })),
            ("firings", .array(c.firings.map { .object([("rule", .string($0.rule.rawValue)), ("message", .string($0.message))]) })),
        ])
    }

    /// `json(c).rendered()`, byte for byte, written straight into `out` (no `JSON` tree, no joined strings).
    public static func writeJSON(_ c: Coding, into out: inout JSONBytes) {
        out.beginObject()
        out.key("scenario"); out.string(c.scenario)
        out.key("profile"); out.string(c.profile)
        out.key("setting"); out.string(c.setting.rawValue)
        out.key("lines"); out.beginArray()
        for l in c.lines {
            out.beginObject()
            out.key("code"); out.string(l.code)
            out.key("units"); out.int(l.units)
            out.key("modifiers"); out.strings(l.modifiers)
            out.key("department"); out.string(l.department.rawValue)
            out.key("date"); out.date(l.date)
            out.key("rules"); out.strings(l.rules.lazy.map(\.rawValue))
            out.key("administrations"); out.beginArray()
            for a in l.administrations {
                out.beginObject()
                out.key("med"); out.string(a.med)
                out.key("start"); out.instant(a.start)
                out.key("stop"); out.optionalInstant(a.stop)
                out.key("charted_minutes"); out.optionalInt(a.chartedMinutes)
                out.key("minutes"); out.optionalInt(a.minutes)
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.key("excluded"); out.beginArray()
        for e in c.excluded {
            out.beginObject()
            out.key("med"); out.string(e.med)
            out.key("at"); out.optionalInstant(e.at)
            out.key("rule"); out.string(e.rule.rawValue)
            out.key("reason"); out.string(e.reasonSentence)
            out.endObject()
        }
        out.endArray()
        out.key("flagged"); out.beginArray()
        for f in c.flagged {
            out.beginObject()
            out.key("code"); out.optionalString(f.code)
            out.key("rule"); out.string(f.rule.rawValue)
            out.key("reason"); out.string(f.reasonSentence)
            out.key("med"); out.string(f.med)
            out.key("at"); out.optionalInstant(f.at)
            out.endObject()
        }
        out.endArray()
        out.key("administrations"); out.beginArray()
        for r in c.administrations {
            out.beginObject()
            out.key("med"); out.string(r.med)
            out.key("start"); out.instant(r.start)
            out.key("codes"); out.strings(r.codes.lazy.map(\.text))
            out.key("ruled_out"); out.beginArray()
            for o in r.ruledOut {
                out.beginObject()
                out.key("code"); out.string(o.code)
                out.key("rule"); out.string(o.rule.rawValue)
                out.key("reason"); out.string(o.reasonSentence)
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.key("firings"); out.beginArray()
        for f in c.firings {
            out.beginObject()
            out.key("rule"); out.string(f.rule.rawValue)
            out.key("message"); out.string(f.messageSentence)
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }

    /// The coding with its reasoning, for a person at a terminal.
    public static func text(_ c: Coding, title: String?) -> String {
        var out = "\(c.scenario)\(title.map { " — \($0)" } ?? "")\n"
        out += "profile \(c.profile), \(c.setting.rawValue) setting\n\n"
        out += "Codes: \(c.lines.isEmpty ? "none (no drug-administration code is reportable)" : c.answer.withoutDepartments.text)\n"
        for l in c.lines {
            let adm = l.administrations.map { a in a.med.prefixWords }.joined(separator: ", ")
            out += "  \(l.text.padding(toLength: 11, withPad: " ", startingAt: 0)) \(l.department.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) "
                + "\(l.date.short)  \(adm)  [\(l.rules.map(\.rawValue).joined(separator: ", "))]\n"
        }
        out += "\nWhy, administration by administration:\n"
        for r in c.administrations {
            let codes = r.codes.map(\.text)
            out += "  \(r.label): \(codes.isEmpty ? "no code of its own" : codes.joined(separator: " "))\n"
            out += "      path: " + pathText(r.path) + "\n"
            for e in r.codes { out += "      \(e.text): \(e.reason) [\(e.rules.map(\.rawValue).joined(separator: ", "))]\n" }
            for o in r.ruledOut { out += "      not \(o.code): \(o.reason) [\(o.rule.rawValue)]\n" }
        }
        if !c.excluded.isEmpty {
            out += "\nNot coded:\n"
            for e in c.excluded { out += "  \(e.reason) [\(e.rule.rawValue)]\n" }
        }
        if !c.flagged.isEmpty {
            out += "\nFlagged, not scored:\n"
            for f in c.flagged { out += "  \(f.code ?? "no code"): \(f.reason) [\(f.rule.rawValue)]\n" }
        }
        return out
    }

    /// `therapeutic IV [CATEGORY-FROM-DATA] → push [PUSH-MAX-15]`, or the rule that took it out.
    static func pathText(_ p: DecisionPath) -> String {
        if let n = p.notService { return "not a service of its own [\(n.rule.rawValue)]" }
        var steps: [String] = []
        if let f = p.family { steps.append(f.shortName + (p.familyRule.map { " [\($0.rawValue)]" } ?? "")) }
        if let m = p.mode { steps.append("\(m.rawValue)" + (p.modeRule.map { " [\($0.rawValue)]" } ?? "")) }
        return steps.joined(separator: " → ")
    }
}

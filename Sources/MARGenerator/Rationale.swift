import MARCore

/// The `key.rationale` of a generated scenario, written from the engine's trace: every code with
/// the administration, its minutes and its rules; every exclusion and flag with its reason.
public enum Rationale {
    /// The engine's codes without departments (`key.codes`).
    public static func keyAnswer(_ coding: Coding) -> Answer {
        coding.answer.withoutDepartments
    }

    static func text(_ coding: Coding) -> String {
        var out: [String] = []
        for a in coding.administrations where !a.codes.isEmpty {
            for c in a.codes {
                out.append("\(c.text): \(a.label) — \(c.reason) [\(c.rules.map(\.rawValue).joined(separator: ", "))]")
            }
        }
        for a in coding.administrations where a.codes.isEmpty {
            let why = a.ruledOut.first.map { " — \($0.reason) [\($0.rule.rawValue)]" } ?? ""
            out.append("No code for \(a.label)\(why)")
        }
        for x in coding.excluded {
            out.append("Not coded: \(x.med)\(x.at.map { " at \($0.chart)" } ?? "") — \(x.reason) [\(x.rule.rawValue)]")
        }
        for f in coding.flagged {
            out.append("Flagged, not scored: \(f.code ?? "no code") for \(f.med) — \(f.reason) [\(f.rule.rawValue)]")
        }
        let codes = keyAnswer(coding).items.map(\.text)
        out.append("Total: " + (codes.isEmpty ? "nothing reportable." : codes.joined(separator: " ")))
        return out.joined(separator: "\n")
    }
}

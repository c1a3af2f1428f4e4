import MARCore

/// `marcoach check` output as `cli.md` JSON.
public enum AssessmentReport {
    public static func json(_ a: Assessment, scenario: String) -> JSON {
        func items(_ x: Answer) -> JSON {
            .array(x.items.map { .object([("code", .string($0.code)), ("units", .int($0.units)), ("modifiers", .strings($0.modifiers))]) })
        }
        return .object([
            ("scenario", .string(scenario)),
            ("score", .double((a.score * 100).rounded() / 100)),
            ("perfect", .bool(a.perfect)),
            ("expected", items(a.expected)),
            ("answered", items(a.answered)),
            ("discrepancies", .array(a.discrepancies.map { d in
                .object([("kind", .string(d.kind.rawValue)), ("code", .string(d.code)),
                         ("expected_units", .int(d.expectedUnits)), ("answered_units", .int(d.answeredUnits)),
                         ("rules", .strings(d.rules.map(\.rawValue))), ("explanation", .string(d.explanation))])
            })),
        ] + (a.alternative.map { alt in
            [("right_under", JSON.object([("option", .string(alt.option)), ("rule", .string(alt.rule.rawValue)),
                                          ("explanation", .string(alt.explanation))]))]
        } ?? []))
    }
}

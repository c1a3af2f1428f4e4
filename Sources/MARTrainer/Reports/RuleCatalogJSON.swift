import MARCore

/// `marcoach rules --format json`: the catalog as data.
public enum RuleCatalogJSON {
    public static func json(_ rules: [Rule]) -> JSON {
        .array(rules.map { r in
            .object([
                ("id", .string(r.id.rawValue)),
                ("title", .string(r.title)),
                ("section", .string(r.section.rawValue)),
                ("statement", .string(r.statement)),
                ("sources", .strings(r.sources)),
                ("option", .optional(r.option)),
                ("options", .strings(r.policyOptions.map(\.key))),
                ("mistakes", .array(r.mistakes.map { m in
                    .object([("summary", .string(m.summary)), ("example", .int(m.example + 1)), ("answer", .string(m.answer))])
                })),
                ("convention", .bool(r.convention)),
                ("core", .bool(r.core)),
                ("examples", .array(r.examples.map { e in
                    .object([("summary", .string(e.summary)), ("fires", .bool(e.fires)), ("codes", .string(e.codes)),
                             ("scenario", .string(e.scenario))])
                })),
            ])
        })
    }
}

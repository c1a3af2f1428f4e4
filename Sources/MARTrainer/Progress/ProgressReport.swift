import Foundation

/// `marcoach progress --format json` for one learner, exactly as `cli.md` shows it.
public struct ProgressReport: Encodable, Sendable {
    public struct AttemptEntry: Encodable, Sendable {
        public var scenario: String
        public var mode: String
        public var at: String
        public var answer: String
        public var score: Double
        public var hints: Int
        public var seconds: Int
        public var discrepancies: [Attempt.Miss]
    }

    public struct RuleEntry: Encodable, Sendable {
        public var rule: String
        public var seen: Int
        public var right: Int
        /// `YYYY-MM-DD`, or null.
        public var due: String?

        enum CodingKeys: String, CodingKey { case rule, seen, right, due }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule, forKey: .rule)
            try c.encode(seen, forKey: .seen)
            try c.encode(right, forKey: .right)
            try c.encode(due, forKey: .due)  // null rather than absent
        }
    }

    public var learner: String
    public var attempts: [AttemptEntry]
    public var rules: [RuleEntry]
    public var warnings: [String]

    /// The report for a loaded log.
    public init(learner: String, attempts: [Attempt], warnings: [String]) {
        self.learner = learner
        self.attempts = attempts.map {
            AttemptEntry(scenario: $0.scenario, mode: $0.mode.rawValue, at: $0.at, answer: $0.answer, score: $0.score,
                         hints: $0.hints, seconds: $0.seconds, discrepancies: $0.discrepancies)
        }
        self.rules = LearnerState(attempts: attempts).mastery.map {
            RuleEntry(rule: $0.rule, seen: $0.seen, right: $0.right, due: $0.schedule.due?.iso)
        }
        self.warnings = warnings
    }

    /// The report of a store.
    public init(store: ProgressStore) {
        let (attempts, warnings) = store.load()
        self.init(learner: store.learner, attempts: attempts, warnings: warnings)
    }

    /// One line of JSON, keys in `cli.md`'s order (the ordered writer keeps it byte-identical between runs).
    public func json() -> String {
        jsonValue.rendered()
    }

    public var jsonValue: JSON {
        .object([
            ("learner", .string(learner)),
            ("attempts", .array(attempts.map { a in
                .object([
                    ("scenario", .string(a.scenario)), ("mode", .string(a.mode)), ("at", .string(a.at)),
                    ("answer", .string(a.answer)), ("score", .double(a.score)), ("hints", .int(a.hints)),
                    ("seconds", .int(a.seconds)),
                    ("discrepancies", .array(a.discrepancies.map { d in
                        .object([("kind", .string(d.kind)), ("code", .string(d.code)), ("rules", .strings(d.rules))])
                    })),
                ])
            })),
            ("rules", .array(rules.map { r in
                .object([("rule", .string(r.rule)), ("seen", .int(r.seen)), ("right", .int(r.right)),
                         ("due", .optional(r.due))])
            })),
            ("warnings", .strings(warnings)),
        ])
    }
}

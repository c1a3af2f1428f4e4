/// The scored comparison of an answer with the engine's coding (`cli.md`, "Explanations").
public struct Assessment: Sendable, Hashable {
    /// Matched units over the union of expected and answered units; 1.0 only when perfect.
    public var score: Double
    public var expected: Answer
    public var answered: Answer
    public var discrepancies: [Discrepancy]
    /// Codes answered correctly, each with a one-line confirmation.
    public var confirmations: [Confirmation]

    public init(score: Double, expected: Answer, answered: Answer, discrepancies: [Discrepancy], confirmations: [Confirmation]) {
        self.score = score
        self.expected = expected
        self.answered = answered
        self.discrepancies = discrepancies
        self.confirmations = confirmations
    }

    public var perfect: Bool { discrepancies.isEmpty }
    /// Every rule cited by a discrepancy or a confirmation.
    public var rulesInvolved: Set<RuleID> {
        Set(discrepancies.flatMap(\.rules) + confirmations.flatMap(\.rules))
    }
}

/// One difference between an answer and the engine.
public struct Discrepancy: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case missing, extra, units, modifier, department
    }

    public var kind: Kind
    public var code: String
    public var expectedUnits: Int
    public var answeredUnits: Int
    public var rules: [RuleID]
    /// Plain words: the administrations, their times and the minutes that mattered.
    public var explanation: String
    /// The code of the other half of a substitution (an extra code paired with the missing one it replaced).
    public var pairedWith: String?

    public init(kind: Kind, code: String, expectedUnits: Int, answeredUnits: Int, rules: [RuleID], explanation: String,
                pairedWith: String? = nil) {
        self.kind = kind
        self.code = code
        self.expectedUnits = expectedUnits
        self.answeredUnits = answeredUnits
        self.rules = rules
        self.explanation = explanation
        self.pairedWith = pairedWith
    }
}

/// A code the learner got right, briefly confirmed.
public struct Confirmation: Sendable, Hashable {
    public var code: String
    public var units: Int
    public var rules: [RuleID]
    public var explanation: String

    public init(code: String, units: Int, rules: [RuleID], explanation: String) {
        self.code = code
        self.units = units
        self.rules = rules
        self.explanation = explanation
    }
}

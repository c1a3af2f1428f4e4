/// A wrong answer a rule must explain, on one of the rule's own examples (SwiftLint's marked examples are the
/// model). The test suite scores `answer` against that example and requires a discrepancy that cites the rule.
public struct RuleMistake: Sendable {
    /// What the learner did wrong, in a few words ("a 15-minute bag called an infusion").
    public let summary: String
    /// The index of the rule example whose scenario is answered (0-based).
    public let example: Int
    /// The wrong answer, written as a learner writes it.
    public let answer: String

    public init(_ summary: String, example: Int = 0, answer: String) {
        self.summary = summary
        self.example = example
        self.answer = answer
    }
}

extension Rule {
    /// The wrong answers this rule must explain (`RuleMistakes.byRule`).
    public var mistakes: [RuleMistake] { RuleMistakes.byRule[id] ?? [] }
}

/// The scored comparison of an answer with the engine's coding (`cli.md`, "Explanations").
public struct Assessment: Sendable, Hashable {
    /// Matched units over the union of expected and answered units; 1.0 only when perfect.
    public var score: Double
    public var expected: Answer
    public var answered: Answer
    public var discrepancies: [Discrepancy]
    /// Codes answered correctly, each with a one-line confirmation.
    public var confirmations: [Confirmation]
    /// Set when the answer is what the engine codes under another policy option (`Scorer.alternative`).
    public var alternative: PolicyAlternative?
    /// The rules behind what the answer rightly left out, which no code stands for: each excluded row's rule (a held
    /// dose, an oral tablet) that no discrepancy cites, and, when the answer is perfect, the encounter's rules that
    /// fired (one encounter from ED to observation). Credited like the rules of the codes answered right.
    public var rightlyLeftOut: [RuleID] = []

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

    /// The rules this answer decided, for mastery (`cli.md`, "Mastery follows the deciding rule"): each
    /// discrepancy's deciding rules (misses), the rules behind the codes the learner got right, and those behind
    /// what the learner rightly left out.
    public var rulesDecided: Set<RuleID> {
        Set(discrepancies.flatMap(\.deciding) + confirmations.flatMap(\.rules) + rightlyLeftOut)
    }

    /// Units the learner can check by eye: expected, how many of them the answer has right, how many of the
    /// expected codes it has with the wrong modifier (a 59 moved to another code: no unit missing, none extra), and
    /// how many units of a code it has beyond the expected count.
    public var unitTally: (expected: Int, right: Int, wrongModifier: Int, extra: Int) {
        let byDept = expected.hasDepartments && answered.hasDepartments
        func key(_ i: Answer.Item, modifiers: Bool) -> String {
            i.code + (modifiers ? "|" + i.modifiers.map(Scorer.modifierClass).sorted().joined(separator: ",") : "")
                + (byDept ? "|" + (i.department?.rawValue ?? "") : "")
        }
        func tally(_ answer: Answer, modifiers: Bool) -> [String: Int] {
            answer.items.reduce(into: [String: Int]()) { $0[key($1, modifiers: modifiers), default: 0] += $1.units }
        }
        func common(_ e: [String: Int], _ a: [String: Int]) -> Int { e.reduce(0) { $0 + min($1.value, a[$1.key] ?? 0) } }
        let e = tally(expected, modifiers: true), a = tally(answered, modifiers: true)
        let eCode = tally(expected, modifiers: false), aCode = tally(answered, modifiers: false)
        let right = common(e, a)
        let extra = aCode.reduce(0) { $0 + max(0, $1.value - (eCode[$1.key] ?? 0)) }
        return (e.values.reduce(0, +), right, common(eCode, aCode) - right, extra)
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
    /// The rules that decide this mistake, for mastery: its own rules, except that the missing half of a
    /// substitution is decided by the rule that explains the wrong code it was replaced with.
    public var deciding: [RuleID]
    /// The administrations (indices into `Coding.administrations`) the explanation speaks of, and the line it
    /// gives each, so the two halves of a substitution never say the same thing twice.
    var explained: [Int] = []
    var parts: [String] = []

    public init(kind: Kind, code: String, expectedUnits: Int, answeredUnits: Int, rules: [RuleID], explanation: String,
                pairedWith: String? = nil) {
        self.kind = kind
        self.code = code
        self.expectedUnits = expectedUnits
        self.answeredUnits = answeredUnits
        self.rules = rules
        self.explanation = explanation
        self.pairedWith = pairedWith
        self.deciding = rules
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

/// An answer that is right under another facility-policy option than the course's.
public struct PolicyAlternative: Sendable, Hashable {
    /// `sameDrugIntermittent: sumTimes`
    public var option: String
    /// "that is the sumTimes reading (sources…); this course uses perInterval".
    public var explanation: String
    /// The rule the option changes.
    public var rule: RuleID

    public init(option: String, explanation: String, rule: RuleID) {
        self.option = option
        self.explanation = explanation
        self.rule = rule
    }
}

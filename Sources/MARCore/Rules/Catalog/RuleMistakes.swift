/// The wrong answers each deciding rule must explain, on that rule's own examples. Every answer here was
/// reasoned from `rules.md` for the example's MAR: it is the classic mistake the rule exists to catch.
enum RuleMistakes {
    static let byRule: [RuleID: [RuleMistake]] = [
        .pushMax15: [RuleMistake("a 15-minute bag called an infusion", answer: "96365")],
    ]
}

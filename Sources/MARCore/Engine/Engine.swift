/// The coding engine: a scenario in, a traced coding out. Pure and deterministic.
public enum Engine {
    /// Codes `scenario` under its setting and policy (`rules.md` §4.2 as amended by §5), with every
    /// decision explained in plain words.
    public static func code(_ scenario: Scenario) -> Coding {
        run(scenario, explain: true)
    }

    /// The same decisions — lines, exclusions, flags, ruled-out codes and the rules that fired — without
    /// writing the plain-words reasons (they are empty). For bulk work: validating a bank, coverage, drills.
    public static func decide(_ scenario: Scenario) -> Coding {
        run(scenario, explain: false)
    }
}

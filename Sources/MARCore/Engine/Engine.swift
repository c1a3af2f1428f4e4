/// The coding engine: a scenario in, a traced coding out. Pure and deterministic.
public enum Engine {
    /// Codes `scenario` under its setting and policy (`rules.md` §4.2 as amended by §5).
    public static func code(_ scenario: Scenario) -> Coding {
        run(scenario)
    }
}

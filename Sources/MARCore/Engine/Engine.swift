/// The coding engine: a scenario in, a traced coding out. Pure and deterministic.
public enum Engine {
    /// Codes `scenario` under its setting and policy.
    public static func code(_ scenario: Scenario) -> Coding {
        // Scaffolding: the pipeline of rules.md §4.2 lands in the next commit.
        Coding(scenario: scenario.id, profile: scenario.profile, setting: scenario.setting)
    }
}

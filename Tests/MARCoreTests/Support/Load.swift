import MARCore
import MARScenarios
import Testing

/// Loads scenario YAML for a test, failing the test with every diagnostic if it does not load.
func scenario(_ yaml: String, path: String = "test.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Scenario? {
    let result = ScenarioLoader.load(text: yaml, path: path)
    if result.scenario == nil {
        Issue.record("did not load: \(result.diagnostics.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
    return result.scenario
}

/// The codes the engine gives a scenario, as canonical answer text (`96365 96375`).
func codes(_ s: Scenario) -> String {
    Engine.code(s).answer.text
}

import MARCore
import MARScenarios
import Testing

/// Loads scenario YAML for a test, failing the test with every diagnostic if it does not load.
func scenario(_ yaml: String, path: String = "test.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Scenario? {
    var text = yaml.hasPrefix("title:") || yaml.contains("\ntitle:") ? yaml : "title: test\n" + yaml
    if !text.contains("encounter:") { text += "\nencounter:\n  timeline: [01/04 08:00 ED arrival, 01/04 23:00 Discharge]\n" }
    let result = ScenarioLoader.load(text: text, path: path)
    if result.scenario == nil {
        Issue.record("did not load: \(result.diagnostics.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
    return result.scenario
}

/// The codes the engine gives a scenario, as canonical answer text (`96365 96375`).
func codes(_ s: Scenario) -> String {
    Answer(Engine.code(s).answer.withoutDepartments.items
        .sorted { ($0.code, $0.modifiers.joined()) < ($1.code, $1.modifiers.joined()) }).text
}

import ArgumentParser
import MARCore
import MARScenarios
import MARTrainer

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Show the engine's coding of each scenario with its full reasoning.",
        discussion: "Example: marcoach code Scenarios/03-initial-and-hierarchy/*.yaml --format json")

    @Argument(help: "Scenario files.")
    var files: [String]

    @Option(help: "text or json (one JSON object per scenario, one per line).")
    var format: OutputFormat = .text

    @Option(help: "A profile id that overrides each scenario's profile.")
    var profile: String?

    @OptionGroup var folders: Folders

    func run() throws {
        let (context, setup) = folders.context(profileOverride: profile)
        setup.filter(\.isError).forEach { printError($0.description) }
        var failed = false
        var outputs: [String] = []
        for file in files {
            let result = ScenarioLoader.load(path: file, context: context)
            result.diagnostics.forEach { printError($0.description) }
            guard let s = result.scenario else { failed = true; continue }
            let coding = Engine.code(s)
            outputs.append(format == .json ? CodingReport.json(coding).rendered() : CodingReport.text(coding, title: s.title))
        }
        print(outputs.joined(separator: format == .json ? "\n" : "\n\n"))
        if failed { throw ExitCode(2) }
    }
}

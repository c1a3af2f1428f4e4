import ArgumentParser
import MARCore
import MARScenarios
import MARTrainer

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Show the engine's coding of each scenario with its full reasoning.",
        discussion: """
            Example:
              marcoach code Scenarios/03-initial-and-hierarchy/*.yaml --format json
            """)

    @Argument(help: "Scenario files.")
    var files: [String]

    @Option(help: "text or json (one JSON object per scenario, one per line).")
    var format: OutputFormat = .text

    @Option(help: "A profile id that overrides each scenario's profile.")
    var profile: String?

    @OptionGroup var folders: Folders

    func run() throws {
        let (context, setup) = folders.context(profileOverride: profile, near: files.first)
        setup.filter(\.isError).forEach { printError($0.description) }
        // Files are independent: load, code and render them on every core, print in the order given.
        let json = format == .json
        let results = concurrentMap(files.count) { i -> (output: String?, diagnostics: [Diagnostic]) in
            let result = ScenarioLoader.load(path: files[i], context: context)
            let rendered = result.scenario.map { s in
                json ? CodingReport.json(Engine.code(s)).rendered() : CodingReport.text(Engine.code(s), title: s.title)
            }
            return (rendered, result.diagnostics)
        }
        results.flatMap(\.diagnostics).forEach { printError($0.description) }
        let failed = results.contains { $0.output == nil }
        let outputs = results.compactMap(\.output)
        print(outputs.joined(separator: format == .json ? "\n" : "\n\n"))
        if failed { throw ExitCode(2) }
    }
}

import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a scenario file exactly as the trainer shows it to learners (story, timeline, MAR), without the answer.",
        discussion: """
            Use it after each edit to check what learners will read: an entry swallowed by a wrong indent, a comment in the wrong column, a rate shown as free text. Exit status: 0 shown, 2 the file does not load (the errors are printed, as `validate` prints them).

            Example (after the new-scenario example):
              marcoach show Scenarios/06-hydration/m06-dka-fluids-and-insulin.yaml \\
                --width 80
            """)

    @Argument(help: "The scenario file.")
    var file: String

    @Option(help: "The screen width in columns (default: the terminal's).")
    var width: Int?

    @OptionGroup var folders: Folders

    func run() throws {
        let (context, setup) = folders.context(near: file)
        setup.filter(\.isError).forEach { printError($0.description) }
        let result = ScenarioLoader.load(path: file, context: context)
        result.diagnostics.forEach { printError($0.description) }
        guard let scenario = result.scenario else {
            printError("marcoach: \(file) does not load, so learners would not see it; fix the errors above")
            throw ExitCode(2)
        }
        let env = ProcessInfo.processInfo.environment
        let style = Style.detect(environment: env, stdoutIsTerminal: isatty(1) != 0)
        print(Screen.opening(scenario, width: width ?? Terminal.width(environment: env), style: style))
    }
}

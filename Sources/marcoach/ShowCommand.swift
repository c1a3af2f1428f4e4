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

            Give a file, or a course scenario's id.

            Example (after the new-scenario example):
              marcoach show Scenarios/06-hydration/m06-dka-fluids-and-insulin.yaml \\
                --width 80
            """)

    @Argument(help: "The scenario file, or the id of a scenario in the course's Scenarios folder.")
    var file: String

    @Option(help: "The screen width in columns (default: the terminal's).")
    var width: Int?

    @OptionGroup var folders: Folders

    func run() throws {
        let file = try path(of: self.file)
        let (context, setup) = folders.context(near: file)
        setup.filter(\.isError).forEach { printError($0.description) }
        let result = ScenarioLoader.load(path: file, context: context)
        result.diagnostics.forEach { printError($0.description) }
        guard let scenario = result.scenario else {
            // A file that is not there has said so; one that is there and fails is what learners would miss.
            if FileManager.default.fileExists(atPath: file) {
                printError("marcoach: \(file) does not load, so learners would not see it; fix the errors above")
            }
            throw ExitCode(2)
        }
        let env = ProcessInfo.processInfo.environment
        let style = Style.detect(environment: env, stdoutIsTerminal: isatty(1) != 0)
        print(Screen.opening(scenario, width: width ?? Terminal.width(environment: env), style: style))
    }

    /// `name` when it is a file; otherwise a name without a folder is taken as a scenario id and looked up in the
    /// course's Scenarios folder (what `list` in the trainer and `validate` print).
    private func path(of name: String) throws -> String {
        guard !FileManager.default.fileExists(atPath: name), !name.contains("/"), !name.hasSuffix(".yaml"),
              !name.hasSuffix(".yml") else { return name }
        guard let dir = folders.scenariosDirectory else {
            printError("marcoach: no file '\(name)', and no Scenarios/ folder to look the id up in: give the scenario's path")
            throw ExitCode(2)
        }
        let known = ScenarioSkeleton.existingIDs(in: dir)
        if let hit = known.first(where: { $0.id == name }) { return hit.path }
        let close = ScenarioSkeleton.closest(to: name, in: known.map(\.id)).map { " — did you mean '\($0)'?" } ?? ""
        printError("marcoach: no file '\(name)' and no scenario with that id in \(dir)\(close)")
        throw ExitCode(2)
    }
}

import Foundation
import ArgumentParser
import MARCore
import MARScenarios
import MARTrainer

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Score one answer to a scenario and explain every discrepancy.",
        discussion: """
            Exit status: 0 perfect, 1 discrepancies, 2 bad input.

            Example:
              marcoach check --answer "96374 96365" \\
                Scenarios/03-initial-and-hierarchy/m03-uti-zofran-then-ceftriaxone.yaml
            """)

    @Argument(help: "The scenario file.")
    var file: String

    @Option(help: "The codes, e.g. \"96365 96375x2\" or \"ED: 96365 | OBS: 96376\".")
    var answer: String

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var folders: Folders

    /// An empty answer is a quoting slip, not the answer "nothing is reportable" ('none' says that).
    func validate() throws {
        if answer.allSatisfy(\.isWhitespace) {
            throw ValidationError("--answer is empty: give the codes, e.g. \"96365 96375\", or 'none' when nothing is reportable")
        }
    }

    func run() throws {
        let (context, _) = folders.context(near: file)
        let result = ScenarioLoader.load(path: file, context: context)
        result.diagnostics.forEach { printError($0.description) }
        guard let s = result.scenario else { throw ExitCode(2) }
        let parsed: Answer
        do {
            parsed = try AnswerParser.parse(answer)
        } catch {
            printError("marcoach: the answer has a problem at \(error.description)\n  \(answer)\n  "
                       + String(repeating: " ", count: max(0, error.column - 1)) + "^")
            throw ExitCode(2)
        }
        let env = ProcessInfo.processInfo.environment
        var assessment = Scorer.assess(parsed, against: Engine.code(s))
        if !assessment.perfect { assessment.alternative = Scorer.alternative(for: parsed, scenario: s) }
        if format == .json {
            print(AssessmentReport.json(assessment, scenario: s.id).rendered())
        } else {
            print(Screen.feedback(assessment, scenario: s, width: Terminal.width(environment: env), style: Style.detect(environment: env, stdoutIsTerminal: isatty(1) != 0)))
        }
        if !assessment.perfect { throw ExitCode(1) }
    }
}

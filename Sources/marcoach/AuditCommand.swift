import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Code an EHR's MAR export, and check a chart's posted charges against it.",
        discussion: """
            Without --charges: the engine's coding with its reasoning. With --charges: each charge supported, \
            unsupported or missing, explained as `check` explains an answer.

            Exit status: 0 the charges match (or none given), 1 they differ, 2 bad input.

            Example:
              marcoach audit mar.csv --timeline timeline.csv \\
                --charges "96365 96375x2"
            """)

    @OptionGroup var inputs: ImportInputs

    @Option(help: "The posted charges (\"96365 96375x2\"), or a file holding them.")
    var charges: String?

    @Option(help: "A profile id (facility policy) to code under.")
    var profile: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var folders: Folders

    /// Charges are codes or a file: an empty value is a slip ('none' says nothing was charged), and a value that
    /// reads as a path but names no file is a missing file, not a malformed code.
    func validate() throws {
        guard let charges else { return }
        if charges.allSatisfy(\.isWhitespace) {
            throw ValidationError("--charges is empty: give the posted codes, e.g. \"96365 96375x2\", a file holding them, "
                                  + "or 'none' when nothing was charged")
        }
        // A folder and a name (`posted/charges`), or a file's ending; `96365/96375` stays a codes slip for the parser.
        let looksLikeAPath = (charges.contains("/") && charges.contains(where: \.isLetter))
            || [".txt", ".csv", ".json"].contains { charges.lowercased().hasSuffix($0) }
        if looksLikeAPath && !FileManager.default.fileExists(atPath: charges) {
            throw ValidationError("--charges \(charges): no such file")
        }
    }

    func run() throws {
        let (context, setup) = folders.context(profileOverride: profile)
        setup.filter(\.isError).forEach { printError($0.description) }
        let (scenario, _) = try inputs.load(context: context)
        let coding = Engine.code(scenario)
        let env = ProcessInfo.processInfo.environment
        guard let charges else {
            print(format == .json ? CodingReport.json(coding).rendered() : CodingReport.text(coding, title: scenario.title))
            return
        }
        let text = FileManager.default.fileExists(atPath: charges) ? try inputs.readText(charges) : charges
        let posted: Answer
        do {
            posted = try AnswerParser.parse(text.trimmingWhitespace())
        } catch {
            printError("marcoach: the charges have a problem at \(error.description)\n  \(text)\n  "
                       + String(repeating: " ", count: max(0, error.column - 1)) + "^")
            throw ExitCode(2)
        }
        let assessment = Scorer.assess(posted, against: coding)
        let verdicts = AuditReport.verdicts(assessment)
        if format == .json {
            print(AuditReport.json(verdicts, assessment: assessment, coding: coding).rendered())
        } else {
            let style = Style.detect(environment: env, stdoutIsTerminal: isatty(1) != 0)
            print(AuditReport.text(verdicts, charges: posted, engine: coding.answer.withoutDepartments,
                                   width: Terminal.width(environment: env), style: style))
        }
        if !assessment.perfect { throw ExitCode(1) }
    }
}

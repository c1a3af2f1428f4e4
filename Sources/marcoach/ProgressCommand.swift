import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Attempts, scores and mastery per rule, with each rule's next review date.",
        discussion: """
            Shows each module's results, the trend of your first-try scores, your mastery of each rule with its next review date, and a next step.

            --class DIR reads a folder of learners' logs (one subfolder per learner holding attempts.jsonl) and prints one table per learner, then the class's scenarios (hardest first: learners, first-try score, solved, gave up, hints used) and the rules missed (charged to the rules that decided each wrong code). --format json gives both tables; --format html writes one self-contained page with both tables and a bar chart per rule, to mail or print (--class /srv/class-2026 --format html > class.html).

            Example:
              marcoach progress --format json
            """)

    @Option(help: "Whose progress (default: your login name).")
    var learner: String?

    @Option(help: "text or json; with --class also html.")
    var format: ReportFormat = .text

    @Option(name: .customLong("class"), help: "A folder of learners' logs, one subfolder per learner.")
    var classDirectory: String?

    @OptionGroup var folders: Folders

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let style = Style.detect(environment: env, stdoutIsTerminal: isatty(1) != 0)
        let width = Terminal.width(environment: env)
        if let dir = classDirectory {
            guard isFolder(dir) else {
                printError("marcoach: \(dir) is not a folder")
                throw ExitCode(2)
            }
            let learners = ClassProgress.load(directory: dir)
            let today = CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
            switch format {
            case .json: print(ClassProgress.json(learners))
            case .html: print(ClassReport(learners).html(generated: Attempt.timestamp(Date())), terminator: "")
            case .text: print(ClassProgress.text(learners, today: today, width: width, style: style))
            }
            return
        }
        if format == .html {
            printError("marcoach: --format html is for the class report: pass --class DIR")
            throw ExitCode(2)
        }
        let name = learner ?? DataPaths.defaultLearner(environment: env)
        // The course adds the per-module view and the next step; without one the rest still shows.
        let curriculum = format == .json ? nil
            : Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: folders.scenariosDirectory).curriculum
        print(Trainer.progressReport(learner: name, environment: env, json: format == .json, width: width, style: style,
                                     curriculum: curriculum))
    }
}

/// `progress` output: the class report may also be one HTML page.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

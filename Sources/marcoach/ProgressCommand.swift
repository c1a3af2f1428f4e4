import ArgumentParser
import Foundation
import MARCore
import MARTrainer

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Attempts, scores and mastery per rule, with each rule's next review date.",
        discussion: """
            --class DIR reads a folder of learners' logs (one subfolder per learner holding attempts.jsonl)
            and prints one table per learner plus the class's weakest rules.
            """)

    @Option(help: "Whose progress (default: your login name).")
    var learner: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("class"), help: "A folder of learners' logs, one subfolder per learner.")
    var classDirectory: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let style = Style.detect(environment: env, stdoutIsTerminal: isatty(1) != 0)
        let width = Terminal.width(environment: env)
        if let dir = classDirectory {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                printError("marcoach: \(dir) is not a folder")
                throw ExitCode(2)
            }
            let learners = ClassProgress.load(directory: dir)
            let today = CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
            print(format == .json ? ClassProgress.json(learners) : ClassProgress.text(learners, today: today, width: width, style: style))
            return
        }
        let name = learner ?? DataPaths.defaultLearner(environment: env)
        print(Trainer.progressReport(learner: name, environment: env, json: format == .json, width: width, style: style))
    }
}

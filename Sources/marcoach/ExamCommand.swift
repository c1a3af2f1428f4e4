import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "A timed exam: no feedback until the end, then a scored report per scenario and per rule.",
        discussion: """
            Answer each item with codes ('none' when nothing is reportable); 'skip'/'next', 'back'/'prev',
            'goto N', 'list', 'finish'. The clock keeps running; when time is up unanswered items score zero.
            Works piped; end of input finishes the exam:
              printf '96365 96375\\nskip\\n96374\\n' | marcoach exam --count 3 --seed 7 --report r.json
            """)

    @Option(help: "How many scenarios.")
    var count = 10

    @Option(help: "Time limit in minutes (default: 2 per scenario).")
    var minutes: Int?

    @Option(help: "Seed of the draw (same seed, same exam).")
    var seed: UInt64 = 1

    @Option(help: "Only scenarios exercising these rule IDs or topic tags (comma-separated).")
    var topics: String?

    @Option(help: "Only scenarios of this difficulty (1–5).")
    var difficulty: Int?

    @Option(help: "Pass mark in percent.")
    var pass: Double = 70

    @Option(help: "Write the report to FILE: .json (cli.md's shape) or .md (Markdown).")
    var report: String?

    @Option(help: "Whose progress to record (default: your login name).")
    var learner: String?

    @OptionGroup var folders: Folders

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        if let minutes, minutes <= 0 { throw ValidationError("--minutes must be at least 1") }
        guard (0...100).contains(pass) else { throw ValidationError("--pass is a percentage, 0–100") }
        if let report, !(report.hasSuffix(".json") || report.hasSuffix(".md")) {
            throw ValidationError("--report FILE must end in .json or .md")
        }
    }

    func run() throws {
        let curriculum = try loadCurriculum(folders)
        let options = TrainerOptions(learner: learner, mode: .exam)
        let exam = ExamOptions(count: count, minutes: minutes, seed: seed, topics: splitList(topics), difficulty: difficulty,
                               passMark: pass / 100)
        let result = Trainer.exam(curriculum: curriculum, options: options, exam: exam)
        if let report {
            let text = report.hasSuffix(".md") ? result.markdown() : result.json().rendered() + "\n"
            do { try text.write(toFile: report, atomically: true, encoding: .utf8) } catch {
                printError("marcoach: cannot write \(report): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
    }
}

/// `a,b , c` → `["a", "b", "c"]`.
func splitList(_ s: String?) -> [String] {
    (s ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}


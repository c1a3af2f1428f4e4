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
            Each run draws a fresh exam, spread across the modules, and prints its seed: give the same options with --seed to take the same exam again.

            Answer each item with codes ('none' when nothing is reportable). Move with 'skip' or 'next', 'back' or 'prev' and 'goto N'; 'list' shows your answers; 'finish' submits. The prompt shows the time left; a warning comes at one minute, and when time is up the exam ends and unanswered items score zero.

            Works piped; end of input finishes the exam.

            Examples:
              marcoach exam --count 5 --modules 1,2 --difficulty 1-3
              printf '96365 96375\\nskip\\n96374\\n' | \\
                marcoach exam --count 3 --seed 7 --report r.json
            """)

    @Option(help: "How many scenarios.")
    var count = 10

    @Option(help: "Time limit in minutes (default: 2 per scenario).")
    var minutes: Int?

    @Option(help: "Seed of the draw: the same seed and options give the same exam (default: a fresh draw).")
    var seed: UInt64?

    @Option(help: "Only these modules, by number or id (comma-separated), e.g. 1,2,6.")
    var modules: String?

    @Option(help: "Only scenarios exercising these rule IDs or topic tags (comma-separated).")
    var topics: String?

    @Option(help: "Only scenarios of this difficulty (1–5) or range of difficulties (e.g. 1-3).")
    var difficulty: String?

    @Option(help: "Pass mark in percent.")
    var pass: Double = 70

    @Option(help: "Also write the report to FILE: .json (for programs) or .md (Markdown).")
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
        // Checked before the exam, not after it: a report that cannot be written was lost with the whole sitting.
        if let report {
            let folder = (report as NSString).deletingLastPathComponent
            let dir = folder.isEmpty ? "." : folder
            guard isFolder(dir) else {
                throw ValidationError("--report \(report): no folder \(dir) to write it in")
            }
            guard FileManager.default.isWritableFile(atPath: dir) else {
                throw ValidationError("--report \(report): the folder \(dir) cannot be written to")
            }
        }
        if let difficulty, ExamOptions.difficulty(difficulty) == nil {
            throw ValidationError("--difficulty is a level 1–5 or a range such as 1-3")
        }
    }

    func run() throws {
        // Indexed: the exam is drawn from the scenarios' headers, and only the drawn ones are loaded.
        let curriculum = try loadCurriculum(folders, indexed: true)
        let map = CourseMap(curriculum)
        let modules = splitList(self.modules)
        if let unknown = modules.first(where: { map.module(named: $0) == nil }) {
            printError("marcoach: no module '\(unknown)': give numbers 1–\(curriculum.modules.count) or module ids, e.g. --modules 1,2")
            throw ExitCode(2)
        }
        let options = TrainerOptions(learner: learner, mode: .exam)
        let exam = ExamOptions(count: count, minutes: minutes, seed: seed ?? ExamOptions.freshSeed(), topics: splitList(topics),
                               modules: modules, difficulty: difficulty.flatMap(ExamOptions.difficulty), passMark: pass / 100)
        let result = Trainer.exam(curriculum: curriculum, options: options, exam: exam)
        // Nothing matched the filters (said on the screen): no exam was sat, so no report is written.
        if result.items.isEmpty { throw ExitCode(1) }
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


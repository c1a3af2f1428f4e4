import ArgumentParser
import Foundation
import MARCore
import MARGenerator
import MARScenarios
import MARTrainer

struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "The trainer: read a scenario's MAR, answer with codes, learn from every discrepancy.",
        discussion: """
            Type 'help' at the prompt. Works piped too:
              printf 'start m07-ondansetron-thirty-one-minutes\\n96374 96376\\nquit\\n' | marcoach practice
            """)

    @Option(help: "Start in this module (its first unsolved scenario).")
    var module: String?

    @Option(help: "Open this scenario at once.")
    var scenario: String?

    @Option(help: "Whose progress to read and write (default: your login name).")
    var learner: String?

    @ArgumentParser.Flag(help: "Drill on freshly generated scenarios (nothing is written to disk).")
    var generated = false

    @Option(help: "With --generated: the seed (default: from the clock).")
    var seed: UInt64?

    @Option(help: "With --generated: rule IDs to aim at (comma-separated).")
    var topics: String?

    @Option(help: "With --generated: difficulty 1–5.")
    var difficulty: Int?

    @Option(help: "With --generated: how many scenarios.")
    var count = 10

    @OptionGroup var folders: Folders

    func run() throws {
        if generated {
            let (context, _) = folders.context()
            let seed = self.seed ?? UInt64(Date().timeIntervalSince1970)
            let drills = ScenarioGenerator(context: context)
                .generate(GeneratorOptions(seed: seed, topics: splitList(topics), difficulty: difficulty, count: count))
            let curriculum = Curriculum(title: "Generated drills (seed \(seed))", modules: [
                Module(id: "generated", title: "Generated drills", lesson: "Fresh scenarios from the formulary, keyed by the engine.",
                       scenarioIDs: drills.map(\.id)),
            ], scenarios: drills.map(\.scenario))
            var options = TrainerOptions(learner: learner, scenario: drills.first?.id)
            options.sequence = drills.map(\.id)
            let status = Trainer.run(curriculum: curriculum, options: options)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let curriculum = try loadCurriculum(folders, indexed: true)
        if let module, !curriculum.modules.contains(where: { $0.id == module }) {
            printError("marcoach: unknown module '\(module)'; modules: \(curriculum.modules.map(\.id).joined(separator: ", "))")
            throw ExitCode(2)
        }
        if let scenario, curriculum.scenario(scenario) == nil {
            printError("marcoach: unknown scenario '\(scenario)' ('list' in the trainer shows them all)")
            throw ExitCode(2)
        }
        let options = TrainerOptions(learner: learner, scenario: scenario, module: module)
        let status = Trainer.run(curriculum: curriculum, options: options)
        if status != 0 { throw ExitCode(status) }
    }
}

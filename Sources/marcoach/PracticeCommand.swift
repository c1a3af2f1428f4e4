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
            Type 'next' at the prompt to begin (each module opens with its lesson) and 'help' for the commands. Works piped too.

            Examples:
              marcoach practice --module 6
              printf 'next\\nlist 1\\nquit\\n' | marcoach practice
            """)

    @Option(help: "Start in this module, by number or id (e.g. 6 or 06-hydration): its lesson, then its first unsolved scenario.")
    var module: String?

    @Option(help: "Open this scenario at once: its id, or its file's path.")
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
        if let module, CourseMap(curriculum).module(named: module) == nil {
            printError("marcoach: no module '\(module)': give a number 1–\(curriculum.modules.count) or a module id, "
                       + "e.g. --module 6 or --module \(curriculum.modules.last?.id ?? "01-reading-the-mar")")
            throw ExitCode(2)
        }
        // A scenario file's path stands for its id (an educator opens the file just written).
        var scenario = self.scenario
        if let given = scenario, given.contains("/") || given.hasSuffix(".yaml") || given.hasSuffix(".yml") {
            guard FileManager.default.fileExists(atPath: given) else {
                printError("marcoach: no file \(given) (--scenario takes a scenario id, such as "
                           + "\(curriculum.scenarioIDs.first ?? "m02-seizure-15-versus-16-minutes"), or a scenario file's path)")
                throw ExitCode(2)
            }
            let id = ScenarioLoader.load(path: given).scenario?.id ?? ScenarioLoader.defaultID(forPath: given)
            guard curriculum.hasScenario(id) else {
                printError("marcoach: \(given) (id '\(id)') is not in this course's curriculum.yaml: add its id to a module "
                           + "to practise it; 'marcoach show \(given)' previews any scenario file")
                throw ExitCode(2)
            }
            scenario = id
        }
        if let scenario, curriculum.scenario(scenario) == nil {
            printError(curriculum.hasScenario(scenario)
                ? "marcoach: scenario '\(scenario)' cannot be opened: its file has the problem shown above ('marcoach validate' "
                    + "shows every problem in the course)"
                : "marcoach: unknown scenario '\(scenario)' ('list' in the trainer shows them all)")
            throw ExitCode(2)
        }
        let options = TrainerOptions(learner: learner, scenario: scenario, module: module)
        let status = Trainer.run(curriculum: curriculum, options: options)
        if status != 0 { throw ExitCode(status) }
    }
}

import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Practise the scenarios that exercise the rules you are weakest on and that are due.",
        discussion: """
            Rules come back on a Leitner schedule (boxes of 0, 2, 4, 8 and 16 days; a miss returns a rule to box 1). The review starts with the easiest scenario that exercises each due rule and ramps up in difficulty; generated scenarios fill in when the bank runs short.

            Example:
              printf 'next\\nquit\\n' | marcoach review --count 3
            """)

    @Option(help: "Whose progress to read and write (default: your login name).")
    var learner: String?

    @Option(help: "How many scenarios.")
    var count = 5

    @OptionGroup var folders: Folders

    func run() throws {
        var options = TrainerOptions(learner: learner, mode: .review)
        let (attempts, _) = options.store.load()
        let state = LearnerState(attempts: attempts)
        let today = CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
        // With rules due every scenario is coded to find those that exercise them: loaded at once. With none due,
        // the course's index is enough to check the course is there (no scenario is loaded).
        let nothingDue = ReviewPlanner.focusRules(state: state, today: today).isEmpty
        // The formulary and profiles the course was loaded with, for generated scenarios that fill in when the bank
        // runs short (read once, with the course).
        let (curriculum, context) = try loadCourse(folders, indexed: nothingDue)
        let plan = ReviewPlanner.plan(curriculum: curriculum, state: state, today: today, count: count, context: context)
        guard let first = plan.scenarios.first else {
            print("Nothing is due for review: practise ('marcoach practice') or take an exam first.")
            return
        }
        let env = ProcessInfo.processInfo.environment
        let header = "Review for \(options.learner): \(plan.scenarios.count) item\(plan.scenarios.count == 1 ? "" : "s"), easiest first. "
            + "Rules due or weak: \(plan.focus.prefix(8).joined(separator: ", "))\(plan.focus.count > 8 ? ", …" : "")."
            + (plan.generated > 0 ? " \(plan.generated) generated scenario\(plan.generated == 1 ? "" : "s") fill in." : "")
        // Straight to the descriptor, as the trainer writes: through `print`, piped output showed it after the session.
        StandardOutput().write(Wrap.text(header, width: Terminal.width(environment: env)) + "\n\n")
        let review = Curriculum(title: curriculum.title + " — review", modules: [
            Module(id: "review", title: "Review", lesson: "Scenarios chosen for the rules you are due to review.",
                   scenarioIDs: plan.scenarios.map(\.id)),
        ], scenarios: plan.scenarios)
        options.scenario = first.id
        options.sequence = plan.scenarios.map(\.id)
        options.sequenceLabel = "Review"
        let status = Trainer.run(curriculum: review, options: options)
        if status != 0 { throw ExitCode(status) }
    }
}

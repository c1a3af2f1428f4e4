import Foundation
import MARCore

extension Trainer {
    /// `marcoach progress [--learner NAME] [--format text|json]`: the learner's report, as
    /// `cli.md`'s JSON (one line) or as the REPL's `progress` screen. Damaged log lines are
    /// reported in `warnings`, never repaired. With the course, the screen adds modules and a next step.
    public static func progressReport(learner: String, environment: [String: String], json: Bool,
                                      width: Int = Terminal.defaultWidth, style: Style = .plain,
                                      now: Date = Date(), curriculum: Curriculum? = nil) -> String {
        let store = ProgressStore(learner: learner, environment: environment)
        let (attempts, warnings) = store.load()
        if json { return ProgressReport(learner: learner, attempts: attempts, warnings: warnings).json() }
        let today = CalendarDate(dayNumber: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
        return Screen.progress(learner: learner, state: LearnerState(attempts: attempts), warnings: warnings,
                               today: today, curriculum: curriculum, width: width, style: style)
    }
}

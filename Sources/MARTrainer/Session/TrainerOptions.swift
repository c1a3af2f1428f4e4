import Foundation
import MARCore

/// How a practice session starts and what it runs on. Everything has a default that suits the
/// real program; tests replace the engine, the clock and the data folder.
public struct TrainerOptions: Sendable {
    /// The learner whose progress is read and written (sanitised for the folder name).
    public var learner: String
    /// A scenario to open at once.
    public var scenario: String?
    /// A module to start in (its first unsolved scenario is opened) when no scenario is given.
    public var module: String?
    /// Recorded on every attempt.
    public var mode: AttemptMode
    /// The rule catalog shown by `rule`/`rules` and offered by TAB.
    public var rules: [Rule]
    /// Where XDG folders, `NO_COLOR`, `TERM` and `COLUMNS` are read from.
    public var environment: [String: String]
    /// The engine (`Engine.code`).
    public var coder: @Sendable (Scenario) -> Coding
    /// The scorer (`Scorer.assess`).
    public var assessor: @Sendable (Answer, Coding) -> Assessment
    /// The time attempts are stamped with.
    public var clock: @Sendable () -> Date
    /// Overrides the attempts file (otherwise `DataPaths.attemptsFile`).
    public var progressPath: String?
    /// When set, `next` and `skip` walk these scenario ids in order, solved or not (review, drills).
    public var sequence: [String]?
    /// What a `sequence` is called in scenario headers (`Review · item 2 of 5`).
    public var sequenceLabel = "Item"
    /// Overrides the history file (otherwise `DataPaths.historyFile`); readline only.
    public var historyPath: String?

    public init(learner: String? = nil, scenario: String? = nil, module: String? = nil, mode: AttemptMode = .practice,
                rules: [Rule] = RuleCatalog.all,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                coder: @escaping @Sendable (Scenario) -> Coding = { Engine.code($0) },
                assessor: @escaping @Sendable (Answer, Coding) -> Assessment = { Scorer.assess($0, against: $1) },
                clock: @escaping @Sendable () -> Date = { Date() },
                progressPath: String? = nil, historyPath: String? = nil) {
        self.learner = learner ?? DataPaths.defaultLearner(environment: environment)
        self.scenario = scenario
        self.module = module
        self.mode = mode
        self.rules = rules
        self.environment = environment
        self.coder = coder
        self.assessor = assessor
        self.clock = clock
        self.progressPath = progressPath
        self.historyPath = historyPath
        self.sequence = nil
    }

    /// The learner's progress store.
    public var store: ProgressStore {
        progressPath.map { ProgressStore(learner: learner, path: $0) }
            ?? ProgressStore(learner: learner, environment: environment)
    }
}

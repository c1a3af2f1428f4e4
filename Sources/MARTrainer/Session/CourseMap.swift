import MARCore

/// Where a learner stands in the course, as pure functions of the curriculum and the learner's log:
/// a scenario's place ("Module 2 of 13 · scenario 3 of 8"), which scenario `next` opens, a module's
/// results, and modules named by number or id.
///
/// `next` only moves forward: from a scenario it opens the first unsolved scenario *after* it in
/// course order (module order, then scenarios no module lists), never one before it. At the end of
/// the course it opens nothing and says which scenarios are still unsolved.
public struct CourseMap: Sendable {
    public let curriculum: Curriculum
    /// Scenario ids in course order: module order, then scenarios no module lists.
    public let order: [String]

    public init(_ curriculum: Curriculum) {
        self.curriculum = curriculum
        var order: [String] = []
        var seen = Set<String>()
        for m in curriculum.modules {
            for id in m.scenarioIDs where curriculum.scenario(id) != nil && seen.insert(id).inserted { order.append(id) }
        }
        for s in curriculum.scenarios where seen.insert(s.id).inserted { order.append(s.id) }
        self.order = order
    }

    /// A scenario's place in its module.
    public struct Place: Sendable, Equatable {
        /// 1-based.
        public var moduleNumber: Int
        public var moduleCount: Int
        /// 1-based position within the module.
        public var scenarioNumber: Int
        public var scenarioCount: Int

        /// `Module 2 of 13 · scenario 3 of 8`.
        public var text: String {
            "Module \(moduleNumber) of \(moduleCount) · scenario \(scenarioNumber) of \(scenarioCount)"
        }
    }

    /// The place of a scenario a module lists; nil for scenarios outside every module.
    public func place(of id: String) -> Place? {
        guard let n = moduleNumber(of: id) else { return nil }
        let ids = curriculum.modules[n - 1].scenarioIDs
        guard let i = ids.firstIndex(of: id) else { return nil }
        return Place(moduleNumber: n, moduleCount: curriculum.modules.count, scenarioNumber: i + 1, scenarioCount: ids.count)
    }

    /// The 1-based number of the (first) module that lists the scenario.
    public func moduleNumber(of id: String) -> Int? {
        curriculum.modules.firstIndex { $0.scenarioIDs.contains(id) }.map { $0 + 1 }
    }

    /// A module named by its number (`6`, `06`), its id (`06-hydration`) or an unambiguous start of its id.
    /// Returns the 1-based number and the module.
    public func module(named name: String) -> (number: Int, module: Module)? {
        let modules = curriculum.modules
        guard !name.isEmpty else { return nil }
        if let n = Int(name), (1...modules.count).contains(n) { return (n, modules[n - 1]) }
        let lower = name.lowercased()
        if let i = modules.firstIndex(where: { $0.id.lowercased() == lower }) { return (i + 1, modules[i]) }
        let starts = modules.indices.filter { modules[$0].id.lowercased().hasPrefix(lower) }
        if starts.count == 1 { return (starts[0] + 1, modules[starts[0]]) }
        return nil
    }

    /// What `next` does.
    public enum NextStep: Sendable, Equatable {
        /// Open this scenario.
        case open(String)
        /// Nothing unsolved lies ahead; `unsolved` lists the unsolved scenarios behind, in course order
        /// (empty when the whole course is solved).
        case courseEnd(unsolved: [String])
    }

    /// The first unsolved scenario after `anchor` (from the start when `anchor` is nil or not in the course).
    public func next(after anchor: String?, state: LearnerState) -> NextStep {
        let start = anchor.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        if let id = order[min(start, order.count)...].first(where: { state.status(of: $0) != .solved }) {
            return .open(id)
        }
        return .courseEnd(unsolved: order.filter { state.status(of: $0) != .solved })
    }

    /// Where a returning learner resumes: the scenario of their latest practice attempt in this course
    /// (`next` then reopens it if unsolved, or goes on after it); nil for a new learner.
    public func resumePoint(state: LearnerState) -> String? {
        state.attempts.last { $0.mode == .practice && order.contains($0.scenario) }?.scenario
    }

    /// A module's results for the learner.
    public struct ModuleResults: Sendable, Equatable {
        public var solved: Int
        public var total: Int
        /// Scenarios attempted at least once.
        public var attempted: Int
        /// Scenarios whose first attempt (in any mode) was perfect.
        public var firstTry: Int
        /// Hints used on the module's scenarios (`hintsUsed`).
        public var hints: Int
        /// The mean score of first attempts, nil when nothing was attempted.
        public var firstTryMean: Double?
    }

    public func results(of module: Module, state: LearnerState) -> ModuleResults {
        var r = ModuleResults(solved: 0, total: module.scenarioIDs.count, attempted: 0, firstTry: 0, hints: 0, firstTryMean: nil)
        var firstScores: [Double] = []
        for id in module.scenarioIDs {
            let mine = state.attempts.filter { $0.scenario == id }
            if mine.contains(where: \.solved) { r.solved += 1 }
            r.hints += CourseMap.hintsUsed(mine)
            guard let first = mine.first else { continue }
            r.attempted += 1
            if first.solved { r.firstTry += 1 }
            firstScores.append(first.gaveUp ? 0 : first.score)
        }
        if !firstScores.isEmpty { r.firstTryMean = firstScores.reduce(0, +) / Double(firstScores.count) }
        return r
    }

    /// Hints used in `attempts`: each attempt records the hints shown so far on its scenario, so a
    /// scenario counts its largest figure, not the sum over retries.
    public static func hintsUsed(_ attempts: [Attempt]) -> Int {
        Dictionary(grouping: attempts, by: \.scenario).values.reduce(0) { $0 + ($1.map(\.hints).max() ?? 0) }
    }

    /// Whether every scenario of the module is solved.
    public func isComplete(_ module: Module, state: LearnerState) -> Bool {
        !module.scenarioIDs.isEmpty && module.scenarioIDs.allSatisfy { state.status(of: $0) == .solved }
    }

    /// The module the learner is in: that of the resume point, else the first module.
    public func currentModule(state: LearnerState) -> (number: Int, module: Module)? {
        if let id = resumePoint(state: state), let n = moduleNumber(of: id) {
            let m = curriculum.modules[n - 1]
            // A finished module hands over to the one holding the next unsolved scenario.
            if isComplete(m, state: state), case .open(let nextID) = next(after: id, state: state),
               let k = moduleNumber(of: nextID) {
                return (k, curriculum.modules[k - 1])
            }
            return (n, m)
        }
        return curriculum.modules.first.map { (1, $0) }
    }
}

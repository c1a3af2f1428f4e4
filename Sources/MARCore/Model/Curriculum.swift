/// The course: modules in teaching order, each with a lesson and its scenarios.
public struct Curriculum: Sendable {
    public var title: String
    public var modules: [Module]
    public var scenarios: [Scenario]

    public init(title: String, modules: [Module], scenarios: [Scenario]) {
        self.title = title
        self.modules = modules
        self.scenarios = scenarios
    }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }
    /// The module a scenario belongs to (the first that lists it).
    public func module(of scenarioID: String) -> Module? { modules.first { $0.scenarioIDs.contains(scenarioID) } }
}

/// One module of the curriculum.
public struct Module: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The lesson's Markdown text.
    public var lesson: String
    /// Scenario ids in the module's order.
    public var scenarioIDs: [String]

    public init(id: String, title: String, lesson: String, scenarioIDs: [String]) {
        self.id = id
        self.title = title
        self.lesson = lesson
        self.scenarioIDs = scenarioIDs
    }
}

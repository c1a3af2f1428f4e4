/// The course: modules in teaching order, each with a lesson and its scenarios.
///
/// The scenarios come from a `ScenarioSource`: all in memory, or an index that loads each scenario
/// when it is first asked for (the trainer starts without reading every file).
public struct Curriculum: Sendable {
    public var title: String
    public var modules: [Module]
    private let source: any ScenarioSource

    public init(title: String, modules: [Module], scenarios: [Scenario]) {
        self.init(title: title, modules: modules, source: ScenariosInMemory(scenarios))
    }

    public init(title: String, modules: [Module], source: any ScenarioSource) {
        self.title = title
        self.modules = modules
        self.source = source
    }

    /// Every scenario, in the source's order (a lazy source loads them all).
    public var scenarios: [Scenario] { source.all }
    /// Every scenario id, in the same order, without loading any scenario.
    public var scenarioIDs: [String] { source.ids }
    /// Every scenario's id, difficulty and topic tags, in the same order, without loading any scenario.
    public var scenarioOutlines: [ScenarioOutline] { source.outlines }

    public func scenario(_ id: String) -> Scenario? { source.scenario(id) }
    /// Whether a scenario has this id, without loading it.
    public func hasScenario(_ id: String) -> Bool { source.contains(id) }
    /// The module a scenario belongs to (the first that lists it).
    public func module(of scenarioID: String) -> Module? { modules.first { $0.scenarioIDs.contains(scenarioID) } }
}

/// Where a curriculum's scenarios come from.
public protocol ScenarioSource: Sendable {
    /// Every scenario id, in order.
    var ids: [String] { get }
    /// The scenario with this id, or nil when there is none (or it cannot be loaded).
    func scenario(_ id: String) -> Scenario?
    /// Every scenario that can be loaded, in the order of `ids`.
    var all: [Scenario] { get }
    /// Whether `ids` has this id.
    func contains(_ id: String) -> Bool
    /// Each scenario's id, difficulty and topic tags, in the order of `ids` (a lazy source reads them from the
    /// files' headers without loading the scenarios).
    var outlines: [ScenarioOutline] { get }
}

extension ScenarioSource {
    public func contains(_ id: String) -> Bool { ids.contains(id) }
    public var outlines: [ScenarioOutline] { all.map(ScenarioOutline.init) }
}

/// What choosing among scenarios needs before any is loaded: the header fields an exam is drawn by.
public struct ScenarioOutline: Sendable, Hashable {
    public var id: String
    public var difficulty: Int
    public var topics: [String]

    public init(id: String, difficulty: Int, topics: [String]) {
        self.id = id
        self.difficulty = difficulty
        self.topics = topics
    }

    public init(_ scenario: Scenario) {
        self.init(id: scenario.id, difficulty: scenario.difficulty, topics: scenario.topics)
    }
}

/// Scenarios already in memory.
public struct ScenariosInMemory: ScenarioSource {
    public let all: [Scenario]
    public init(_ scenarios: [Scenario]) { all = scenarios }
    public var ids: [String] { all.map(\.id) }
    public func scenario(_ id: String) -> Scenario? { all.first { $0.id == id } }
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

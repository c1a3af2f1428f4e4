/// The sections of `rules.md` §2, used to group the catalog.
public enum RuleSection: String, CaseIterable, Sendable {
    case encounter = "Encounter, status and scope"
    case classification = "Classification of each administration"
    case time = "Computing time from the MAR"
    case hierarchy = "Initial service, hierarchy, access sites"
    case units = "Time units"
    case sequential = "Sequential and concurrent administration"
    case pushes = "Pushes"
    case sameDrug = "Same drug given again by infusion"
    case hydration = "Hydration medical necessity and incidental fluids"
    case bundling = "Bundling with other services"
    case reporting = "Reporting conventions"
}

/// A tiny scenario that shows a rule at work (or not), run by the test suite.
public struct RuleExample: Sendable {
    /// One line saying what the example shows.
    public let summary: String
    /// Whether the rule must appear in the engine's trace for this example.
    public let fires: Bool
    /// Scenario YAML: `mar:` and optionally `encounter:`, `sites:`, `policy:`, `setting:`.
    /// Without `encounter:` the timeline is `01/04 08:00 ED arrival` … `01/04 23:00 Discharge`.
    public let scenario: String
    /// The codes the engine must produce, written as answers are (`96365 96375`, or empty for none).
    public let codes: String

    public init(_ summary: String, fires: Bool = true, codes: String, _ scenario: String) {
        self.summary = summary
        self.fires = fires
        self.scenario = scenario
        self.codes = codes
    }
}

/// A coding rule as a value: what it says, where it comes from, and examples that prove it.
public struct Rule: Sendable, Identifiable {
    public let id: RuleID
    public let title: String
    public let section: RuleSection
    /// One sentence in our own words.
    public let statement: String
    /// Public sources, short.
    public let sources: [String]
    /// The `rules.md` §3.1 policy key that changes this rule, if any.
    public let option: String?
    /// An engine convention rather than a sourced rule.
    public let convention: Bool
    /// Whether the default profile can fire it (a "core" rule, counted for curriculum coverage).
    public let core: Bool
    public let examples: [RuleExample]

    public init(_ id: RuleID, _ title: String, section: RuleSection, statement: String, sources: [String],
                option: String? = nil, convention: Bool = false, core: Bool = true, examples: [RuleExample] = []) {
        self.id = id
        self.title = title
        self.section = section
        self.statement = statement
        self.sources = sources
        self.option = option
        self.convention = convention
        self.core = core
        self.examples = examples
    }
}

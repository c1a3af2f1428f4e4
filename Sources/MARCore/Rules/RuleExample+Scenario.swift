/// Turning a rule example into a scenario file the loader reads.
extension RuleExample {
    /// The timeline an example gets when its YAML has no `encounter:`: one ED visit on 01/04.
    public static let defaultEncounter = """
        encounter:
          timeline:
            - 01/04 08:00 ED arrival
            - 01/04 23:00 Discharge
        """

    /// Whether the example brings its own `encounter:` (otherwise `defaultEncounter` is used).
    public var hasEncounter: Bool {
        scenario.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasPrefix("encounter:") }
    }

    /// The example as a complete scenario file: a title, the default encounter when it has none, then its YAML.
    public func scenarioFile(title: String) -> String {
        let escaped = title.flatMap { c -> [Character] in c == "\\" || c == "\"" ? ["\\", c] : [c] }
        let quoted = "\"" + String(escaped) + "\""
        var text = "title: \(quoted)\n"
        if !hasEncounter { text += Self.defaultEncounter + "\n" }
        return text + scenario + (scenario.hasSuffix("\n") ? "" : "\n")
    }
}

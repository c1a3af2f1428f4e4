import ArgumentParser
import MARCore
import MARScenarios
import MARTrainer

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the rule catalog, or one rule with its statement, sources and examples.",
        discussion: """
            Example:
              marcoach rules REPEAT-PUSH-30
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @Argument(help: "A rule ID, e.g. HIER-FACILITY.")
    var id: String?

    @Option(help: "text, markdown or json.")
    var format: Format = .text

    func run() throws {
        var rules = RuleCatalog.all
        if let id {
            guard let known = RuleID(rawValue: id.uppercased()), let rule = RuleCatalog.rule(known) else {
                let close = RuleCatalog.all.map(\.id.rawValue).min { Suggestion.distance($0, id.uppercased()) < Suggestion.distance($1, id.uppercased()) }
                printError("marcoach: unknown rule ID '\(id)'" + (close.map { " — did you mean \($0)?" } ?? "")
                           + " ('marcoach rules' lists them all)")
                throw ExitCode(2)
            }
            rules = [rule]
        }
        switch format {
        case .text: printText(RuleCatalog.render(rules, format: .text))
        case .markdown: printText(RuleCatalog.render(rules, format: .markdown))
        case .json: print(RuleCatalogJSON.json(rules).rendered())
        }
    }
}

/// Prints text that may already end with a newline, without adding a blank line.
func printText(_ s: String) {
    print(s, terminator: s.hasSuffix("\n") ? "" : "\n")
}

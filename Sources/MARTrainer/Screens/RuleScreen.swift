import MARCore

extension Screen {
    /// `rule ID`: title, statement, sources, policy option and examples with their expected codes.
    public static func rule(_ rule: Rule, width: Int, style: Style) -> String {
        var out = [style.heading(rule.id.rawValue) + " — " + style.bold(rule.title)]
        out.append(style.dim(rule.section.rawValue + (rule.convention ? " · engine convention" : "")))
        out.append("")
        out += Wrap.lines(rule.statement, width: width)
        if !rule.sources.isEmpty {
            out.append("")
            out += Wrap.lines(rule.sources.joined(separator: "; "), width: width, first: "Sources: ", rest: "  ")
        }
        for o in rule.policyOptions {
            out += Wrap.lines("\(o.key) (default \(o.defaultValue)) — \(o.changes)", width: width, first: "Option: ", rest: "  ")
        }
        if !rule.examples.isEmpty {
            out += ["", style.bold("Examples")]
            for e in rule.examples {
                let codes = e.codes.trimmedSpace.isEmpty ? "no codes" : e.codes
                // As the catalog pages say it (`RuleExample.firesText`): "rule applies" or "rule does not apply".
                out += Wrap.lines("\(e.summary) → \(codes) (\(e.firesText))", width: width, first: "  • ", rest: "    ")
            }
        }
        if !rule.mistakes.isEmpty {
            out += ["", style.bold("Wrong answers it explains")]
            for m in rule.mistakes {
                out += Wrap.lines("\(m.summary): \(m.answer) (example \(m.example + 1))", width: width, first: "  • ", rest: "    ")
            }
        }
        return out.joined(separator: "\n")
    }

    /// `rules`: the catalog grouped by section of `rules.md` §2.
    public static func rules(_ rules: [Rule], width: Int, style: Style) -> String {
        guard !rules.isEmpty else { return style.dim("The rule catalog is empty.") }
        // One column for every id (the longest included) while it leaves half the line for titles.
        let idWidth = min(width / 2, (rules.map(\.id.rawValue.count).max() ?? 10) + 2)
        var out: [String] = []
        for section in RuleSection.allCases {
            let inSection = rules.filter { $0.section == section }
            guard !inSection.isEmpty else { continue }
            if !out.isEmpty { out.append("") }
            out.append(style.bold(section.rawValue))
            for r in inSection {
                let lead = "  " + r.id.rawValue.padded(idWidth)
                let lead2 = lead.count > idWidth + 2 ? lead + " " : lead
                out += Wrap.lines(r.title, width: width, first: lead2, rest: spaces(idWidth + 2))
            }
        }
        out += ["", style.dim("'rule ID' shows one rule with its sources and examples.")]
        return out.joined(separator: "\n")
    }
}


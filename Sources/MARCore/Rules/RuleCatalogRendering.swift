/// How `marcoach rules` and `docs/rules.md` show rules.
public enum RuleCatalogFormat: String, CaseIterable, Sendable {
    /// Plain text for the terminal.
    case text
    /// Markdown for `docs/rules.md`.
    case markdown
}

extension RuleExample {
    /// The expected codes as a reader sees them: `96365 96375`, or `none`.
    public var codesText: String { codes.isEmpty ? "none" : codes }

    /// Whether the rule applies, in words.
    public var firesText: String { fires ? "rule applies" : "rule does not apply" }
}

extension Rule {
    /// Short notes under the statement: policy option, convention, option-only.
    public var notes: [String] {
        var notes: [String] = []
        if let option {
            notes.append("Policy option: \(option)" + (RuleCatalog.optionMeaning[option].map { " (\($0))" } ?? ""))
        }
        if convention { notes.append("Engine convention (no source settles it)") }
        if !core { notes.append("Only under a policy option: the default profile (cms-facility) never applies it") }
        return notes
    }

    /// The Markdown heading anchor for this rule (`repeat-push-30`).
    public var anchor: String { RuleCatalog.slug(id.rawValue) }
}

extension RuleCatalog {
    /// What each facility-policy option changes, in words (`rules.md` §3.1), so a learner never sees a
    /// bare option key.
    public static let optionMeaning: [String: String] = [
        "repeatPushMinGap": "set to 30, a repeat push needs only 30 minutes, not more than 30",
        "anchorAnyPush": "measure a repeat push from any earlier push, not only a reported one",
        "timeOnlyClassification": "the clock alone decides push or infusion, even for a documented push",
        "noStopStrict": "a drug with no stop and no way to compute one is not reported at all",
        "sameMinutePushesOnce": "different drugs pushed at the same minute: only one is charged",
        "concurrentOncePerEncounter": "96368 once per encounter instead of once per date",
        "anyOverlapIsConcurrent": "any overlap makes the lower-priority infusion concurrent (96368)",
        "sameDrugIntermittent": "how a later infusion of the same drug is coded: each interval on its own (default), "
            + "times summed, as 96367, or as 96376",
        "hydrationPerSegment": "each hydration piece must reach 31 minutes on its own",
        "electrolyteRiderCategory": "electrolyte replacement counted as therapeutic (default) or as hydration",
        "initialPerCalendarDay": "one initial per access per calendar date instead of per encounter",
        "anyDocumentedSecondSite": "any charted second site gets its own initial, without a documented need",
        "ippsPaymentWindow": "at an IPPS hospital, an encounter that ends in admission gets no outpatient codes",
        "allocateUnitsByDate": "each hour unit is dated by the day its hour began",
        "splitDosePerInjection": "one dose in two syringes is two injection codes",
        "hydVolume500": "hydration of 500 mL or less is not reported",
        "transfusionPremedBundled": "pushes given within an hour around blood are not reported",
        "truncatedShortAsPush": "15 minutes or less left at the inpatient cut is reported as a push",
        "bolusBeforeInfusionIncluded": "set to false, a bolus just before or during its own infusion is reported as 96376",
    ]

    /// The path of the generated catalog page, relative to the package root.
    public static let docsPath = "docs/rules.md"

    /// Renders rules as terminal text or as the Markdown page `docs/rules.md`.
    public static func render(_ rules: [Rule], format: RuleCatalogFormat) -> String {
        switch format {
        case .text: return rules.map(renderText).joined(separator: "\n")
        case .markdown: return renderMarkdown(rules)
        }
    }

    /// A GitHub-style heading anchor: lower-case, punctuation dropped, spaces to hyphens.
    static func slug(_ heading: String) -> String {
        String(heading.lowercased().compactMap { c -> Character? in
            if c.isLetter || c.isNumber || c == "-" { return c }
            if c == " " { return "-" }
            return nil
        })
    }

    // MARK: Text

    private static func renderText(_ rule: Rule) -> String {
        var out = "\(rule.id) — \(rule.title)\n"
        out += "Section: \(rule.section.rawValue)\n\n"
        out += wrap(rule.statement, width: 96, indent: "") + "\n"
        if !rule.notes.isEmpty { out += "\n" + rule.notes.joined(separator: "\n") + "\n" }
        out += "\nSources:\n" + rule.sources.map { "  - \($0)\n" }.joined()
        if !rule.examples.isEmpty {
            out += "\nExamples:\n"
            for (i, e) in rule.examples.enumerated() {
                out += "\n  \(i + 1). \(e.summary)\n"
                out += "     Codes: \(e.codesText)  (\(e.firesText))\n"
                if !e.hasEncounter { out += "     Timeline: 01/04 08:00 ED arrival … 01/04 23:00 Discharge\n" }
                out += lines(e.scenario).map { "       \($0)\n" }.joined()
            }
        }
        return out
    }

    // MARK: Markdown

    private static func renderMarkdown(_ rules: [Rule]) -> String {
        let sections = RuleSection.allCases.filter { s in rules.contains { $0.section == s } }
        var out = "# MARCoach rule catalog\n\n"
        out += "<!-- Generated by `marcoach rules --format markdown` from Sources/MARCore/Rules/Catalog/. "
            + "Do not edit by hand. -->\n\n"
        out += "This page is generated from the rule catalog in the code (`Sources/MARCore/Rules/Catalog/`) by "
            + "`marcoach rules --format markdown`. Do not edit it by hand: change the rule in the code and regenerate "
            + "it (`MARCOACH_WRITE_DOCS=1 swift test --filter RuleDocsTests`); a test fails while it is stale.\n\n"
        out += "Each rule has a stable ID, a one-sentence statement, its public sources, the facility-policy option "
            + "that changes it (if any), and small MAR examples with the codes they must produce. The test suite "
            + "codes every example with the engine. Examples without a timeline run in one ED visit, "
            + "`01/04 08:00 ED arrival` to `01/04 23:00 Discharge`.\n\n"
        out += "\(rules.count) rules in \(sections.count) sections.\n\n"
        out += "## Contents\n\n"
        for s in sections {
            out += "- [\(s.rawValue)](#\(slug(s.rawValue)))\n"
            for r in rules where r.section == s {
                out += "  - [\(r.id)](#\(r.anchor)) — \(r.title)\n"
            }
        }
        for s in sections {
            out += "\n## \(s.rawValue)\n"
            for r in rules where r.section == s { out += "\n" + markdownRule(r) }
        }
        return out
    }

    private static func markdownRule(_ rule: Rule) -> String {
        var out = "### \(rule.id)\n\n"
        out += "**\(rule.title).** \(rule.statement)\n\n"
        if let option = rule.option { out += "- Policy option: `\(option)`\n" }
        for n in rule.notes where !n.hasPrefix("Policy option") { out += "- \(n)\n" }
        out += "- Sources: " + rule.sources.joined(separator: "; ") + "\n"
        if !rule.examples.isEmpty {
            out += "\nExamples:\n"
            for (i, e) in rule.examples.enumerated() {
                out += "\n\(i + 1). \(e.summary). Codes: `\(e.codesText)` (\(e.firesText)).\n\n"
                out += "   ```yaml\n" + lines(e.scenario).map { $0.isEmpty ? "\n" : "   \($0)\n" }.joined() + "   ```\n"
            }
        }
        return out
    }

    // MARK: Helpers

    private static func lines(_ text: String) -> [String] {
        var ls = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while ls.last?.isEmpty == true { ls.removeLast() }
        return ls
    }

    private static func wrap(_ text: String, width: Int, indent: String) -> String {
        var out: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                out.append(indent + line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { out.append(indent + line) }
        return out.joined(separator: "\n")
    }
}

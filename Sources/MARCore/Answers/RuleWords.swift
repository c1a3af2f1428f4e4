/// Short plain words for a rule, from its catalog title ("ED and observation are one encounter").
enum RuleWords {
    static func short(_ id: RuleID) -> String {
        guard let title = RuleCatalog.rule(id)?.title, let first = title.first else { return id.rawValue }
        // Keep an acronym or a code at the start ("IV push…", "96376 …") as written.
        let second = title.dropFirst().first
        return second?.isLowercase == true ? first.lowercased() + title.dropFirst() : title
    }
}

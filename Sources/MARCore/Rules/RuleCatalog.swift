/// Every rule the engine knows, grouped as in `rules.md` §2.
public enum RuleCatalog {
    public static let all: [Rule] = []

    private static let byID: [RuleID: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func rule(_ id: RuleID) -> Rule? { byID[id] }
}

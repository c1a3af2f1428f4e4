/// Every rule the engine knows, grouped as in `rules.md` §2 (one file per section under `Catalog/`).
public enum RuleCatalog {
    /// All rules in `rules.md` order.
    public static let all: [Rule] = encounter + classification + time + hierarchy + units + sequential + pushes + sameDrug
        + hydration + bundling + reporting

    private static let byID: [RuleID: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func rule(_ id: RuleID) -> Rule? { byID[id] }

    /// The rules of one section, in order.
    public static func rules(in section: RuleSection) -> [Rule] { all.filter { $0.section == section } }
}

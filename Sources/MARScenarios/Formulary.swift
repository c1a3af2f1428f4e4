import Foundation
import MARCore

/// The drugs of `Curriculum/formulary.yaml`: drug keys with their class, routes and aliases.
public struct Formulary: Sendable {
    /// One formulary drug; `name` is the drug key (`ondansetron`), `aliases` other names (`Zofran`).
    public struct Drug: Sendable, Hashable {
        public var name: String
        public var drugClass: DrugClass
        public var routes: [Route]
        public var aliases: [String]

        public init(name: String, drugClass: DrugClass, routes: [Route] = [], aliases: [String] = []) {
            self.name = name.lowercased()
            self.drugClass = drugClass
            self.routes = routes
            self.aliases = aliases
        }
    }

    public let drugs: [Drug]
    private let byName: [String: Drug]
    /// Lower-cased alias → drug key.
    private let aliasMap: [String: String]
    /// Every lower-cased name and alias with its drug key, longest first (for D8 prefix matching).
    let spellings: [(String, String)]

    public init(drugs: [Drug] = []) {
        self.drugs = drugs
        var byName: [String: Drug] = [:]
        var aliasMap: [String: String] = [:]
        var spellings: [(String, String)] = []
        for d in drugs {
            byName[d.name] = byName[d.name] ?? d
            spellings.append((d.name, d.name))
            for a in d.aliases {
                aliasMap[a.lowercased()] = aliasMap[a.lowercased()] ?? d.name
                spellings.append((a.lowercased(), d.name))
            }
        }
        self.byName = byName
        self.aliasMap = aliasMap
        // Each spelling's Character count read once, not at every comparison (the same stable sort, the same order).
        self.spellings = spellings.map { ($0, $0.0.count) }.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// An empty formulary: every row must then state its `class`.
    public static let empty = Formulary()

    /// The drug with this key (after alias mapping), if listed.
    public func drug(_ key: String) -> Drug? { byName[canonical(key)] }

    /// A substance name mapped through the aliases (brand → generic), lower-cased.
    public func canonical(_ name: String) -> String {
        let n = name.lowercased()
        return byName[n] != nil ? n : (aliasMap[n] ?? n)
    }

    /// Loads a formulary file; diagnostics locate every problem.
    public static func load(path: String) -> (Formulary, [Diagnostic]) {
        let log = DiagnosticLog(path: path)
        guard let text = YAMLSource.read(path: path, log: log) else { return (.empty, log.sorted) }
        return parse(text, log: log)
    }

    /// Loads formulary text; `path` is used in diagnostics only.
    public static func load(text: String, path: String) -> (Formulary, [Diagnostic]) {
        parse(text, log: DiagnosticLog(path: path))
    }

    private static func parse(_ text: String, log: DiagnosticLog) -> (Formulary, [Diagnostic]) {
        let r = NodeReader(log: log)
        guard let root = YAMLSource.compose(text, log: log) else {
            if !log.hasErrors { log.error(.start, "the formulary is empty: write `drugs:` with a list of drugs") }
            return (.empty, log.sorted)
        }
        guard let top = r.map(root, "the formulary", accepted: ["drugs"]) else { return (.empty, log.sorted) }
        guard let list = top["drugs"] else {
            log.error(top.location, "the formulary needs `drugs:`, a list of {name, class, routes, aliases}")
            return (.empty, log.sorted)
        }
        guard case .sequence(let items) = list else {
            log.error(r.location(list), "drugs should be a list, not \(r.kindName(list))")
            return (.empty, log.sorted)
        }
        var drugs: [Drug] = []
        var seen: [String: SourceLocation] = [:]
        let classes = DrugClass.allCases.map { ($0.rawValue, $0) }
        let routes = Route.allCases.map { ($0.rawValue, $0) }
        for item in items {
            guard let m = r.map(item, "a formulary drug", accepted: ["name", "class", "routes", "aliases"]) else { continue }
            guard let nameNode = m["name"], let name = r.string(nameNode, "name") else {
                log.error(m.location, "a formulary drug needs `name`, its drug key (like ondansetron)")
                continue
            }
            let key = name.trimmingWhitespace().lowercased()
            var allNames = [key]
            var aliases: [String] = []
            if let a = m["aliases"] {
                for (alias, node) in r.list(a, "aliases") {
                    let t = alias.trimmingWhitespace()
                    if t.isEmpty { log.error(r.location(node), "an alias may not be empty"); continue }
                    aliases.append(t)
                    allNames.append(t.lowercased())
                }
            }
            for n in allNames {
                if let first = seen[n] {
                    log.error(r.location(nameNode), "'\(n)' is listed twice in the formulary (first at line \(first.line))")
                } else {
                    seen[n] = r.location(nameNode)
                }
            }
            guard let classNode = m["class"] else {
                log.error(m.location, "formulary drug '\(key)' needs `class`")
                continue
            }
            guard let cls = r.word(classNode, kind: "class", classes) else { continue }
            var rs: [Route] = []
            if let routeNode = m["routes"] {
                for (_, node) in r.list(routeNode, "routes") {
                    if let route = r.word(node, kind: "route", routes) { rs.append(route) }
                }
            }
            drugs.append(Drug(name: key, drugClass: cls, routes: rs, aliases: aliases))
        }
        return (Formulary(drugs: drugs), log.sorted)
    }
}

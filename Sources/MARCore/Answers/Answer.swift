/// A set of codes, as a learner or an author writes them (`96365 96375x2 96374-59`).
public struct Answer: Sendable, Hashable {
    /// One code with its modifiers and units, optionally in a department.
    public struct Item: Sendable, Hashable {
        public var code: String
        /// Upper-cased, in the order written.
        public var modifiers: [String]
        public var units: Int
        public var department: Department?

        public init(code: String, modifiers: [String] = [], units: Int = 1, department: Department? = nil) {
            self.code = code
            self.modifiers = modifiers
            self.units = units
            self.department = department
        }

        /// `96375x2`, `96365-59`.
        public var text: String {
            code + modifiers.map { "-\($0)" }.joined() + (units == 1 ? "" : "x\(units)")
        }
    }

    /// Items merged by code, modifiers and department (a repeated code adds units), in first-written order.
    public private(set) var items: [Item]

    public init(_ items: [Item] = []) {
        var merged: [Item] = []
        for item in items {
            if let i = merged.firstIndex(where: {
                $0.code == item.code && $0.modifiers == item.modifiers && $0.department == item.department
            }) {
                merged[i].units += item.units
            } else {
                merged.append(item)
            }
        }
        self.items = merged.filter { $0.units > 0 }
    }

    public var isEmpty: Bool { items.isEmpty }
    /// True when every item names its department (`ED: … | OBS: …`).
    public var hasDepartments: Bool { !items.isEmpty && items.allSatisfy { $0.department != nil } }
    public var totalUnits: Int { items.reduce(0) { $0 + $1.units } }

    /// Units per code, modifiers and departments ignored.
    public var unitsByCode: [String: Int] {
        items.reduce(into: [:]) { $0[$1.code, default: 0] += $1.units }
    }

    /// Whether the two answers bill exactly the same lines: the same codes with the same modifiers (in any
    /// order) and departments, and the same units of each, however the items are split or ordered
    /// (`96375x2` is `96375 96375`). A key that is the engine's lines needs no assessment.
    public func sameLines(as other: Answer) -> Bool {
        func lines(_ x: Answer) -> [Item: Int] {
            x.items.reduce(into: [:]) { tally, item in
                var line = item
                line.modifiers.sort()
                line.units = 0
                tally[line, default: 0] += item.units
            }
        }
        return lines(self) == lines(other)
    }

    /// Canonical text: `96365 96375x2`, or `ED: 96365 | OBS: 96376` when departments are given.
    public var text: String {
        guard hasDepartments else { return items.map(\.text).joined(separator: " ") }
        var order: [Department] = []
        for i in items where !order.contains(i.department!) { order.append(i.department!) }
        return order.map { d in
            "\(d.rawValue): " + items.filter { $0.department == d }.map(\.text).joined(separator: " ")
        }.joined(separator: " | ")
    }
}

extension Answer {
    /// The same codes without departments (`96365 96375`), for showing totals.
    public var withoutDepartments: Answer {
        Answer(items.map { Item(code: $0.code, modifiers: $0.modifiers, units: $0.units) })
    }
}

/// A YAML node as scenario, formulary, profile and curriculum files use it: text, lists and maps,
/// each with the place it starts. Built straight from libyaml's events by `YAMLEvents` — no tags, no
/// type resolution (the typed readers read every scalar as text themselves), no anchors.
enum Node: Equatable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// A 1-based line and column (columns count Unicode scalars, as libyaml does).
    struct Mark: Equatable {
        var line: Int
        var column: Int
    }

    /// A scalar's text as YAML reads it (quotes removed, escapes and folds applied) and how it was written.
    struct Scalar: Equatable {
        /// libyaml's scalar styles, in its order.
        enum Style: UInt8 { case any, plain, singleQuoted, doubleQuoted, literal, folded }
        var string: String
        var style: Style
        var mark: Mark
    }

    /// A map's `key: value` pairs in file order (duplicate keys are refused while reading).
    struct Mapping: Swift.Sequence, Equatable {
        var pairs: [(key: Node, value: Node)]
        var mark: Mark

        var count: Int { pairs.count }
        func makeIterator() -> IndexingIterator<[(key: Node, value: Node)]> { pairs.makeIterator() }

        /// The value of the first pair whose key is the scalar `key`.
        subscript(key: String) -> Node? {
            for pair in pairs { if case .scalar(let s) = pair.key, s.string == key { return pair.value } }
            return nil
        }

        static func == (a: Mapping, b: Mapping) -> Bool {
            a.mark == b.mark && a.pairs.count == b.pairs.count
                && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        }
    }

    /// A list's items in file order.
    struct Sequence: RandomAccessCollection, Equatable {
        var items: [Node]
        var mark: Mark

        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(i: Int) -> Node { items[i] }
    }

    /// Where the node starts.
    var mark: Mark? {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let s): s.mark
        }
    }
}

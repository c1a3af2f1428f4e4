/// A typed reader over a Yams `Node` tree. Every problem is logged at the node's mark, and the
/// reader keeps going so one pass reports every problem of a file.
struct NodeReader {
    let log: DiagnosticLog

    func location(_ node: Node) -> SourceLocation { SourceLocation(node.mark) }

    /// `~`, `null` or nothing at all, written as a plain scalar.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    func kindName(_ node: Node) -> String {
        switch node {
        case .mapping: "a map"
        case .sequence: "a list"
        case .scalar: "text"
        }
    }

    /// A scalar's text. Lists and maps are type errors.
    func string(_ node: Node, _ what: @autoclosure () -> String) -> String? {
        guard case .scalar(let s) = node else {
            var hint = ""
            if case .mapping(let m) = node, m.count == 1 {
                hint = ": a ': ' inside unquoted text starts a map in YAML, so put the text in quotes"
            }
            log.error(location(node), "\(what()) should be text, not \(kindName(node))\(hint)")
            return nil
        }
        return s.string
    }

    /// A scalar's text and the location of its first character (inside the quotes, if quoted).
    func textStart(_ node: Node) -> SourceLocation {
        guard case .scalar(let s) = node else { return location(node) }
        let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
        return location(node).shifted(by: quoted ? 1 : 0)
    }

    /// True when the scalar's text sits on one line of the file exactly as written, so that
    /// offsets into the text are columns of the file.
    func isVerbatim(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        return (s.style == .plain || s.style == .any || s.style == .singleQuoted && !s.string.containsByte(UInt8(ascii: "'")))
            && !s.string.containsByte(UInt8(ascii: "\n"))
    }

    /// Location of the character at `offset` (in Unicode scalars) of a scalar's text.
    func location(_ node: Node, offset: Int) -> SourceLocation {
        isVerbatim(node) ? textStart(node).shifted(by: offset) : location(node)
    }

    /// A whole number in `range`; anything else (text, fractions, huge numbers) is an error naming the range.
    func int(_ node: Node, _ what: @autoclosure () -> String, _ range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, what()) else { return nil }
        let trimmed = text.trimmingWhitespace()
        let t = trimmed.containsByte(UInt8(ascii: "_")) ? trimmed.replacingOccurrences(of: "_", with: "") : trimmed
        guard let n = Int(t), range.contains(n) else {
            log.error(location(node), "\(what()) must be a whole number from \(range.lowerBound) to \(range.upperBound), "
                      + "not '\(clip(text))'")
            return nil
        }
        return n
    }

    /// `true` or `false` (also `yes`/`no`).
    func bool(_ node: Node, _ what: @autoclosure () -> String) -> Bool? {
        guard let text = string(node, what()) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error(location(node), "\(what()) takes true or false, not '\(clip(text))'")
            return nil
        }
    }

    /// A list of scalars, or one scalar standing for a list of one. Returns each with its node.
    func list(_ node: Node, _ what: @autoclosure () -> String) -> [(String, Node)] {
        if isNull(node) { return [] }
        switch node {
        case .sequence(let seq):
            return seq.compactMap { item in string(item, "each entry of \(what())").map { ($0, item) } }
        case .scalar(let s):
            return [(s.string, node)]
        default:
            log.error(location(node), "\(what()) should be a list, not \(kindName(node))")
            return []
        }
    }

    /// One word of a closed list, matched case-insensitively; unknown words get a suggestion.
    func word<T>(_ node: Node, kind: String, _ options: [(String, T)]) -> T? {
        guard let text = string(node, kind) else { return nil }
        let t = text.trimmingWhitespace()
        // Byte-equal first (`==` is the quick test; it also accepts canonically equal text, so bytes confirm).
        if let hit = options.first(where: { $0.0 == t && Self.sameBytes($0.0, t) })
            ?? options.first(where: { $0.0.lowercased() == t.lowercased() }) {
            return hit.1
        }
        log.error(textStart(node), Suggestion.unknown(kind, t, options.map(\.0)))
        return nil
    }

    /// Reads a map, logging unknown keys (with a suggestion) and non-text keys.
    func map(_ node: Node, _ what: @autoclosure () -> String, accepted: [String]) -> MapNode? {
        guard case .mapping(let m) = node else {
            log.error(location(node), "\(what()) should be a map of `key: value` lines, not \(kindName(node))")
            return nil
        }
        var entries: [MapNode.Entry] = []
        entries.reserveCapacity(m.count)
        var misspelled: Set<String> = []
        for (k, v) in m {
            guard case .scalar(let ks) = k else {
                log.error(location(k), "a key in \(what()) should be a word, not \(kindName(k))")
                continue
            }
            if !accepted.isEmpty && !accepted.contains(ks.string) {
                if let s = Suggestion.closest(to: ks.string, in: accepted) { misspelled.insert(s) }
                log.error(location(k), Suggestion.unknown("key", ks.string, accepted)
                          .replacingOccurrences(of: "(accepted:", with: "(\(what()) accepts:"))
                continue
            }
            entries.append(.init(key: ks.string, keyNode: k, value: v, keyWord: keyWord(ks.string)))
        }
        return MapNode(node: node, location: location(node), entries: entries, misspelled: misspelled)
    }

    /// Whether two texts hold the same UTF-8 bytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && startsWithBytes(x, y) } }
    }

    func isSequence(_ node: Node) -> Bool {
        if case .sequence = node { return true }
        return false
    }

    /// How many items a list holds (0 for anything else).
    func itemCount(_ node: Node) -> Int {
        if case .sequence(let s) = node { return s.count }
        return 0
    }

    /// At most 60 characters (57 and "…"); text of 60 bytes or fewer is never longer, so it is not counted.
    func clip(_ text: String) -> String { text.utf8.count > 60 && text.count > 60 ? String(text.prefix(57)) + "…" : text }
}

/// A map with its keys checked; values are looked up by key.
struct MapNode {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
        /// `keyWord(key)`: looking a key up compares these first (an unequal comparison of two strings is slow).
        var keyWord: UInt64
    }

    let node: Node
    let location: SourceLocation
    let entries: [Entry]
    /// Accepted keys that an unknown key was suggested as (so "missing" is not reported twice).
    let misspelled: Set<String>

    /// True when `key` is absent and no misspelling of it was reported: report it as missing.
    func missing(_ key: String) -> Bool { !has(key) && !misspelled.contains(key) }

    /// The value of `key`, unless absent or null.
    subscript(key: String) -> Node? {
        guard let i = index(of: key) else { return nil }
        // YAML's null spellings are 0, 1 or 4 bytes long: any other value is not compared with them (an unequal
        // comparison of two strings takes the slow path).
        if case .scalar(let s) = entries[i].value, s.style == .plain || s.style == .any {
            switch s.string.utf8.count {
            case 0: return nil
            case 1: if s.string == "~" { return nil }
            case 4: if s.string == "null" || s.string == "Null" || s.string == "NULL" { return nil }
            default: break
            }
        }
        return entries[i].value
    }

    func has(_ key: String) -> Bool { index(of: key) != nil }

    /// By index, so that no entry is copied while looking.
    private func index(of key: String) -> Int? {
        let word = keyWord(key)
        for i in entries.indices where entries[i].keyWord == word && entries[i].key == key { return i }
        return nil
    }
}

/// A key's byte count and first eight bytes in one word: keys with different words differ (equal words are still
/// compared as text).
func keyWord(_ key: String) -> UInt64 {
    var key = key
    return key.withUTF8 { bytes in
        var word = UInt64(bytes.count) << 56
        for i in 0..<min(8, bytes.count) { word ^= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return word
    }
}

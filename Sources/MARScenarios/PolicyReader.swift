import MARCore

/// Reads a `policy:` map (`rules.md` §3.1) onto a `Policy`, locating every problem.
enum PolicyReader {
    static func apply(_ node: Node, to policy: inout Policy, reader r: NodeReader) {
        guard let map = r.map(node, "policy", accepted: []) else { return }
        for e in map.entries {
            guard Policy.keys.contains(e.key) else {
                r.log.error(r.location(e.keyNode), Suggestion.unknown("policy key", e.key, Policy.keys))
                continue
            }
            guard let text = r.string(e.value, "policy \(e.key)") else { continue }
            let value: Policy.Value
            switch text.lowercased() {
            case "true": value = .bool(true)
            case "false": value = .bool(false)
            default: value = Int(text).map { .int($0) } ?? .word(text)
            }
            do {
                try policy.set(e.key, value)
            } catch {
                r.log.error(r.textStart(e.value), error.message + ", not '\(r.clip(text))'")
            }
        }
    }
}

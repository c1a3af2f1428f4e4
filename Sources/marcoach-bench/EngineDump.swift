import MARCore

/// Every field of a coding, one per line, in a form that stays the same when the engine's internal types change
/// (a rule is written by its id, a code by its digits). `marcoach-bench --dump-engine` writes it for every
/// scenario, so that two builds of a refactored engine can be compared byte for byte (`cmp`).
enum EngineDump {
    static func text(_ coding: Coding) -> String {
        var out = ""
        walk(coding, label: "coding", depth: 0, into: &out)
        return out
    }

    private static func walk(_ value: Any, label: String, depth: Int, into out: inout String) {
        let pad = String(repeating: " ", count: depth * 2)
        if let rule = value as? RuleID {
            out += "\(pad)\(label): \(rule.rawValue)\n"
            return
        }
        // Text the engine keeps as a `Sentence` (`reasonSentence`, …) is written as the text its `reason`, `message` or
        // `label` shows, under that name: dumps of builds before and after the engine kept sentences compare equal.
        if let sentence = value as? Sentence {
            let name = label.hasSuffix("Sentence") ? String(label.dropLast("Sentence".count)) : label
            out += "\(pad)\(name): \(sentence.text)\n"
            return
        }
        if let text = value as? CustomStringConvertible, value is String || value is Int || value is Bool {
            out += "\(pad)\(label): \(text.description)\n"
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let some = mirror.children.first { walk(some.value, label: label, depth: depth, into: &out) } else {
                out += "\(pad)\(label): nil\n"
            }
        case .collection, .set:
            out += "\(pad)\(label): \(mirror.children.count) items\n"
            for (i, child) in mirror.children.enumerated() { walk(child.value, label: "[\(i)]", depth: depth + 1, into: &out) }
        case .enum where mirror.children.isEmpty:
            out += "\(pad)\(label): \(value)\n"
        default:
            if mirror.children.isEmpty {
                out += "\(pad)\(label): \(value)\n"
                return
            }
            out += "\(pad)\(label):\n"
            for child in mirror.children {
                walk(child.value, label: child.label ?? "?", depth: depth + 1, into: &out)
            }
        }
    }
}

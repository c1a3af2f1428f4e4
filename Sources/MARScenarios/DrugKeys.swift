import MARCore

/// The default drug key of a MAR row (`rules.md` D8) and joined keys of mixed bags (D9).
public enum DrugKeys {
    /// Form words dropped from a `med` when deriving its key.
    public static let formWords: Set<String> = ["bolus", "drip", "infusion", "injection", "ivpb", "piggyback",
                                                "premix", "solution", "syringe", "tablet"]

    /// An explicit `drug:` (`dexamethasone+ondansetron`), each substance mapped through the aliases.
    public static func explicit(_ text: String, formulary: Formulary) -> DrugKey? {
        if !text.containsByte(UInt8(ascii: "+")) {   // one substance, the usual case
            let name = formulary.canonical(text.trimmingWhitespace())
            return name.isEmpty ? nil : DrugKey(substances: [name])
        }
        let parts = text.split(separator: "+").map { formulary.canonical($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : DrugKey(substances: parts)
    }

    /// D8: the longest formulary name or alias `med` begins with; else the words before the first
    /// word starting with a digit, lower-cased, minus form words, mapped through the aliases.
    /// Nil when nothing is left (`5-FU 400 mg`).
    public static func derived(from med: String, formulary: Formulary) -> DrugKey? {
        let lower = med.trimmingWhitespace().lowercased()
        for (spelling, key) in formulary.spellings where lower.hasPrefix(spelling) {
            let rest = lower.dropFirst(spelling.count)
            if let next = rest.first, next.isLetter || next.isNumber { continue }
            return DrugKey(substances: [key])
        }
        var words: [String] = []
        for raw in lower.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if raw.first?.isNumber == true { break }
            let word = raw.trimmingCharacters(in: "()[],;")
            if word.isEmpty || formWords.contains(word) { continue }
            words.append(word)
        }
        guard !words.isEmpty else { return nil }
        return DrugKey(substances: [formulary.canonical(words.joined(separator: " "))])
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

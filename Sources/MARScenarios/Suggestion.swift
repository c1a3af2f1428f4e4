/// Closest-word suggestions for unknown words ("did you mean …?").
enum Suggestion {
    /// Levenshtein distance, case-insensitive, on Unicode scalars. Long inputs are cut at 64 scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars.prefix(64))
        let y = Array(b.lowercased().unicodeScalars.prefix(64))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// The closest candidate, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word, c)
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (c, d) = best else { return nil }
        let limit = max(2, min(word.count, c.count) / 2)
        return d <= limit ? c : nil
    }

    /// ` — did you mean 'x'?` or empty.
    static func didYouMean(_ word: String, _ candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " — did you mean '\($0)'?" } ?? ""
    }

    /// `unknown KIND 'word' — did you mean 'x'? (accepted: a, b, c)`
    static func unknown(_ kind: String, _ word: String, _ candidates: [String], listed: [String]? = nil) -> String {
        let shown = word.count > 60 ? String(word.prefix(57)) + "…" : word
        return "unknown \(kind) '\(shown)'" + didYouMean(word, candidates)
            + " (accepted: " + (listed ?? candidates).joined(separator: ", ") + ")"
    }
}

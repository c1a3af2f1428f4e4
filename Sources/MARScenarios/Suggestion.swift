/// Closest-word suggestions for unknown words ("did you mean …?").
public enum Suggestion {
    /// Edit distance with adjacent transpositions (optimal string alignment), case-insensitive,
    /// on Unicode scalars. Inputs are cut at 64 scalars.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars.prefix(64))
        let y = Array(b.lowercased().unicodeScalars.prefix(64))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// The closest candidate, when it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (word: String, distance: Int)?
        for c in candidates {
            let d = distance(word, c)
            if d < best?.distance ?? Int.max { best = (c, d) }
        }
        guard let (c, d) = best else { return nil }
        // A typo: at most a third of the word (at least one edit), and never the whole word.
        let limit = max(1, min(word.count, c.count) / 3)
        return d <= limit && d < word.count ? c : nil
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

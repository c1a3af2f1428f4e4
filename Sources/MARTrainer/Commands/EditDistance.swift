/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The candidate closest to `word`, if it is close enough to be a plausible typo
/// (at most half the word's length, and at least 1, edits away; or one it begins).
public func closest(to word: String, in candidates: [String]) -> String? {
    let w = word.lowercased()
    if w.count >= 2, let p = candidates.first(where: { $0.lowercased().hasPrefix(w) }) { return p }
    let scored = candidates.map { ($0, editDistance(w, $0)) }.min { $0.1 < $1.1 }
    guard let (best, d) = scored, d <= max(1, w.count / 2) else { return nil }
    return best
}

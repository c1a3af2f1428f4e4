import MARScenarios

/// The candidate closest to `word` for the REPL, if it is close enough to be a plausible typo
/// (at most half the word's length, and at least 1, edits away; or one it begins). Looser than the
/// loader's `Suggestion.closest`: at a prompt a prefix is as good as a typo.
public func closest(to word: String, in candidates: [String]) -> String? {
    let w = word.lowercased()
    if w.count >= 2, let p = candidates.first(where: { $0.lowercased().hasPrefix(w) }) { return p }
    let scored = candidates.map { ($0, Suggestion.distance(w, $0)) }.min { $0.1 < $1.1 }
    guard let (best, d) = scored, d <= max(1, w.count / 2) else { return nil }
    return best
}

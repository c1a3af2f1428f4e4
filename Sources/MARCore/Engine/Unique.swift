/// The elements in first-seen order, each once.
func unique<T: Hashable>(_ xs: [T]) -> [T] {
    var seen: Set<T> = []
    return xs.filter { seen.insert($0).inserted }
}

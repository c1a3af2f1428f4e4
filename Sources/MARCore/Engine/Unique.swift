/// The elements in first-seen order, each once.
func unique<T: Hashable>(_ xs: [T]) -> [T] {
    // Most lists here hold a handful of rule ids or names: a scan beats building a set.
    if xs.count <= 16 {
        // Usually every element is already there once: the list itself, nothing allocated.
        if xs.indices.allSatisfy({ i in !xs[..<i].contains(xs[i]) }) { return xs }
        var out: [T] = []
        out.reserveCapacity(xs.count)
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }
    var seen: Set<T> = []
    return xs.filter { seen.insert($0).inserted }
}

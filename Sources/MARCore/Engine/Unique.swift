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

extension Array {
    /// The elements that pass `test`, in order, like `filter`, into a list given room for all of them at the first
    /// match: `filter` regrows its list as it goes (room for 1, 2, 4, … elements, an allocation each time), and the
    /// engine filters its lists of administrations many times a run.
    func kept(where test: (Element) throws -> Bool) rethrows -> [Element] {
        var out: [Element] = []
        for element in self where try test(element) {
            if out.isEmpty { out.reserveCapacity(count) }
            out.append(element)
        }
        return out
    }
}

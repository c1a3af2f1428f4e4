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

    /// The elements that pass `test`, sorted in place (`sorted` on the kept list would allocate a second one).
    func kept(where test: (Element) throws -> Bool,
              sortedBy areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element] {
        var out = try kept(where: test)
        try out.sort(by: areInIncreasingOrder)
        return out
    }

    /// The list sorted by `areInIncreasingOrder` (stably, as `sorted`), itself when no element sorts before the one
    /// ahead of it: most lists the engine orders are already in order, and `sorted` always makes a copy.
    func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element] {
        for i in indices.dropFirst() where try areInIncreasingOrder(self[i], self[i - 1]) {
            return try sorted(by: areInIncreasingOrder)
        }
        return self
    }
}

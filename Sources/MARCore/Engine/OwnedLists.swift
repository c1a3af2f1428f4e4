/// A list per owner (an administration's id) that a run appends to in any order: one list of elements, each linked
/// to its owner's next, instead of an allocated list per owner. `takeShares` hands each owner its elements as a part of
/// the one list (`RecordList`), regrouped in place.
struct OwnedLists<Element> {
    private var elements: [Element] = []
    /// By element: the same owner's next element, or −1.
    private var links: [Int32] = []
    /// By owner: its first and last element, or −1.
    private var first: [Int32] = []
    private var last: [Int32] = []

    init(capacity: Int = 0) {
        elements.reserveCapacity(capacity)
        links.reserveCapacity(capacity)
    }

    mutating func append(_ element: consuming Element, to owner: Int) {
        if owner >= first.count {
            let more = max(owner + 1 - first.count, 32)
            first += repeatElement(-1, count: more)
            last += repeatElement(-1, count: more)
        }
        let i = Int32(elements.count)
        elements.append(element)
        links.append(-1)
        if last[owner] >= 0 { links[Int(last[owner])] = i } else { first[owner] = i }
        last[owner] = i
    }

    /// The position of an owner's first element (−1 when it has none); `after` gives the next.
    func start(of owner: Int) -> Int { owner < first.count ? Int(first[owner]) : -1 }

    /// The position of the same owner's next element after `position`, or −1.
    func after(_ position: Int) -> Int { Int(links[position]) }

    /// The position of an owner's first element that passes `test`, or nil.
    func firstPosition(of owner: Int, where test: (Element) -> Bool) -> Int? {
        var i = start(of: owner)
        while i >= 0 {
            if test(elements[i]) { return i }
            i = after(i)
        }
        return nil
    }

    /// The element at a position.
    subscript(position: Int) -> Element {
        get { elements[position] }
        _modify { yield &elements[position] }
    }

    /// An owner's first element.
    func first(of owner: Int) -> Element? {
        let i = start(of: owner)
        return i >= 0 ? elements[i] : nil
    }

    /// Calls `body` with each owner's elements (owners 0..<owners, those with any) as its share of one list, leaving
    /// these lists empty. The elements are moved into owner order by swaps (when not in it already), never copied.
    mutating func takeShares(owners: Int, _ body: (_ owner: Int, RecordList<Element>) -> Void) {
        var elements: [Element] = []
        swap(&elements, &self.elements)
        defer { self = OwnedLists() }
        let count = elements.count
        // order[k]: the element that goes to position k.
        var order = [Int](repeating: 0, count: count)
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(owners)
        var k = 0, inOrder = true
        for owner in 0..<owners {
            let from = k
            var i = start(of: owner)
            while i >= 0 {
                order[k] = i
                if i != k { inOrder = false }
                k += 1
                i = after(i)
            }
            bounds.append(from..<k)
        }
        precondition(k == count, "an element belongs to no record")
        if !inOrder { permute(&elements, by: order) }
        for owner in bounds.indices where !bounds[owner].isEmpty { body(owner, RecordList(sharing: elements[bounds[owner]])) }
    }

    /// Puts element `order[k]` at position k: each cycle of the permutation walked once with swaps (`links`, no
    /// longer needed, marks the positions already filled).
    private mutating func permute(_ elements: inout [Element], by order: [Int]) {
        elements.withUnsafeMutableBufferPointer { e in
            links.withUnsafeMutableBufferPointer { filled in
                for start in e.indices where filled[start] != -2 {
                    var k = start
                    while order[k] != start {
                        e.swapAt(k, order[k])
                        filled[k] = -2
                        k = order[k]
                    }
                    filled[k] = -2
                }
            }
        }
    }
}

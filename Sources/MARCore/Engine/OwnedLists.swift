/// A list per owner (an administration's id) that a run appends to in any order: one list of elements, each linked
/// to its owner's next, instead of an allocated list per owner. `takeShares` hands each owner its elements as a part of
/// one list (`RecordList`), moved into owner order.
///
/// The elements, each with its link, and the owners' ends are kept in `GrowingList`s (memory this value owns, so it
/// cannot be copied): a write to an array checks that its storage is not shared, a runtime call, and a run appended to
/// four arrays per element (about 400 such calls a 30-row run).
struct OwnedLists<Element>: ~Copyable {
    /// The elements in append order, each linked to the same owner's next.
    private var nodes: GrowingList<OwnedNode<Element>>
    /// By owner: its first and last element.
    private var ends = GrowingList<OwnerEnds>(capacity: 32)

    init(capacity: Int = 0) {
        nodes = GrowingList(capacity: capacity)
    }

    mutating func append(_ element: consuming Element, to owner: Int) {
        precondition(owner >= 0, "an owner is a record's index")
        if owner >= ends.count { ends.extend(to: owner + 1, with: OwnerEnds()) }
        let i = Int32(nodes.count)
        nodes.append(OwnedNode(element: element, next: -1))
        let last = ends[owner].last
        if last >= 0 { nodes[Int(last)].next = i } else { ends[owner].first = i }
        ends[owner].last = i
    }

    /// The position of an owner's first element (−1 when it has none); `after` gives the next.
    func start(of owner: Int) -> Int { owner < ends.count ? Int(ends[owner].first) : -1 }

    /// The position of the same owner's next element after `position`, or −1.
    func after(_ position: Int) -> Int { Int(nodes[position].next) }

    /// The position of an owner's first element that passes `test`, or nil.
    func firstPosition(of owner: Int, where test: (borrowing Element) -> Bool) -> Int? {
        var i = start(of: owner)
        while i >= 0 {
            if test(nodes[i].element) { return i }
            i = after(i)
        }
        return nil
    }

    /// The element at a position.
    subscript(position: Int) -> Element {
        get { nodes[position].element }
        _modify { yield &nodes[position].element }
    }

    /// An owner's first element.
    func first(of owner: Int) -> Element? {
        let i = start(of: owner)
        return i >= 0 ? nodes[i].element : nil
    }

    /// Calls `body` with each owner's elements (owners 0..<owners, those with any) as its share of one list, leaving
    /// these lists empty. Each element is moved once into its place in the one list, never copied.
    mutating func takeShares(owners: Int, _ body: (_ owner: Int, RecordList<Element>) -> Void) {
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(owners)
        var list: [Element] = []
        let count = nodes.count
        // Every append names an existing record, so every element has an owner below `owners` and is moved out.
        nodes.removeAll { nodes in
            list.append(addingCapacity: count) { out in
                for owner in 0..<owners {
                    let from = out.count
                    // The ends by name: a method of these lists would read the nodes being moved out.
                    var i = owner < ends.count ? Int(ends[owner].first) : -1
                    while i >= 0 {
                        let node = (nodes + i).move()
                        i = Int(node.next)
                        out.append(node.element)
                    }
                    bounds.append(from..<out.count)
                }
            }
            return list.count
        }
        ends.removeAll()
        for owner in bounds.indices where !bounds[owner].isEmpty { body(owner, RecordList(sharing: list[bounds[owner]])) }
    }
}

/// An element of `OwnedLists` and the position of its owner's next element (−1: none).
struct OwnedNode<Element> {
    var element: Element
    var next: Int32
}

/// Positions of an owner's first and last element in `OwnedLists`, or −1. (Not nested in the generic lists: the
/// compiler fails on a private type nested there and used as a generic argument.)
struct OwnerEnds {
    var first: Int32 = -1, last: Int32 = -1
}

/// A list that grows at its end, in memory its value owns: reading and writing it checks no sharing (an array's
/// writes each ask the runtime whether its storage is shared).
struct GrowingList<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    /// How many elements, all initialized, from `base`.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 8)
        base = plainAllocate(Element.self, capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        plainFree(base)
    }

    subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count, "no such element")
            return base[i]
        }
        _modify {
            precondition(i >= 0 && i < count, "no such element")
            yield &base[i]
        }
    }

    @inline(__always)
    mutating func append(_ element: consuming Element) {
        reserve(count + 1)
        (base + count).initialize(to: element)
        count += 1
    }

    /// Elements up to `count`, the new ones copies of `element` (none when there are as many already).
    mutating func extend(to count: Int, with element: Element) {
        guard count > self.count else { return }
        reserve(count)
        (base + self.count).initialize(repeating: element, count: count - self.count)
        self.count = count
    }

    /// Empties the list.
    mutating func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    /// Empties the list, handing `body` the elements' memory to move each element out of exactly once; `body`
    /// returns how many it moved.
    @inline(__always)
    mutating func removeAll(movingOut body: (_ elements: UnsafeMutablePointer<Element>) -> Int) {
        let moved = body(base)
        precondition(moved == count, "an element was not moved out")
        count = 0
    }

    @inline(__always)
    private mutating func reserve(_ needed: Int) {
        if needed > capacity { grow(to: needed) }
    }

    private mutating func grow(to needed: Int) {
        while capacity < needed { capacity *= 2 }
        let more = plainAllocate(Element.self, capacity: capacity)
        more.moveInitialize(from: base, count: count)
        plainFree(base)
        base = more
    }
}

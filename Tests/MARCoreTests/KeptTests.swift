@testable import MARCore
import Testing

/// The engine filters its lists of administrations with `kept(where:)` (a list sized once); it must keep exactly
/// what `filter` keeps, in the same order.
@Suite struct KeptTests {
    static let tests: [(name: String, test: @Sendable (Int) -> Bool)] = [
        ("none", { _ in false }), ("all", { _ in true }), ("odd", { $0 % 2 == 1 }), ("first", { $0 == 0 }),
        ("last", { $0 == 19 }),
    ]

    @Test(arguments: [0, 1, 2, 5, 20]) func keptIsFilterInOrder(_ count: Int) {
        let xs = Array(0..<count).map { ($0 * 7) % max(count, 1) }   // not sorted: order must be kept as found
        for (name, test) in Self.tests {
            #expect(xs.kept(where: test) == xs.filter(test), "\(name) of \(count)")
        }
    }

    /// The engine makes its tables with `Array(filling:count:)`: exactly what `Array(repeating:count:)` makes.
    @Test(arguments: [0, 1, 5, 100]) func fillingIsRepeating(_ count: Int) {
        #expect([Int](filling: 7, count: count) == [Int](repeating: 7, count: count))
        #expect([String?](filling: "x", count: count) == [String?](repeating: "x", count: count))
        #expect([Int](filling: 7, count: count).capacity >= count)
    }

    @Test func nothingKeptAllocatesNothing() {
        // An empty result is the shared empty list (capacity 0), not room reserved for every element.
        #expect(Array(0..<20).kept(where: { _ in false }).capacity == 0)
    }
}

/// A run appends each record's codes and ruled-out codes in any order (`OwnedLists`) and hands each record its share
/// of one list (`RecordList`): every owner must get exactly its elements, in the order they were appended.
@Suite struct OwnedListsTests {
    /// Owners of appended elements, in append order: grouped already, interleaved, owners with none, one owner.
    static let appends: [[Int]] = [[], [0], [0, 0, 1, 2, 2], [2, 0, 1, 0, 2, 1, 0], [3, 3, 0, 5, 0, 3], [1, 1, 1, 1]]

    @Test(arguments: appends) func eachOwnerGetsItsElementsInOrder(_ owners: [Int]) {
        var lists = OwnedLists<String>()
        for (i, owner) in owners.enumerated() { lists.append("\(owner)-\(i)", to: owner) }
        let count = (owners.max() ?? -1) + 2   // one owner more than any with elements: it gets none
        var got = [[String]](repeating: [], count: count)
        lists.takeShares(owners: count) { owner, share in got[owner] = Array(share) }
        for owner in 0..<count {
            let expected = owners.enumerated().filter { $0.element == owner }.map { "\(owner)-\($0.offset)" }
            #expect(got[owner] == expected, "owner \(owner) of \(owners)")
        }
    }

    @Test func positionsWalkOneOwnersElements() {
        var lists = OwnedLists<Int>()
        for (i, owner) in [1, 0, 1, 1, 0].enumerated() { lists.append(i * 10, to: owner) }
        var walked: [Int] = [], i = lists.start(of: 1)
        while i >= 0 {
            walked.append(lists[i])
            i = lists.after(i)
        }
        #expect(walked == [0, 20, 30])
        #expect(lists.first(of: 0) == 10)
        #expect(lists.first(of: 7) == nil)
        #expect(lists.firstPosition(of: 1, where: { $0 > 10 }).map { lists[$0] } == 20)
    }

    @Test func changingOneShareLeavesTheOthers() {
        var lists = OwnedLists<Int>()
        for (i, owner) in [0, 1, 0, 1].enumerated() { lists.append(i, to: owner) }
        var shares: [RecordList<Int>] = []
        lists.takeShares(owners: 2) { _, share in shares.append(share) }
        var first = shares[0]
        first[1] = 99
        first.append(7)
        #expect(Array(first) == [0, 99, 7])
        #expect(Array(shares[0]) == [0, 2])
        #expect(Array(shares[1]) == [1, 3])
        #expect(shares[1] == [1, 3] && shares[1].startIndex == 0)
    }

    @Test func aShareIsEqualAndHashedAsTheListItReadsAs() {
        var lists = OwnedLists<Int>()
        for (i, owner) in [1, 0, 1].enumerated() { lists.append(i, to: owner) }
        var shares: [RecordList<Int>] = []
        lists.takeShares(owners: 2) { _, share in shares.append(share) }
        let own: RecordList<Int> = [0, 2]
        #expect(shares[1] == own)
        #expect(Set([shares[1], own]).count == 1)
        #expect(shares[1] != shares[0] && shares[0] == [1])
        #expect(shares[1].description == "[0, 2]")
    }

    /// The lists keep their elements in memory of their own: each element must be released exactly once, whether the
    /// lists grew, handed the elements on, or were dropped with elements still in them.
    @Test(arguments: [0, 5, 100]) func everyElementIsReleasedOnce(_ count: Int) {
        let alive = Alive()
        do {
            var lists = OwnedLists<Tracked>()
            for i in 0..<count { lists.append(Tracked(alive), to: i % 7) }
            #expect(alive.count == count)
        }
        #expect(alive.count == 0, "dropped with \(count) elements in it")
        var shares: [RecordList<Tracked>] = []
        do {
            var lists = OwnedLists<Tracked>(capacity: 2)
            for i in 0..<count { lists.append(Tracked(alive), to: (i * 3) % 5) }
            lists.takeShares(owners: 5) { _, share in shares.append(share) }
        }
        #expect(alive.count == count, "handed on: still held by the shares")
        #expect(shares.map(\.count).reduce(0, +) == count)
        shares = []
        #expect(alive.count == 0)
    }

    final class Alive: @unchecked Sendable { var count = 0 }

    final class Tracked {
        let alive: Alive
        init(_ alive: Alive) {
            self.alive = alive
            alive.count += 1
        }
        deinit { alive.count -= 1 }
    }
}

/// `sortedIfNeeded` is `sorted` (stable), without the copy when the list is already in order.
@Suite struct SortedIfNeededTests {
    @Test(arguments: [[], [1], [1, 2, 2, 3], [3, 1, 2], [2, 2, 1], [1, 3, 2, 4]])
    func sortsAsSortedDoes(_ numbers: [Int]) {
        // Pairs ordered by their first field only: equal keys must keep their written order.
        let pairs = numbers.enumerated().map { (key: $0.element, written: $0.offset) }
        let byKey: ((key: Int, written: Int), (key: Int, written: Int)) -> Bool = { $0.key < $1.key }
        #expect(pairs.sortedIfNeeded(by: byKey).map(\.written) == pairs.sorted(by: byKey).map(\.written))
    }
}

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

    @Test func nothingKeptAllocatesNothing() {
        // An empty result is the shared empty list (capacity 0), not room reserved for every element.
        #expect(Array(0..<20).kept(where: { _ in false }).capacity == 0)
    }
}

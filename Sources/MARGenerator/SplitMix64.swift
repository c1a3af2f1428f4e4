/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator. The same seed gives the
/// same sequence on every platform, which is what exams and generated scenarios need.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (platform-independent: never uses the standard library's
    /// unspecified `random(in:using:)` algorithm).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }

    /// `xs` in a reproducible random order (Fisher–Yates).
    public mutating func shuffled<T>(_ xs: [T]) -> [T] {
        var a = xs
        guard a.count > 1 else { return a }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = int(0...i)
            a.swapAt(i, j)
        }
        return a
    }

    /// A generator for item `index` of a stream seeded with `seed` (independent of the other items).
    public static func derived(seed: UInt64, index: Int) -> SplitMix64 {
        var g = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        _ = g.next()
        return g
    }
}

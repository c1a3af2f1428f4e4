import MARGenerator

/// A fixed piece of work that is not MARCoach's, timed beside the engine figures: how fast the machine ran while
/// they were measured. This machine has stretches where every process runs at about half speed (the same
/// instructions take twice the time, no steal time reported); in them this check's time rises with the engine's,
/// and a figure is read against it (Benchmarks/README.md, "The machine's two speeds").
enum SpeedCheck {
    /// What the check reads at the machine's usual speed: 1,087–1,208 µs in the runs of 2026-12-05, 00:03–00:14 UTC
    /// (1,710 µs in the one slow run among them).
    static let normal = "(≈ 1,100 µs at normal speed)"

    /// Small objects made, counted and freed, a list sorted and tallied: the kinds of work the engine does, the same
    /// every time. Returns a number that depends on all of it, so that none of it is left out.
    static func run() -> Int {
        var generator = SplitMix64(seed: 2026)
        var boxes: [Box] = []
        boxes.reserveCapacity(10_000)
        for _ in 0..<10_000 { boxes.append(Box(value: Int(generator.next() % 10_000))) }
        var values = boxes.map(\.value)
        values.sort()
        var tally = [Int](repeating: 0, count: 1_000)
        for v in values { tally[v % 1_000] += 1 }
        return values[values.count / 2] &+ tally[7] &+ boxes.count
    }

    private final class Box {
        let value: Int
        init(value: Int) { self.value = value }
    }
}

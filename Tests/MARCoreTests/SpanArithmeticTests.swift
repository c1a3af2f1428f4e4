import MARCore
import Testing

/// The span sweeps against the plain definitions: the set of minutes each covers.
@Suite struct SpanArithmeticTests {
    static func minuteSet(_ spans: [Span]) -> Set<Int> {
        Set(spans.flatMap { s in s.isEmpty ? [] : Array(s.start.minutes..<s.end.minutes) })
    }

    /// A normal form: sorted, non-empty, and no two pieces touching.
    static func isNormal(_ spans: [Span]) -> Bool {
        zip(spans, spans.dropFirst()).allSatisfy { $0.end < $1.start } && spans.allSatisfy { !$0.isEmpty }
    }

    struct Rng { var x: UInt64; mutating func next(_ n: Int) -> Int { x = x &* 6364136223846793005 &+ 1442695040888963407; return Int((x >> 33) % UInt64(n)) } }

    static func randomSpans(_ r: inout Rng) -> [Span] {
        (0..<r.next(6)).map { _ in let s = r.next(120); return Span(Instant(minutes: s), Instant(minutes: s + r.next(40) - 5)) }
    }

    @Test func unionSubtractIntersectMatchTheirDefinitions() {
        var r = Rng(x: 7)
        for _ in 0..<3000 {
            let a = Self.randomSpans(&r), b = Self.randomSpans(&r)
            let ma = Self.minuteSet(a), mb = Self.minuteSet(b)
            let u = Spans.union(a), d = Spans.subtract(a, b), i = Spans.intersect(a, b)
            #expect(Self.minuteSet(u) == ma && Self.isNormal(u), "union \(a)")
            #expect(Self.minuteSet(d) == ma.subtracting(mb) && Self.isNormal(d), "subtract \(a) − \(b) = \(d)")
            #expect(Self.minuteSet(i) == ma.intersection(mb) && Self.isNormal(i), "intersect \(a) ∩ \(b) = \(i)")
            #expect(Spans.minutes(a) == ma.count)
        }
    }
}

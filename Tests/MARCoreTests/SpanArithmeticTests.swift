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
            // The list-free queries, on inputs in any form (normal ones take the sweep, others the lists).
            for (x, y) in [(a, b), (u, Spans.union(b))] {
                let mx = Self.minuteSet(x), my = Self.minuteSet(y)
                #expect(Spans.overlap(x, y) == !mx.isDisjoint(with: my), "overlap \(x) ∩ \(y)")
                #expect(Spans.minutes(x, outside: y) == mx.subtracting(my).count, "minutes \(x) outside \(y)")
            }
            var grown: [Span] = []
            for s in a + b { Spans.formUnion(&grown, [s]) }
            #expect(grown == Spans.union(a + b), "formUnion \(a + b) = \(grown)")
        }
    }
}

/// Times and dates as the engine words them, written byte by byte, against the padded interpolation they replace.
@Suite struct TimeWordingTests {
    @Test(arguments: [0, 59, 60, 1439, 1440, 9 * 1440 + 605, 20_000 * 1440 + 1439, 30_000 * 1440 + 5])
    func instantsWordTheSameAsPaddedText(_ minutes: Int) {
        let i = Instant(minutes: minutes)
        let d = i.date
        func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(repeating: "0", count: max(0, 4 - String(d.year).count)) + String(d.year)
        #expect(i.clock == "\(pad2(i.hour)):\(pad2(i.minute))")
        #expect(d.short == "\(pad2(d.month))/\(pad2(d.day))")
        #expect(i.chart == "\(pad2(d.month))/\(pad2(d.day)) \(pad2(i.hour)):\(pad2(i.minute))")
        #expect(d.iso == "\(year)-\(pad2(d.month))-\(pad2(d.day))")
        #expect(i.iso == "\(year)-\(pad2(d.month))-\(pad2(d.day))T\(pad2(i.hour)):\(pad2(i.minute))")
    }
}

/// A half-open run of minutes `[start, end)`.
public struct Span: Hashable, Sendable, Comparable {
    public var start: Instant
    public var end: Instant

    public init(_ start: Instant, _ end: Instant) {
        self.start = start
        self.end = end
    }

    public var minutes: Int { max(0, end - start) }
    public var isEmpty: Bool { end <= start }

    public func intersection(_ other: Span) -> Span? {
        let s = max(start, other.start), e = min(end, other.end)
        return s < e ? Span(s, e) : nil
    }

    public func contains(_ t: Instant) -> Bool { start <= t && t < end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// Set arithmetic on sorted, disjoint spans.
public enum Spans {
    /// Sorts and merges touching or overlapping spans.
    public static func union(_ spans: [Span]) -> [Span] {
        let sorted = spans.filter { !$0.isEmpty }.sorted()
        var out: [Span] = []
        for s in sorted {
            if let last = out.last, s.start <= last.end {
                out[out.count - 1].end = max(last.end, s.end)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// `a` minus everything in `b`.
    public static func subtract(_ a: [Span], _ b: [Span]) -> [Span] {
        let cut = union(b)
        var out: [Span] = []
        for piece in union(a) {
            var rest = [piece]
            for c in cut where c.end > piece.start && c.start < piece.end {
                rest = rest.flatMap { r -> [Span] in
                    guard r.intersection(c) != nil else { return [r] }
                    return [Span(r.start, c.start), Span(c.end, r.end)].filter { !$0.isEmpty }
                }
            }
            out += rest
        }
        return out
    }

    public static func intersect(_ a: [Span], _ b: [Span]) -> [Span] {
        var out: [Span] = []
        for x in union(a) { for y in union(b) { if let i = x.intersection(y) { out.append(i) } } }
        return union(out)
    }

    public static func minutes(_ spans: [Span]) -> Int { union(spans).reduce(0) { $0 + $1.minutes } }
}

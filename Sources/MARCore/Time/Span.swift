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

/// Set arithmetic on sorted, disjoint spans. Inputs may be in any order; results are sorted, disjoint and
/// never touching. Inputs that are already in that form (the common case) are used without copying. Any list of
/// spans indexed from zero will do: an array, or the engine's `SpanList`.
public enum Spans {
    /// Whether `spans` is already sorted, non-empty piece by piece, and disjoint with gaps between pieces.
    static func isNormal<C: RandomAccessCollection<Span>>(_ spans: C) -> Bool {
        var previousEnd: Instant?
        for s in spans {
            if s.isEmpty { return false }
            if let e = previousEnd, s.start <= e { return false }
            previousEnd = s.end
        }
        return true
    }

    /// Sorts and merges touching or overlapping spans.
    public static func union<C: RandomAccessCollection<Span>>(_ spans: C) -> [Span] {
        if isNormal(spans) { return Array(spans) }
        let sorted = spans.filter { !$0.isEmpty }.sorted()
        var out: [Span] = []
        out.reserveCapacity(sorted.count)
        for s in sorted {
            if let last = out.last, s.start <= last.end {
                out[out.count - 1].end = max(last.end, s.end)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// Adds `new` to `spans`, which stays sorted, disjoint and never touching (merged in place: no new list).
    public static func formUnion<C: RandomAccessCollection<Span>>(_ spans: inout [Span], _ new: C) {
        for s in new where !s.isEmpty {
            // The first span that ends at or after `s` starts: everything before it stays as it is.
            var i = 0
            while i < spans.count && spans[i].end < s.start { i += 1 }
            var merged = s, j = i
            while j < spans.count && spans[j].start <= merged.end {
                merged = Span(min(merged.start, spans[j].start), max(merged.end, spans[j].end))
                j += 1
            }
            if j == i { spans.insert(merged, at: i) } else {
                spans[i] = merged
                spans.removeSubrange((i + 1)..<j)
            }
        }
    }

    /// `a` minus everything in `b` (one sweep over both).
    public static func subtract<A: RandomAccessCollection<Span>, B: RandomAccessCollection<Span>>(_ a: A, _ b: B) -> [Span] {
        let cut = union(b), pieces = union(a)
        if cut.isEmpty { return pieces }
        var out: [Span] = []
        out.reserveCapacity(pieces.count + cut.count)
        var j = 0
        for piece in pieces {
            var start = piece.start
            while j < cut.count && cut[j].end <= start { j += 1 }
            var k = j
            while k < cut.count && cut[k].start < piece.end {
                if cut[k].start > start { out.append(Span(start, cut[k].start)) }
                start = max(start, cut[k].end)
                if cut[k].end > piece.end { break }
                k += 1
            }
            if start < piece.end { out.append(Span(start, piece.end)) }
        }
        return out
    }

    /// The minutes in both `a` and `b` (one sweep over both).
    public static func intersect<A: RandomAccessCollection<Span>, B: RandomAccessCollection<Span>>(_ a: A, _ b: B) -> [Span] {
        let x = union(a), y = union(b)
        var out: [Span] = []
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if let s = x[i].intersection(y[j]) {
                if let last = out.last, s.start <= last.end { out[out.count - 1].end = max(last.end, s.end) } else { out.append(s) }
            }
            if x[i].end < y[j].end { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Whether `a` and `b` share a minute (`!intersect(a, b).isEmpty`), without building a list when both are
    /// already in order.
    public static func overlap<A: RandomAccessCollection<Span>, B: RandomAccessCollection<Span>>(_ a: A, _ b: B) -> Bool {
        guard isNormal(a), isNormal(b) else { return !intersect(a, b).isEmpty }
        var i = a.startIndex, j = b.startIndex
        while i != a.endIndex && j != b.endIndex {
            if a[i].start < b[j].end && b[j].start < a[i].end { return true }
            if a[i].end < b[j].end { a.formIndex(after: &i) } else { b.formIndex(after: &j) }
        }
        return false
    }

    /// The minutes of `a` outside `b` (`minutes(subtract(a, b))`), without building a list when both are already
    /// in order.
    public static func minutes<A: RandomAccessCollection<Span>, B: RandomAccessCollection<Span>>(_ a: A, outside b: B) -> Int {
        guard isNormal(a), isNormal(b) else { return minutes(subtract(a, b)) }
        var total = 0, j = b.startIndex
        for piece in a {
            var start = piece.start
            while j != b.endIndex && b[j].end <= start { b.formIndex(after: &j) }
            var k = j
            while k != b.endIndex && b[k].start < piece.end {
                if b[k].start > start { total += b[k].start - start }
                start = max(start, b[k].end)
                if b[k].end > piece.end { break }
                b.formIndex(after: &k)
            }
            if start < piece.end { total += piece.end - start }
        }
        return total
    }

    public static func minutes<C: RandomAccessCollection<Span>>(_ spans: C) -> Int {
        isNormal(spans) ? spans.reduce(0) { $0 + $1.minutes } : union(spans).reduce(0) { $0 + $1.minutes }
    }
}

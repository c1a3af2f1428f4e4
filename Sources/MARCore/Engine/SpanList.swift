/// An administration's spans, stored in its run's `SpanArena`: a pointer and a count, so that copying an
/// administration copies no list and counts no reference. Valid only while the run that stored it lives.
struct SpanList: RandomAccessCollection {
    private let base: UnsafePointer<Span>?
    let count: Int

    init() {
        base = nil
        count = 0
    }

    fileprivate init(base: UnsafePointer<Span>, count: Int) {
        self.base = base
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> Span {
        precondition(position >= 0 && position < count, "span index out of range")
        return base![position]
    }
}

/// The spans of one run's administrations, written once into chunks that never move (freed with the run): one
/// allocation for a whole MAR, where a list per administration was one each.
final class SpanArena {
    private var chunks: [UnsafeMutablePointer<Span>] = []
    private var next: UnsafeMutablePointer<Span>?
    private var room = 0

    /// Copies `spans` into the arena.
    func store<C: Collection<Span>>(_ spans: C) -> SpanList {
        let n = spans.count
        guard n > 0 else { return SpanList() }
        if n > room {
            let size = max(128, n)
            let chunk = UnsafeMutablePointer<Span>.allocate(capacity: size)
            chunks.append(chunk)
            next = chunk
            room = size
        }
        let start = next!
        var i = 0
        for s in spans {
            (start + i).initialize(to: s)
            i += 1
        }
        next = start + n
        room -= n
        return SpanList(base: UnsafePointer(start), count: n)
    }

    deinit {
        // `Span` holds plain integers: nothing to deinitialize.
        for chunk in chunks { chunk.deallocate() }
    }
}

/// An administration's spans, stored in its run's `RunArena`: a pointer and a count, so that copying an
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

/// Where one run keeps its administrations' fields and spans: written once into chunks that never move, freed with
/// the run. One allocation or two for a whole MAR, where each administration was an object and a list or two.
/// Only the run that owns it touches it, one step at a time: the runtime's exclusivity checks are turned off.
final class RunArena {
    @exclusivity(unchecked) private var spans = Chunks<Span>()
    @exclusivity(unchecked) private var administrations = Chunks<Administration.Fields>()

    /// Copies `list` into the arena.
    func store<C: Collection<Span>>(_ list: C) -> SpanList {
        guard !list.isEmpty else { return SpanList() }
        return SpanList(base: UnsafePointer(spans.store(list)), count: list.count)
    }

    /// Copies an administration's fields into the arena.
    func store(_ fields: Administration.Fields) -> UnsafePointer<Administration.Fields> {
        UnsafePointer(administrations.store(CollectionOfOne(fields)))
    }

    deinit {
        spans.free()
        administrations.free()
    }
}

/// Chunks of plain values (no references: nothing to deinitialize) that never move once written.
private struct Chunks<Element> {
    private var all: [UnsafeMutablePointer<Element>] = []
    private var next: UnsafeMutablePointer<Element>?
    private var room = 0

    /// Copies `values` (at least one) into the last chunk, or a new one, and returns where they begin.
    mutating func store<C: Collection<Element>>(_ values: C) -> UnsafeMutablePointer<Element> {
        let n = values.count
        if n > room {
            let size = max(64, n)
            let chunk = plainAllocate(Element.self, capacity: size)
            all.append(chunk)
            next = chunk
            room = size
        }
        let start = next!
        var i = 0
        for v in values {
            (start + i).initialize(to: v)
            i += 1
        }
        next = start + n
        room -= n
        return start
    }

    func free() {
        for chunk in all { plainFree(chunk) }
    }
}

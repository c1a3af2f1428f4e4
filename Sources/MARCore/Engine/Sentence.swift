/// A sentence of an explanation, written as bytes while it is interpolated. The engine words a couple of hundred
/// sentences a run; as `String` interpolations they were about a third of an explained run's instructions (each
/// piece appended through the general string path, several hundred instructions a piece, the string regrown as it
/// went). Here each piece is copied into one buffer sized at the start, a number or a time digit by digit; `text`
/// makes the one `String`, and a sentence with nothing interpolated is its literal, never copied.
///
/// Written like a string: `trace.fire(.pushMax15, "\(name) ran \(minutes) min")`. What a sentence shows is exactly
/// what the same interpolation into a `String` shows (`SentenceTests`).
struct Sentence: ExpressibleByStringInterpolation, CustomStringConvertible {
    private enum Storage {
        case literal(String)
        case written(SentenceBytes)
    }
    private var storage: Storage

    init(stringLiteral literal: String) {
        storage = .literal(literal)
    }

    init(stringInterpolation: StringInterpolation) {
        storage = .written(stringInterpolation.bytes)
    }

    /// A sentence already written as a `String` (its text is that string, not a copy).
    init(_ text: String) {
        storage = .literal(text)
    }

    /// The sentence as text.
    var text: String {
        switch storage {
        case .literal(let text): text
        case .written(let bytes): bytes.text
        }
    }

    var description: String { text }

    /// Calls `body` with the sentence's bytes.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .literal(var text): text.withUTF8(body)
        case .written(let bytes): bytes.withBytes(body)
        }
    }

    /// Two sentences one after the other (long sentences are written as literals joined by `+`): the first one's
    /// buffer grows in place when it is its own.
    static func + (a: consuming Sentence, b: Sentence) -> Sentence {
        let needed = a.byteCount + b.byteCount
        var bytes: SentenceBytes
        if case .written(let own) = a.storage {
            a.storage = .literal("")   // `own` is now the only reference, unless the sentence was shared
            bytes = own
            if !isKnownUniquelyReferenced(&bytes) || !bytes.fits(b.byteCount) { bytes = bytes.grown(toHold: needed) }
        } else {
            bytes = SentenceBytes.make(capacity: 2 * needed)
            a.withBytes { bytes.append($0) }
        }
        b.withBytes { bytes.append($0) }
        return Sentence(bytes)
    }

    private init(_ bytes: SentenceBytes) {
        storage = .written(bytes)
    }

    private var byteCount: Int {
        switch storage {
        case .literal(let text): text.utf8.count
        case .written(let bytes): bytes.count
        }
    }

    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var bytes: SentenceBytes

        init(literalCapacity: Int, interpolationCount: Int) {
            // Interpolated pieces are names, times and numbers: two dozen bytes each covers nearly all.
            bytes = SentenceBytes.make(capacity: literalCapacity + 24 * interpolationCount)
        }

        // The appends stay out of line: inlined at the engine's couple of hundred sentence sites they grew its step
        // functions until the optimizer stopped inlining their other calls, and decide-only runs (which write no
        // sentence) got slower.
        @inline(never)
        mutating func appendLiteral(_ literal: String) {
            appendInterpolation(literal)
        }

        @inline(never)
        mutating func appendInterpolation(_ text: String) {
            var text = text   // a local copy can be read in place (engine strings are contiguous: nothing copied)
            text.withUTF8 { append($0) }
        }

        @inline(never)
        mutating func appendInterpolation(_ sentence: Sentence) {
            sentence.withBytes { append($0) }
        }

        mutating func appendInterpolation(_ number: Int) {
            var rest = number.magnitude
            // Digits from the last, into a small stack buffer (a sign and at most 20 digits).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
                var first = 21
                repeat {
                    first -= 1
                    digits[first] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                } while rest > 0
                if number < 0 {
                    first -= 1
                    digits[first] = UInt8(ascii: "-")
                }
                append(UnsafeBufferPointer(rebasing: digits[first...]))
            }
        }

        /// `22:15` or `01/04 22:15`, digit by digit (the same text as `Instant.clock` and `Instant.chart`).
        mutating func appendInterpolation(_ time: TimeWords) {
            let i = time.instant
            // Room for `MM/DD HH:MM` and the separator written after the minutes (then left out).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { out in
                var n = 0
                func two(_ v: Int, then separator: UInt8) {
                    out[n] = UInt8(ascii: "0") + UInt8(v / 10)
                    out[n + 1] = UInt8(ascii: "0") + UInt8(v % 10)
                    out[n + 2] = separator
                    n += 3
                }
                if time.withDate {
                    let d = i.date
                    two(d.month, then: UInt8(ascii: "/"))
                    two(d.day, then: UInt8(ascii: " "))
                }
                two(i.hour, then: UInt8(ascii: ":"))
                two(i.minute, then: 0)
                append(UnsafeBufferPointer(rebasing: out[..<(n - 1)]))
            }
        }

        /// Anything else, as `String` interpolation shows it.
        mutating func appendInterpolation<T>(_ value: T) {
            appendInterpolation(String(describing: value))
        }

        @inline(never)
        private mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
            if !bytes.fits(piece.count) { bytes = bytes.grown(toHold: bytes.count + piece.count) }
            bytes.append(piece)
        }
    }
}

/// A sentence's bytes: how many and room for how many in the header, the bytes after it, in one allocation. Read
/// through pointers only: the header as a class property is checked for exclusive access at every touch, and
/// `capacity` asks the allocator.
final class SentenceBytes: ManagedBuffer<SentenceBytes.Size, UInt8> {
    struct Size {
        var count: Int
        let room: Int
    }

    static func make(capacity: Int) -> SentenceBytes {
        let room = max(capacity, 16)
        // `create` returns the class it is called on.
        return unsafeDowncast(create(minimumCapacity: room) { _ in Size(count: 0, room: room) }, to: SentenceBytes.self)
    }

    var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// Whether `more` bytes fit after the ones written.
    func fits(_ more: Int) -> Bool {
        withUnsafeMutablePointerToHeader { $0.pointee.count + more <= $0.pointee.room }
    }

    /// Appends `piece`, which must fit (`grown(toHold:)` first when it may not).
    @inline(__always)
    func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, piece.count > 0 else { return }
        withUnsafeMutablePointers { size, bytes in
            precondition(size.pointee.count + piece.count <= size.pointee.room,
                         "a sentence's buffer must be grown before appending")
            (bytes + size.pointee.count).update(from: source, count: piece.count)
            size.pointee.count += piece.count
        }
    }

    /// A copy with room for `needed` bytes (twice, so that a sentence regrows rarely).
    func grown(toHold needed: Int) -> SentenceBytes {
        let copy = SentenceBytes.make(capacity: 2 * needed)
        withBytes { copy.append($0) }
        return copy
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeMutablePointers { size, bytes in body(UnsafeBufferPointer(start: bytes, count: size.pointee.count)) }
    }

    var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }
}

/// A time as the engine words it: `22:15`, or `01/04 22:15` when the scenario spans several dates. Written into a
/// sentence digit by digit; as text (`description`) the same as `Instant.clock` or `Instant.chart`.
struct TimeWords: CustomStringConvertible {
    let instant: Instant
    let withDate: Bool

    init(_ instant: Instant, withDate: Bool) {
        self.instant = instant
        self.withDate = withDate
    }

    var description: String { withDate ? instant.chart : instant.clock }
}

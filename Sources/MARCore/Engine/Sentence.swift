/// A sentence of an explanation, written as bytes while it is interpolated. The engine words a couple of hundred
/// sentences a run; as `String` interpolations they were about a third of an explained run's instructions (each
/// piece appended through the general string path, several hundred instructions a piece, the string regrown as it
/// went). Here each piece is copied into one buffer sized at the start, a number or a time digit by digit, and a
/// literal piece straight from where the compiler put it. The engine's output keeps its sentences as they are
/// (`Emission.reasonSentence`, `Firing.messageSentence`, …; one sentence shared by a code and its firing is one
/// buffer): `text` makes a `String` when one is read, and a sentence with nothing interpolated is its literal, never
/// copied.
///
/// Written like a string: `trace.fire(.pushMax15, "\(name) ran \(minutes) min")`. What a sentence shows is exactly
/// what the same interpolation into a `String` shows (`SentenceTests`).
// Unchecked Sendable: a written buffer is changed only while one sentence holds it (`+` checks), never once shared.
public struct Sentence: ExpressibleByStringInterpolation, CustomStringConvertible, Hashable, @unchecked Sendable {
    // Two plain fields and one reference, not an enum: copying or dropping a sentence is one retain or release (an
    // enum of a literal, a string and a buffer was a call to an outlined switch at every copy of a record).
    /// A literal's bytes where the compiler put them, when nothing was written (`written` is nil).
    private var literal: UnsafePointer<UInt8>?
    private var literalCount: Int
    /// The written bytes: an interpolation, a join, or text that came as a `String`.
    private var written: SentenceBytes?

    public init(stringLiteral literal: StaticString) {
        if literal.hasPointerRepresentation {
            self.literal = literal.utf8Start
            literalCount = literal.utf8CodeUnitCount
            written = nil
        } else {
            // A literal of one scalar holds it as a value: its bytes exist only while read, so they are copied.
            self.literal = nil
            literalCount = 0
            written = literal.withUTF8Buffer { SentenceBytes.make(copying: $0) }
        }
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(stringInterpolation.bytes)
    }

    /// A sentence with the text of `text` (its bytes copied once; nothing allocated for an empty one).
    public init(_ text: String) {
        if text.isEmpty {
            self = ""
            return
        }
        var text = text
        self.init(text.withUTF8 { SentenceBytes.make(copying: $0) })
    }

    private init(_ bytes: SentenceBytes) {
        literal = nil
        literalCount = 0
        written = bytes
    }

    /// The sentence as text (made when asked for: the engine keeps its sentences as bytes).
    public var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    public var description: String { text }

    public var isEmpty: Bool { byteCount == 0 }

    /// Calls `body` with the sentence's UTF-8 bytes.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let written { return written.withBytes(body) }
        return body(UnsafeBufferPointer(start: literal, count: literalCount))
    }

    /// The same bytes (however each sentence was made).
    public static func == (a: Sentence, b: Sentence) -> Bool {
        a.withBytes { x in b.withBytes { y in ByteText.same(x, y) } }
    }

    /// A fingerprint of the bytes (`ByteText.fingerprint`): equal sentences hash alike however they were made.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(withBytes { ByteText.fingerprint($0, seed: 0) })
    }

    /// Two sentences one after the other (long sentences are written as literals joined by `+`): the first one's
    /// buffer grows in place when it is its own.
    public static func + (a: consuming Sentence, b: Sentence) -> Sentence {
        let needed = a.byteCount + b.byteCount
        if var bytes = a.written {
            a.written = nil   // `bytes` is now the only reference, unless the sentence was shared
            if !isKnownUniquelyReferenced(&bytes) || !bytes.fits(b.byteCount) { bytes = bytes.grown(toHold: needed) }
            b.withBytes { bytes.append($0) }
            return Sentence(bytes)
        }
        let bytes = SentenceBytes.make(capacity: 2 * needed)
        a.withBytes { bytes.append($0) }
        b.withBytes { bytes.append($0) }
        return Sentence(bytes)
    }

    private var byteCount: Int { written?.count ?? literalCount }

    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var bytes: SentenceBytes

        public init(literalCapacity: Int, interpolationCount: Int) {
            // Interpolated pieces are names, times and numbers: two dozen bytes each covers nearly all.
            bytes = SentenceBytes.make(capacity: literalCapacity + 24 * interpolationCount)
        }

        // The appends stay out of line: inlined at the engine's couple of hundred sentence sites they grew its step
        // functions until the optimizer stopped inlining their other calls, and decide-only runs (which write no
        // sentence) got slower.
        @inline(never)
        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { append($0) }
        }

        @inline(never)
        public mutating func appendInterpolation(_ text: String) {
            var text = text   // a local copy can be read in place (engine strings are contiguous: nothing copied)
            text.withUTF8 { append($0) }
        }

        @inline(never)
        public mutating func appendInterpolation(_ sentence: Sentence) {
            sentence.withBytes { append($0) }
        }

        public mutating func appendInterpolation(_ number: Int) {
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
        public mutating func appendInterpolation<T>(_ value: T) {
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

    /// A buffer holding a copy of `bytes` (and no more room).
    static func make(copying bytes: UnsafeBufferPointer<UInt8>) -> SentenceBytes {
        let made = make(capacity: bytes.count)
        made.append(bytes)
        return made
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

extension Sequence where Element == Sentence {
    /// The sentences one after another, `separator` between each two, in one buffer.
    func joined(separator: StaticString) -> Sentence {
        var out = Sentence.StringInterpolation(literalCapacity: 64, interpolationCount: 0)
        var first = true
        for sentence in self {
            if !first { out.appendLiteral(separator) }
            first = false
            out.appendInterpolation(sentence)
        }
        return Sentence(stringInterpolation: out)
    }
}

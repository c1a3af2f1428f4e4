#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sentence of an explanation, written as bytes while it is interpolated. The engine words a couple of hundred
/// sentences a run; as `String` interpolations they were about a third of an explained run's instructions (each
/// piece appended through the general string path, several hundred instructions a piece, the string regrown as it
/// went), and as a buffer each, a quarter of its allocations. Here the pieces are copied onto the stack (a number or
/// a time digit by digit, a literal straight from where the compiler put it), and the finished sentence into the
/// thread's current page of sentences (`SentencePage`): one allocation for a few dozen sentences. The engine's
/// output keeps its sentences as they are (`Emission.reasonSentence`, `Firing.messageSentence`, …; a code and its
/// firing share one): `text` makes a `String` when one is read, and a sentence with nothing interpolated is its
/// literal, never copied.
///
/// Written like a string: `trace.fire(.pushMax15, "\(name) ran \(minutes) min")`. What a sentence shows is exactly
/// what the same interpolation into a `String` shows (`SentenceTests`).
// Unchecked Sendable: written bytes never change; a page only grows past them, on the thread that owns it.
public struct Sentence: ExpressibleByStringInterpolation, CustomStringConvertible, Hashable, @unchecked Sendable {
    /// The first byte: in a literal where the compiler put it, or in `page`.
    private var start: UnsafePointer<UInt8>?
    private var count: Int
    /// What keeps written bytes alive (nil for a literal).
    private var page: SentencePage?

    private init(start: UnsafePointer<UInt8>?, count: Int, page: SentencePage?) {
        self.start = start
        self.count = count
        self.page = page
    }

    public init(stringLiteral literal: StaticString) {
        // A literal of one scalar may hold it as a value, whose bytes exist only while read: those are copied.
        self = literal.hasPointerRepresentation
            ? Sentence(start: literal.utf8Start, count: literal.utf8CodeUnitCount, page: nil)
            : literal.withUTF8Buffer { Sentence.written($0) }
    }

    public init(stringInterpolation: StringInterpolation) {
        self = stringInterpolation.finished()
    }

    /// A sentence with the text of `text` (its bytes copied once; nothing for an empty one).
    public init(_ text: String) {
        if text.isEmpty {
            self = ""
        } else {
            var text = text
            self = text.withUTF8 { Sentence.written($0) }
        }
    }

    /// `bytes` (then `more`) copied into this thread's page.
    fileprivate static func written(_ bytes: UnsafeBufferPointer<UInt8>,
                                    _ more: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0)) -> Sentence {
        let page = SentencePage.current(withRoomFor: bytes.count + more.count)
        let start = page.end
        page.append(bytes)
        page.append(more)
        return Sentence(start: start, count: bytes.count + more.count, page: page)
    }

    /// The sentence as text (made when asked for: the engine keeps its sentences as bytes).
    public var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    public var description: String { text }

    public var isEmpty: Bool { count == 0 }

    /// Calls `body` with the sentence's UTF-8 bytes.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withExtendedLifetime(page) { body(UnsafeBufferPointer(start: start, count: count)) }
    }

    /// The same bytes (however each sentence was made).
    public static func == (a: Sentence, b: Sentence) -> Bool {
        a.withBytes { x in b.withBytes { y in ByteText.same(x, y) } }
    }

    /// A fingerprint of the bytes (`ByteText.fingerprint`): equal sentences hash alike however they were made.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(withBytes { ByteText.fingerprint($0, seed: 0) })
    }

    /// Two sentences one after the other (long sentences are written as pieces joined by `+`). Pieces written one
    /// after another are already one after the other in their page: nothing is copied. A literal added to the
    /// sentence last written on this thread is written after it, in place.
    public static func + (a: Sentence, b: Sentence) -> Sentence {
        if b.count == 0 { return a }
        if a.count == 0 { return b }
        if let page = a.page, let start = a.start {
            let end = start + a.count
            if b.page === page && b.start == end {
                return Sentence(start: start, count: a.count + b.count, page: page)
            }
            // Only this thread's page grows (and only its header is read here).
            if page === SentencePage.current && page.end == end && page.fits(b.count) {
                b.withBytes { page.append($0) }
                return Sentence(start: start, count: a.count + b.count, page: page)
            }
        }
        return a.withBytes { x in b.withBytes { y in Sentence.written(x, y) } }
    }

    /// A sentence being written: its pieces, appended by the interpolation the compiler writes for each literal.
    public struct StringInterpolation: StringInterpolationProtocol {
        /// The bytes so far: on the stack while they fit, then in a page of the sentence's own (`spill`).
        private var scratch = InlineArray<256, UInt8>(repeating: 0)
        private var count = 0
        private var spill: SentencePage?

        public init(literalCapacity: Int, interpolationCount: Int) {}

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

        /// `22:15` or `01/04 22:15`, digit by digit (the same text as `Instant.clock` and `Instant.chart`), written
        /// into two words on the stack and appended as one piece.
        mutating func appendInterpolation(_ time: TimeWords) {
            let i = time.instant
            var words: (UInt64, UInt64) = (0, 0)
            let n = withUnsafeMutableBytes(of: &words) { out -> Int in
                var n = 0
                // Two digits and the separator after them (the last separator is then left out).
                func two(_ v: Int, then separator: UInt8) {
                    out[n] = UInt8(truncatingIfNeeded: 48 + v / 10)
                    out[n + 1] = UInt8(truncatingIfNeeded: 48 + v % 10)
                    out[n + 2] = separator
                    n += 3
                }
                if time.withDate {
                    let d = i.date
                    two(d.month, then: UInt8(ascii: "/"))
                    two(d.day, then: UInt8(ascii: " "))
                }
                let minuteOfDay = i.minutes - 1440 * i.day
                two(minuteOfDay / 60, then: UInt8(ascii: ":"))
                two(minuteOfDay % 60, then: 0)
                return n - 1
            }
            withUnsafeBytes(of: &words) { append(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)) }
        }

        /// Anything else, as `String` interpolation shows it.
        public mutating func appendInterpolation<T>(_ value: T) {
            appendInterpolation(String(describing: value))
        }

        @inline(never)
        private mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
            guard let source = piece.baseAddress, piece.count > 0 else { return }
            let n = piece.count
            if spill == nil && count + n <= scratch.count {
                let at = count
                withUnsafeMutableBytes(of: &scratch) { raw in
                    let to = raw.baseAddress! + at
                    // Most pieces are short (a number, a time, a name): copied here by words, not by a call.
                    if n >= 8 && n <= 16 {
                        to.storeBytes(of: UnsafeRawPointer(source).loadUnaligned(as: UInt64.self), as: UInt64.self)
                        (to + (n - 8)).storeBytes(of: UnsafeRawPointer(source + (n - 8)).loadUnaligned(as: UInt64.self),
                                                  as: UInt64.self)
                    } else if n < 8 {
                        for k in 0..<n { to.storeBytes(of: source[k], toByteOffset: k, as: UInt8.self) }
                    } else {
                        to.copyMemory(from: source, byteCount: n)
                    }
                }
                count += n
                return
            }
            if spill == nil {
                // Longer than the stack holds (rare): a page of its own, room to double.
                let own = SentencePage.make(capacity: 2 * (count + piece.count))
                onStack { own.append($0) }
                spill = own
            } else if !spill!.fits(piece.count) {
                spill = spill!.grown(toHold: count + piece.count)
            }
            spill!.append(piece)
            count += piece.count
        }

        /// The sentence: its bytes copied into this thread's page, or its own page when it spilled.
        fileprivate func finished() -> Sentence {
            if let spill { return Sentence(start: spill.start, count: count, page: spill) }
            return onStack { Sentence.written($0) }
        }

        /// Calls `body` with the bytes written on the stack so far.
        @inline(__always)
        private func onStack<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            withUnsafeBytes(of: scratch) { body(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)) }
        }
    }
}

/// A page of written sentences, one after another: how many bytes and room for how many in the header, the bytes
/// after it, in one allocation. Each thread writes into its current page (kept in a thread-specific slot) until it
/// is full, then starts another; a sentence keeps its page alive. Bytes once written never change, and their
/// address is the page's for its life (its elements are stored in the object itself). Read through pointers only:
/// the header as a class property is checked for exclusive access at every touch, and `capacity` asks the allocator.
final class SentencePage: ManagedBuffer<SentencePage.Size, UInt8> {
    struct Size {
        var count: Int
        let room: Int
    }

    /// Room in a thread's page: about forty sentences.
    static let pageSize = 4096 - 64

    static func make(capacity: Int) -> SentencePage {
        let room = max(capacity, 16)
        // `create` returns the class it is called on.
        return unsafeDowncast(create(minimumCapacity: room) { _ in Size(count: 0, room: room) }, to: SentencePage.self)
    }

    /// This thread's current page (nil before its first sentence).
    static var current: SentencePage? {
        pthread_getspecific(currentKey).map { Unmanaged<SentencePage>.fromOpaque($0).takeUnretainedValue() }
    }

    /// This thread's current page, a new one when `needed` bytes do not fit in it.
    static func current(withRoomFor needed: Int) -> SentencePage {
        if let page = current, page.fits(needed) { return page }
        let page = make(capacity: max(pageSize, needed))
        let old = pthread_getspecific(currentKey)
        pthread_setspecific(currentKey, Unmanaged.passRetained(page).toOpaque())
        if let old { Unmanaged<SentencePage>.fromOpaque(old).release() }
        return page
    }

    /// The slot of each thread's current page; the page is released when the thread ends.
    private static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        let made = pthread_key_create(&key) { page in
            if let page { Unmanaged<SentencePage>.fromOpaque(page).release() }
        }
        precondition(made == 0, "no thread-specific slot for the sentence pages")
        return key
    }()

    var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// The first byte (stable for the page's life).
    var start: UnsafePointer<UInt8> { UnsafePointer(withUnsafeMutablePointerToElements { $0 }) }

    /// Where the next byte goes.
    var end: UnsafePointer<UInt8> { withUnsafeMutablePointers { size, bytes in UnsafePointer(bytes + size.pointee.count) } }

    /// Whether `more` bytes fit after the ones written.
    func fits(_ more: Int) -> Bool {
        withUnsafeMutablePointerToHeader { $0.pointee.count + more <= $0.pointee.room }
    }

    /// Appends `piece`, which must fit (`fits` first).
    @inline(__always)
    func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, piece.count > 0 else { return }
        withUnsafeMutablePointers { size, bytes in
            precondition(size.pointee.count + piece.count <= size.pointee.room, "a sentence page must have room first")
            (bytes + size.pointee.count).update(from: source, count: piece.count)
            size.pointee.count += piece.count
        }
    }

    /// A copy with room for `needed` bytes (twice, so that a long sentence regrows rarely).
    func grown(toHold needed: Int) -> SentencePage {
        let copy = SentencePage.make(capacity: 2 * needed)
        copy.append(UnsafeBufferPointer(start: start, count: count))
        return copy
    }
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

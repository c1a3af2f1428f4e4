import MARCore

/// Compact JSON written straight into bytes, with the exact spelling of `JSON.rendered()`
/// (`", "` between items, `": "` after keys, the same escapes): for output that is large or
/// streamed, without building a `JSON` tree or joining strings first.
///
/// Not copyable: it owns the memory it writes into, alone, and frees it when it goes. A byte is written with a store
/// (an `[UInt8]`'s append checks the array's uniqueness through the runtime at every byte, and a report is a few
/// kilobytes written a piece at a time).
public struct JSONBytes: ~Copyable, @unchecked Sendable {
    /// `capacity` bytes, the first `written` of them written.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var written = 0
    /// Whether the next item of the open container takes a `", "` before it.
    private var needsSeparator = false

    public init(reservingCapacity capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far, as a list (a copy).
    public var bytes: [UInt8] { withBytes { Array($0) } }

    /// How many bytes are written.
    public var count: Int { written }

    /// Calls `body` with the bytes written so far (no copy).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: written))
    }

    /// Forgets the bytes but keeps the storage, to write the next value into it.
    public mutating func removeAll() {
        written = 0
        needsSeparator = false
    }

    // MARK: bytes

    /// Room for `n` more bytes (twice the room, or more, when they do not fit).
    @inline(__always)
    private mutating func room(_ n: Int) {
        if written + n > capacity { grow(toHold: written + n) }
    }

    private mutating func grow(toHold needed: Int) {
        let larger = max(2 * capacity, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: written)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        room(1)
        base[written] = b
        written += 1
    }

    private mutating func put(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let from = piece.baseAddress, piece.count > 0 else { return }
        room(piece.count)
        (base + written).update(from: from, count: piece.count)
        written += piece.count
    }

    // MARK: containers

    public mutating func beginObject() { separate(); put(UInt8(ascii: "{")); needsSeparator = false }
    public mutating func endObject() { put(UInt8(ascii: "}")); needsSeparator = true }
    public mutating func beginArray() { separate(); put(UInt8(ascii: "[")); needsSeparator = false }
    public mutating func endArray() { put(UInt8(ascii: "]")); needsSeparator = true }

    /// A key of the object being written, as the program spells it (a literal: its bytes are read where the
    /// compiler put them); its value comes next.
    public mutating func key(_ k: StaticString) {
        guard k.hasPointerRepresentation else { return key(text: k.description) }
        separate()
        writeKey(UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
    }

    /// A key made while running; its value comes next.
    public mutating func key(text k: String) {
        separate()
        var k = k
        k.withUTF8 { writeKey($0) }
    }

    /// `"key": `, escaped when it needs to be.
    private mutating func writeKey(_ key: UnsafeBufferPointer<UInt8>) {
        quote(utf8: key)
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
        needsSeparator = false
    }

    private mutating func separate() {
        if needsSeparator {
            put(UInt8(ascii: ","))
            put(UInt8(ascii: " "))
        }
        needsSeparator = true
    }

    // MARK: values

    public mutating func string(_ s: String) { separate(); quote(s) }
    /// An explanation the engine wrote, straight from its bytes (no `String` made).
    public mutating func string(_ s: Sentence) { separate(); s.withBytes { quote(utf8: $0) } }
    public mutating func null() { separate(); put(UInt8(ascii: "n")); put(UInt8(ascii: "u")); put(UInt8(ascii: "l")); put(UInt8(ascii: "l")) }
    public mutating func int(_ i: Int) { separate(); decimal(i) }
    public mutating func optionalString(_ s: String?) { if let s { string(s) } else { null() } }
    public mutating func optionalInt(_ i: Int?) { if let i { int(i) } else { null() } }
    public mutating func strings<S: Sequence>(_ xs: S) where S.Element == String {
        beginArray()
        for x in xs { string(x) }
        endArray()
    }

    /// `2026-01-04` (as `CalendarDate.iso`).
    public mutating func date(_ d: CalendarDate) {
        separate()
        put(UInt8(ascii: "\""))
        isoDate(d)
        put(UInt8(ascii: "\""))
    }

    /// `2026-01-04T22:15` (as `Instant.iso`).
    public mutating func instant(_ t: Instant) {
        separate()
        let d = t.date
        guard (0...9999).contains(d.year) else {
            // Years of other widths, digit by digit (as `pad` writes them).
            put(UInt8(ascii: "\""))
            isoDate(d)
            put(UInt8(ascii: "T"))
            padded(t.hour, 2)
            put(UInt8(ascii: ":"))
            padded(t.minute, 2)
            put(UInt8(ascii: "\""))
            return
        }
        // `"YYYY-MM-DDTHH:MM"` written on the stack and added as one piece.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 18) { out in
            func digits(_ v: Int, _ width: Int, at i: Int) {
                var v = v
                for k in stride(from: i + width - 1, through: i, by: -1) {
                    out[k] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            out[0] = UInt8(ascii: "\"")
            digits(d.year, 4, at: 1)
            out[5] = UInt8(ascii: "-")
            digits(d.month, 2, at: 6)
            out[8] = UInt8(ascii: "-")
            digits(d.day, 2, at: 9)
            out[11] = UInt8(ascii: "T")
            digits(t.hour, 2, at: 12)
            out[14] = UInt8(ascii: ":")
            digits(t.minute, 2, at: 15)
            out[17] = UInt8(ascii: "\"")
            put(UnsafeBufferPointer(out))
        }
    }

    public mutating func optionalInstant(_ t: Instant?) { if let t { instant(t) } else { null() } }

    // MARK: pieces

    private mutating func isoDate(_ d: CalendarDate) {
        padded(d.year, 4)
        put(UInt8(ascii: "-"))
        padded(d.month, 2)
        put(UInt8(ascii: "-"))
        padded(d.day, 2)
    }

    /// As MARCore's `pad`: zeros on the left of `String(n)` up to `width` characters.
    private mutating func padded(_ n: Int, _ width: Int) {
        var count = n < 0 ? 1 : 0
        var m = n.magnitude
        repeat { count += 1; m /= 10 } while m > 0
        for _ in count..<max(width, count) { put(UInt8(ascii: "0")) }
        decimal(n)
    }

    private mutating func decimal(_ n: Int) {
        if n < 0 { put(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            for i in stride(from: count - 1, through: 0, by: -1) { put(d[i]) }
        }
    }

    /// Whether a word's eight bytes are all plain: none below 0x20, none `"` or `\` (the test says exactly whether
    /// any byte of the word is one, whatever the other bytes hold).
    @inline(__always)
    private static func isPlain(word w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        let special = ((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return special & high == 0
    }

    /// Whether no byte needs an escape, eight at a time.
    private static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count, raw = UnsafeRawBufferPointer(utf8)
        guard n >= 8 else {
            // A short text as one word, padded with a plain byte.
            var word: UInt64 = 0x4141_4141_4141_4141
            if n > 0 { withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[..<n])) } }
            return isPlain(word: word)
        }
        var i = 0
        while i + 8 <= n {
            if !isPlain(word: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
            i += 8
        }
        // The last bytes in the last eight (overlapping a word already tested).
        return i == n || isPlain(word: raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
    }

    /// A byte written as an escape: a control byte, `"` or `\`.
    private static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") }

    /// As `JSON.quote`: `"` and `\` escaped, `\n` `\r` `\t` by name, other control bytes as `\u00XX`.
    private mutating func quote(_ s: String) {
        var s = s
        s.withUTF8 { quote(utf8: $0) }
    }

    private mutating func quote(utf8: UnsafeBufferPointer<UInt8>) {
        if let from = utf8.baseAddress, Self.isPlain(utf8) {
            // Nothing to escape (nearly every text): the quotes and the bytes with one room check (three `put`s
            // cost the JSON writer an eighth more).
            let n = utf8.count
            room(n + 2)
            base[written] = UInt8(ascii: "\"")
            (base + written + 1).update(from: from, count: n)
            base[written + n + 1] = UInt8(ascii: "\"")
            written += n + 2
            return
        }
        put(UInt8(ascii: "\""))
        defer { put(UInt8(ascii: "\"")) }
        // Copy runs of plain bytes whole; escape the few that need it.
        var runStart = 0, i = 0
        let n = utf8.count
        let raw = UnsafeRawBufferPointer(utf8)
        while i < n {
            // Eight plain bytes at a time.
            if i + 8 <= n, Self.isPlain(word: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let b = utf8[i]
            if !Self.needsEscape(b) { i += 1; continue }
            put(UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            put(UInt8(ascii: "\\"))
            switch b {
            case UInt8(ascii: "\""): put(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): put(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): put(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): put(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): put(UInt8(ascii: "t"))
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                for h in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]] { put(h) }
            }
            i += 1
            runStart = i
        }
        put(UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
    }
}

import MARCore

/// Compact JSON written straight into bytes, with the exact spelling of `JSON.rendered()`
/// (`", "` between items, `": "` after keys, the same escapes): for output that is large or
/// streamed, without building a `JSON` tree or joining strings first.
public struct JSONBytes: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next item of the open container takes a `", "` before it.
    private var needsSeparator = false

    public init(reservingCapacity capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Forgets the bytes but keeps the storage, to write the next value into it.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsSeparator = false
    }

    // MARK: containers

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsSeparator = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsSeparator = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsSeparator = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsSeparator = true }

    /// A key of the object being written; its value comes next.
    public mutating func key(_ k: String) {
        separate()
        var k = k
        k.withUTF8 { key in
            // A short key with nothing to escape (every key of the code report) goes in as one piece: `"key": `.
            if key.count <= 60, !key.contains(where: Self.needsEscape) {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count + 4) { out in
                    out[0] = UInt8(ascii: "\"")
                    for i in 0..<key.count { out[i + 1] = key[i] }
                    out[key.count + 1] = UInt8(ascii: "\"")
                    out[key.count + 2] = UInt8(ascii: ":")
                    out[key.count + 3] = UInt8(ascii: " ")
                    bytes.append(contentsOf: UnsafeBufferPointer(out))
                }
            } else {
                quote(utf8: key)
                bytes.append(UInt8(ascii: ":"))
                bytes.append(UInt8(ascii: " "))
            }
        }
        needsSeparator = false
    }

    private mutating func separate() {
        if needsSeparator {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
        }
        needsSeparator = true
    }

    // MARK: values

    public mutating func string(_ s: String) { separate(); quote(s) }
    /// An explanation the engine wrote, straight from its bytes (no `String` made).
    public mutating func string(_ s: Sentence) { separate(); s.withBytes { quote(utf8: $0) } }
    public mutating func null() { separate(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
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
        bytes.append(UInt8(ascii: "\""))
        isoDate(d)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `2026-01-04T22:15` (as `Instant.iso`).
    public mutating func instant(_ t: Instant) {
        separate()
        let d = t.date
        guard (0...9999).contains(d.year) else {
            // Years of other widths, digit by digit (as `pad` writes them).
            bytes.append(UInt8(ascii: "\""))
            isoDate(d)
            bytes.append(UInt8(ascii: "T"))
            padded(t.hour, 2)
            bytes.append(UInt8(ascii: ":"))
            padded(t.minute, 2)
            bytes.append(UInt8(ascii: "\""))
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
            bytes.append(contentsOf: UnsafeBufferPointer(out))
        }
    }

    public mutating func optionalInstant(_ t: Instant?) { if let t { instant(t) } else { null() } }

    // MARK: pieces

    private mutating func isoDate(_ d: CalendarDate) {
        padded(d.year, 4)
        bytes.append(UInt8(ascii: "-"))
        padded(d.month, 2)
        bytes.append(UInt8(ascii: "-"))
        padded(d.day, 2)
    }

    /// As MARCore's `pad`: zeros on the left of `String(n)` up to `width` characters.
    private mutating func padded(_ n: Int, _ width: Int) {
        var count = n < 0 ? 1 : 0
        var m = n.magnitude
        repeat { count += 1; m /= 10 } while m > 0
        for _ in count..<max(width, count) { bytes.append(UInt8(ascii: "0")) }
        decimal(n)
    }

    private mutating func decimal(_ n: Int) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
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
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    /// A byte written as an escape: a control byte, `"` or `\`.
    private static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") }

    /// As `JSON.quote`: `"` and `\` escaped, `\n` `\r` `\t` by name, other control bytes as `\u00XX`.
    private mutating func quote(_ s: String) {
        var s = s
        s.withUTF8 { quote(utf8: $0) }
    }

    private mutating func quote(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        do {
            // Copy runs of plain bytes whole; escape the few that need it.
            var runStart = 0, i = 0
            let n = utf8.count
            let raw = UnsafeRawBufferPointer(utf8)
            let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
            while i < n {
                // Eight plain bytes at a time: none below 0x20, none `"` or `\` (each test says exactly whether
                // any byte of the word is one, whatever the other bytes hold).
                if i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                    let special = ((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                    if special & high == 0 { i += 8; continue }
                }
                let b = utf8[i]
                if !Self.needsEscape(b) { i += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]])
                }
                i += 1
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

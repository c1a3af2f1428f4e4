/// Byte-wise looks at text the engine writes itself, a machine word at a time. The engine's messages are its own,
/// so Unicode-aware comparison (slow for "–" and "⌊", which make a string non-ASCII) buys nothing there.
enum ByteText {
    /// Whether two texts hold the same bytes.
    static func same(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = x.count
        guard n == y.count else { return false }
        let rx = UnsafeRawBufferPointer(x), ry = UnsafeRawBufferPointer(y)
        var i = 0
        while i + 8 <= n {
            if rx.loadUnaligned(fromByteOffset: i, as: UInt64.self) != ry.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < n {
            if x[i] != y[i] { return false }
            i += 1
        }
        return true
    }

    /// A fingerprint of a text from its length and every byte, read a word at a time: equal fingerprints are still
    /// compared whole. (Every byte, not only the ends: the engine's messages are templates, and many differ only in
    /// the middle — a time, a count of minutes — so a fingerprint of the ends made them all collide.)
    static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let n = bytes.count
        var h = (seed ^ UInt64(n)) &* 0x9E37_79B9_7F4A_7C15
        func mix(_ w: UInt64) { h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD; h ^= h >> 29 }
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= n {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            // The last eight bytes at once (overlapping words already read) when there are eight.
            if n >= 8 {
                mix(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
            } else {
                var tail: UInt64 = 0
                while i < n { tail = tail << 8 | UInt64(bytes[i]); i += 1 }
                mix(tail)
            }
        }
        return h
    }
}

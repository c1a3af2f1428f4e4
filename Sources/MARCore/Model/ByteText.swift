/// Byte-wise looks at text the engine writes itself, a machine word at a time. The engine's messages are its own,
/// so Unicode-aware comparison (slow for "–" and "⌊", which make a string non-ASCII) buys nothing there.
package enum ByteText {
    /// Whether two texts hold the same bytes.
    package static func same(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
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
    package static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let n = bytes.count
        // Two lanes of sixteen bytes a step, each word folded in by one multiply (a bijection, so no word's bits are
        // lost); the lanes and the length are mixed once at the end, high bits into the low ones a table uses.
        var a = (seed ^ UInt64(n)) &* 0x9E37_79B9_7F4A_7C15, b = a ^ 0xC2B2_AE3D_27D4_EB4F
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 16 <= n {
            a = (a ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            b = (b ^ raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
            i += 16
        }
        if i + 8 <= n {
            a = (a ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            i += 8
        }
        if i < n {
            // The last eight bytes at once (overlapping a word already read) when there are eight.
            var tail: UInt64 = 0
            if n >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else {
                while i < n { tail = tail << 8 | UInt64(bytes[i]); i += 1 }
            }
            b = (b ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        var h = a ^ (b << 31 | b >> 33)
        h = (h ^ h >> 33) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        return h
    }
}

import Foundation

// Small looks at UTF-8 bytes for the loader's byte paths (used only where a byte is a Character: ASCII).

/// Whether `x` begins with the bytes of `prefix` (compared with `memcmp`).
func startsWithBytes(_ x: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
    guard prefix.count > 0 else { return true }
    guard x.count >= prefix.count, let a = x.baseAddress, let b = prefix.baseAddress else { return false }
    return memcmp(a, b, prefix.count) == 0
}

/// `A`–`Z` as `a`–`z`; every other byte as it is.
func asciiLowercased(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b | 0x20 : b }

/// `0`–`9`, `A`–`Z` or `a`–`z`.
func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
    (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
}

/// FNV-1a: a cheap digest, computed once, for identifiers the engine hashes many times (rule ids, drug keys) and
/// for the short fingerprint of a firing's message.
func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from start: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    var h = start
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

/// FNV-1a over a string's UTF-8.
func fnv1a(_ text: String) -> UInt64 { fnv1a(text.utf8) }

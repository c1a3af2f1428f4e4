/// FNV-1a: a cheap digest, computed once, for identifiers the engine hashes many times (drug keys).
func fnv1a(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

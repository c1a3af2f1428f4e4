import MARCore

/// Reads MAR entries: `MM/DD HH:MM Action [free text]` strings and `{at, action, rate, …}` maps.
struct EntryReader {
    let r: NodeReader
    let years: YearResolver

    static let mapKeys = ["at", "action", "rate", "dose", "purpose", "reason", "note"]
    static let actionList = Action.allCases.map(\.rawValue)
    static let actionListText = actionList + ["or one of their aliases"]

    /// An entry and the location of its time, or nil after logging why.
    func read(_ node: Node) -> (MAREntry, SourceLocation)? {
        if case .mapping = node { return readMap(node) }
        guard let text = r.string(node, "an entry") else { return nil }
        let (time, rest, at): (ChartTime, Substring, SourceLocation)
        do {
            (time, rest) = try ChartTime.parsePrefix(text)
            at = r.textStart(node)
        } catch {
            r.log.error(r.location(node, offset: error.offset), error.message)
            return nil
        }
        guard let (action, charted, after) = Self.matchAction(rest) else {
            let restOffset = text.unicodeScalars.count - rest.unicodeScalars.count
            reportUnknownAction(String(rest), at: r.location(node, offset: restOffset))
            return nil
        }
        guard let instant = years.place(time) else {
            r.log.error(at, "\(text) is not a day of any year near the encounter")
            return nil
        }
        let note = after.trimmingWhitespace()
        return (MAREntry(at: instant, action: action, charted: charted, note: note.isEmpty ? nil : note), at)
    }

    private static let lowercasedSpellings = Action.allSpellings.map { ($0.0.lowercased(), $0.0, $0.1) }
    /// For each ASCII byte, the spellings (by index, longest first) whose lower-cased text starts with it.
    private static let spellingsByFirstByte: [[Int]] = (0..<128).map { byte in
        lowercasedSpellings.indices.filter { lowercasedSpellings[$0].0.utf8.first == UInt8(byte) }
    }
    private static let longestSpelling = Action.allSpellings.map(\.0.utf8.count).max() ?? 0

    /// The longest accepted action spelling `text` begins with (case-insensitive, whole words).
    static func matchAction(_ text: Substring) -> (Action, String, Substring)? {
        // ASCII text is compared byte by byte, lower-casing as it goes; other text is lower-cased first.
        switch text.utf8.withContiguousStorageIfAvailable({ asciiMatch($0) }) ?? .notASCII {
        case .miss:
            return nil
        case .hit(let c, let count):
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: count)
            return (lowercasedSpellings[c].2, String(text[..<end]), text[end...])
        case .notASCII:
            let lower = text.lowercased()
            for (s, spelling, action) in lowercasedSpellings where lower.hasPrefix(s) {
                let after = text.dropFirst(spelling.count)
                if let next = after.first, next.isLetter || next.isNumber { continue }
                return (action, String(text.prefix(spelling.count)), after)
            }
            return nil
        }
    }

    private enum ByteMatch { case hit(spelling: Int, byteCount: Int), miss, notASCII }

    /// `matchAction` on bytes, when the bytes a spelling could span are ASCII: there a byte is a Character
    /// (only CR LF joins two, and no spelling holds either), so a match ends where its bytes end.
    private static func asciiMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteMatch {
        let n = bytes.count
        for i in 0..<min(n, longestSpelling + 1) where bytes[i] >= 0x80 { return .notASCII }
        guard n > 0 else { return .miss }
        for c in spellingsByFirstByte[Int(asciiLowercased(bytes[0]))] {
            let s = lowercasedBytes[c]
            guard n >= s.count else { continue }
            var same = true
            for k in 1..<s.count where asciiLowercased(bytes[k]) != s[k] {
                same = false
                break
            }
            guard same else { continue }
            if s.count < n, isASCIILetterOrDigit(bytes[s.count]) { continue }
            return .hit(spelling: c, byteCount: s.count)
        }
        return .miss
    }

    private static let lowercasedBytes = lowercasedSpellings.map { Array($0.0.utf8) }

    private func reportUnknownAction(_ rest: String, at: SourceLocation) {
        let words = rest.split(separator: " ")
        guard !words.isEmpty else {
            r.log.error(at, "the action is missing after the time (accepted: " + Self.actionListText.joined(separator: ", ") + ")")
            return
        }
        var best: (word: String, suggestion: String, distance: Int)?
        for k in 1...min(3, words.count) {
            let phrase = words.prefix(k).joined(separator: " ")
            let candidates = Action.allSpellings.map(\.0).filter { $0.split(separator: " ").count == k }
            if let c = Suggestion.closest(to: phrase, in: candidates) {
                let d = Suggestion.distance(phrase, c)
                if best == nil || d < best?.distance ?? Int.max { best = (phrase, c, d) }
            }
        }
        let word = best?.word ?? String(words[0])
        var message = "unknown action '\(r.clip(word))'"
        if let s = best?.suggestion { message += " — did you mean '\(s)'?" }
        r.log.error(at, message + " (accepted: " + Self.actionListText.joined(separator: ", ") + ")")
    }

    private func readMap(_ node: Node) -> (MAREntry, SourceLocation)? {
        guard let m = r.map(node, "an entry", accepted: Self.mapKeys) else { return nil }
        var ok = true
        var instant: Instant?
        var at = m.location
        if let atNode = m["at"], let text = r.string(atNode, "at") {
            at = r.textStart(atNode)
            do {
                let t = try ChartTime.parse(text)
                instant = years.place(t)
                if instant == nil { r.log.error(at, "\(text) is not a day of any year near the encounter") }
            } catch {
                r.log.error(r.location(atNode, offset: error.offset), error.message)
            }
        } else if m["at"] == nil {
            r.log.error(m.location, "an entry needs `at:`, its time (MM/DD HH:MM)")
        }
        var action: (Action, String)?
        if let a = m["action"], let text = r.string(a, "action") {
            let t = text.trimmingWhitespace()
            if let hit = Action.named(t) {
                action = (hit, t)
            } else {
                reportUnknownAction(t, at: r.textStart(a))
                ok = false
            }
        } else if m["action"] == nil {
            r.log.error(m.location, "an entry needs `action:` (accepted: " + Self.actionListText.joined(separator: ", ") + ")")
        }
        var rate: Rate?
        if let n = m["rate"], let text = r.string(n, "rate") {
            switch Quantities.rate(text) {
            case .success(let v): rate = v
            case .failure(let e): r.log.error(r.textStart(n), e.message); ok = false
            }
        }
        var purpose: Purpose?
        if let n = m["purpose"] {
            purpose = r.word(n, kind: "purpose", Purpose.allCases.map { ($0.rawValue, $0) })
            if purpose == nil { ok = false }
        }
        var reaction = false
        if let n = m["reason"] {
            if let v = r.word(n, kind: "reason", [("reaction", true)]) { reaction = v } else { ok = false }
        }
        let dose = m["dose"].flatMap { r.string($0, "dose") }
        let note = m["note"].flatMap { r.string($0, "note") }
        guard ok, let instant, let (act, charted) = action else { return nil }
        return (MAREntry(at: instant, action: act, charted: charted, rate: rate, dose: dose, purpose: purpose,
                         reaction: reaction, note: note), at)
    }
}

import Foundation

/// A file's text split into lines (without line ends, `\r\n` or `\n`), addressed as the
/// diagnostics address them: 1-based lines, 1-based columns counted in Unicode scalars.
struct SourceLines: Sendable {
    /// The file's bytes and where each line starts in them; a line's text is decoded only when asked for.
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Lines of UTF-8 `bytes` (kept, not copied).
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 24 + 1)
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Void in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count, let hit = memchr(base + offset, 0x0A, raw.count - offset) {
                offset = UnsafeRawPointer(hit) - base + 1
                starts.append(offset)
            }
        }
        self.starts = starts
    }

    /// The lines of the UTF-8 file at `path` (a byte order mark skipped); nil when it cannot be read or is not
    /// UTF-8.
    init?(utf8FileAt path: String) {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(validating: data, as: UTF8.self) else { return nil }
        self.init(SourceText.withoutByteOrderMark(text))
    }

    var count: Int { starts.count }

    /// The byte range of line `n` (1-based) without its line end.
    private func range(_ n: Int) -> Range<Int>? {
        guard n >= 1, n <= starts.count else { return nil }
        var end = n < starts.count ? starts[n] - 1 : bytes.count
        if end > starts[n - 1], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return starts[n - 1]..<end
    }

    /// Line `n` (1-based), or nil past the end.
    func text(_ n: Int) -> String? {
        range(n).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Line `n` from `column` (1-based, in Unicode scalars) to its end.
    func text(_ n: Int, from column: Int) -> String? {
        bytes(n, from: column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// True when line `n`, from `column` on, starts with `prefix`; nil past the end.
    func text(_ n: Int, from column: Int, startsWith prefix: String) -> Bool? {
        bytes(n, from: column).map { line in
            var prefix = prefix
            return prefix.withUTF8 { p in line.withUnsafeBufferPointer { startsWithBytes($0, p) } }
        }
    }

    private func bytes(_ n: Int, from column: Int) -> ArraySlice<UInt8>? {
        guard let r = range(n) else { return nil }
        var i = r.lowerBound, skipped = 0
        while skipped < column - 1, i < r.upperBound {
            i += 1
            while i < r.upperBound, bytes[i] & 0xC0 == 0x80 { i += 1 }   // continuation bytes of one scalar
            skipped += 1
        }
        return bytes[i..<r.upperBound]
    }

    /// True when line `n` starts with `prefix` (in the first column).
    func line(_ n: Int, hasPrefix prefix: String) -> Bool {
        guard let r = range(n) else { return false }
        return bytes[r].starts(with: prefix.utf8)
    }

    /// The column of the first character that is not a space (1-based); nil for a blank line.
    func indentColumn(_ n: Int) -> Int? {
        guard let r = range(n), let i = bytes[r].firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
        return i - r.lowerBound + 1
    }

    /// True when the line holds nothing but spaces, or only a comment.
    func isBlankOrComment(_ n: Int) -> Bool {
        guard let t = text(n) else { return true }
        let trimmed = t.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// The next line after `n` that holds more than spaces or a comment.
    func nextContentLine(after n: Int) -> Int? {
        var i = n + 1
        while i <= starts.count {
            if !isBlankOrComment(i) { return i }
            i += 1
        }
        return nil
    }

    /// The nearest line before `n` that holds more than spaces or a comment.
    func previousContentLine(before n: Int) -> Int? {
        var i = n - 1
        while i >= 1 {
            if !isBlankOrComment(i) { return i }
            i -= 1
        }
        return nil
    }

    /// The first line whose indentation (the spaces before its first character) holds a tab.
    func firstTabIndentedLine() -> Int? {
        for n in 1...starts.count {
            for b in bytes[range(n)!] {
                if b == UInt8(ascii: "\t") { return n }
                if b != UInt8(ascii: " ") { break }
            }
        }
        return nil
    }
}

/// A file's text split into lines (without line ends, `\r\n` or `\n`), addressed as the
/// diagnostics address them: 1-based lines, 1-based columns counted in Unicode scalars.
struct SourceLines: Sendable {
    private let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var out: [[Unicode.Scalar]] = [[]]
        for s in text.unicodeScalars {
            if s == "\n" {
                if out[out.count - 1].last == "\r" { out[out.count - 1].removeLast() }
                out.append([])
            } else {
                out[out.count - 1].append(s)
            }
        }
        if out[out.count - 1].last == "\r" { out[out.count - 1].removeLast() }
        lines = out
    }

    var count: Int { lines.count }

    /// Line `n` (1-based), or nil past the end.
    func text(_ n: Int) -> String? {
        guard n >= 1, n <= lines.count else { return nil }
        return String(String.UnicodeScalarView(lines[n - 1]))
    }

    /// Line `n` from `column` (1-based) to its end.
    func text(_ n: Int, from column: Int) -> String? {
        guard n >= 1, n <= lines.count else { return nil }
        let l = lines[n - 1]
        let start = min(max(column - 1, 0), l.count)
        return String(String.UnicodeScalarView(l[start...]))
    }

    /// The column of the first character that is not a space (1-based); nil for a blank line.
    func indentColumn(_ n: Int) -> Int? {
        guard n >= 1, n <= lines.count else { return nil }
        guard let i = lines[n - 1].firstIndex(where: { $0 != " " }) else { return nil }
        return i + 1
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
        while i <= lines.count {
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
        for (i, l) in lines.enumerated() {
            for s in l {
                if s == "\t" { return i + 1 }
                if s != " " { break }
            }
        }
        return nil
    }
}

/// Word wrapping for screens: long med names and explanations break at spaces, continuation
/// lines get a hanging indent, and a word longer than the line is cut rather than overflowing.
public enum Wrap {
    /// Wraps `text` to `width` columns. The first line starts with `first` (e.g. `"✗ "` or two
    /// spaces), later lines with `rest`. Newlines in `text` start new lines (same `rest` indent);
    /// blank lines are kept.
    public static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var out: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if words.isEmpty {
                out.append(trimTrailing(prefix))
                prefix = rest
                continue
            }
            var line = prefix
            var lineHasWord = false
            for var word in words {
                while true {
                    let room = width - line.visibleCount - (lineHasWord ? 1 : 0)
                    if word.visibleCount <= room {
                        line += (lineHasWord ? " " : "") + word
                        lineHasWord = true
                        break
                    }
                    if lineHasWord {
                        out.append(line)
                        line = rest
                        lineHasWord = false
                        continue
                    }
                    // A word wider than a whole line: cut it.
                    let fit = max(1, width - line.visibleCount)
                    line += String(word.prefix(fit))
                    word = String(word.dropFirst(fit))
                    out.append(line)
                    line = rest
                    if word.isEmpty { break }
                }
            }
            out.append(line)
            prefix = rest
        }
        return out
    }

    /// `lines(…)` joined with newlines.
    public static func text(_ text: String, width: Int, first: String = "", rest: String = "") -> String {
        lines(text, width: width, first: first, rest: rest).joined(separator: "\n")
    }

    /// `text` wrapped with the same indent on every line.
    public static func indented(_ text: String, width: Int, indent: String) -> String {
        Self.text(text, width: width, first: indent, rest: indent)
    }

    private static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    /// Joins the hard-wrapped lines of each paragraph (YAML `|` blocks), keeping blank-line breaks and list items.
    public static func reflow(_ text: String) -> String {
        var paragraphs: [String] = []
        var current = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = "" }
                continue
            }
            let digits = line.prefix { $0.isNumber }
            let afterDigits = line.dropFirst(digits.count)
            let isItem = line.hasPrefix("- ") || line.hasPrefix("* ")
                || (!digits.isEmpty && (afterDigits.hasPrefix(". ") || afterDigits.hasPrefix(") ")))
            if isItem && !current.isEmpty { paragraphs.append(current); current = line; continue }
            current = current.isEmpty ? line : current + " " + line
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.joined(separator: "\n")
    }
}

extension String {
    /// Characters that take a column: ANSI escape sequences (`ESC [ … letter`) count zero.
    var visibleCount: Int {
        var n = 0
        var inEscape = false
        for c in unicodeScalars {
            if inEscape {
                if (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") { inEscape = false }
            } else if c == "\u{1B}" {
                inEscape = true
            } else if c.properties.generalCategory != .nonspacingMark {
                n += 1
            }
        }
        return n
    }

    /// Pads with spaces to `n` characters (never truncates).
    func padded(_ n: Int) -> String { visibleCount >= n ? self : self + String(repeating: " ", count: n - visibleCount) }
    /// Pads on the left to `n` characters.
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

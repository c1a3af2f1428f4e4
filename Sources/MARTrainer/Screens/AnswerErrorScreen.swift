extension Screen {
    /// An answer that does not parse: the answer (a window around the problem when it is longer than the screen),
    /// a caret under the problem, and the message after it, wrapped to the screen.
    ///
    ///       96365 99999
    ///             ^ 99999 is not a code in scope: MARCoach trains only the
    ///               drug-administration codes that `marcoach rules` lists …
    static func answerError(_ text: String, column: Int, message: String, width: Int, style: Style) -> String {
        let chars = Array(text)
        var caret = max(0, min(column - 1, chars.count))
        // Room for the answer after the two-space indent (and an ellipsis at either end).
        let room = max(20, width - 4)
        var shown = text
        if chars.count > room {
            let start = max(0, min(caret - room / 2, chars.count - room))
            let end = min(chars.count, start + room)
            shown = (start > 0 ? "…" : "") + String(chars[start..<end]) + (end < chars.count ? "…" : "")
            caret = caret - start + (start > 0 ? 1 : 0)
        }
        let lead = "  " + spaces(caret)
        // The message starts after the caret when a good part of it fits there; else on the lines below.
        let pointer: [String]
        if width - lead.count - 2 >= 30 {
            pointer = Wrap.lines(message, width: width, first: lead + style.red("^") + " ", rest: lead + "  ")
        } else {
            pointer = [lead + style.red("^")] + Wrap.lines(message, width: width, first: "  ", rest: "  ")
        }
        return (["  " + shown] + pointer).joined(separator: "\n")
    }
}

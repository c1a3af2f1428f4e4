extension Screen {
    /// A module's lesson: Markdown shown readably. Headings become bold (level 1 underlined),
    /// paragraphs are re-wrapped, list items get bullets and hanging indents, `**strong**` and
    /// `` `code` `` lose their markers (strong is bold on a terminal), fenced code is kept verbatim. A
    /// level-1 heading equal to the title is not repeated.
    public static func lesson(title: String, markdown: String, width: Int, style: Style) -> String {
        var out = Wrap.lines(title, width: width).map { style.heading($0) } + [rule(min(width, title.count), style)]
        var paragraph: [String] = []
        var inFence = false
        var table: [[String]] = []
        var item: (pad: String, marker: String, text: String)?

        func flushTable() {
            guard !table.isEmpty else { return }
            let rows = table.filter { !$0.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
            let columns = rows.map(\.count).max() ?? 0
            let widths = (0..<columns).map { c in rows.map { c < $0.count ? inline($0[c], .plain).count : 0 }.max() ?? 0 }
            for (n, row) in rows.enumerated() {
                let cells = (0..<columns).map { c in (c < row.count ? inline(row[c], .plain) : "").padded(widths[c]) }
                let text = "  " + cells.joined(separator: "  ")
                out.append(n == 0 ? style.bold(text.trimmingTrailingSpace()) : text.trimmingTrailingSpace())
            }
            table = []
        }

        func flushItem() {
            guard let i = item else { return }
            out += Wrap.lines(inline(i.text, style), width: width, first: i.pad + i.marker, rest: i.pad + spaces(i.marker.count))
            item = nil
        }

        func flush() {
            flushTable()
            flushItem()
            guard !paragraph.isEmpty else { return }
            out += Wrap.lines(inline(paragraph.joined(separator: " "), style), width: width)
            paragraph = []
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let line = raw.trimmingTrailingSpace()
            if line.trimmedSpace.hasPrefix("```") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence { out.append("    " + line); continue }
            let t = line.trimmedSpace
            if t.isEmpty {
                flush()
                if out.last != "" { out.append("") }
            } else if t.hasPrefix("#") {
                flush()
                let level = t.prefix(while: { $0 == "#" }).count
                let text = inline(String(t.dropFirst(level)).trimmedSpace, style)
                // A level-1 heading that repeats the title is the title already shown.
                if level == 1, text.lowercased() == title.lowercased() { continue }
                if out.last != "" { out.append("") }
                out.append(style.bold(level <= 2 ? text.uppercased() : text))
            } else if t.hasPrefix("|") {
                flushItem()
                if !paragraph.isEmpty { flush() }
                table.append(t.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { String($0).trimmedSpace })
            } else if let bullet = listItem(t) {
                flush()
                let depth = (line.prefix(while: { $0 == " " }).count / 2)
                item = (spaces(2 * depth), bullet.marker, bullet.text)
            } else if item != nil {
                item?.text += " " + t
            } else if t.hasPrefix(">") {
                flush()
                out += Wrap.lines(inline(String(t.dropFirst()).trimmedSpace, style), width: width, first: "  │ ", rest: "  │ ")
            } else {
                paragraph.append(t)
            }
        }
        flush()
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    static func listItem(_ t: String) -> (marker: String, text: String)? {
        for m in ["- ", "* ", "+ "] where t.hasPrefix(m) { return ("• ", String(t.dropFirst(2))) }
        let digits = t.prefix(while: \.isNumber)
        if !digits.isEmpty, t.dropFirst(digits.count).hasPrefix(". ") {
            return ("\(digits). ", String(t.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Strips `**`, `__` and backticks; bold where strong.
    static func inline(_ s: String, _ style: Style) -> String {
        var out = ""
        var rest = Substring(s)
        while !rest.isEmpty {
            if rest.hasPrefix("**") || rest.hasPrefix("__") {
                let marker = rest.prefix(2)
                let after = rest.dropFirst(2)
                if let end = after.firstRange(of: marker) {
                    out += style.bold(String(after[..<end.lowerBound]))
                    rest = after[end.upperBound...]
                    continue
                }
            }
            if rest.first == "`" {
                rest = rest.dropFirst()
                continue
            }
            out.append(rest.removeFirst())
        }
        return out
    }
}

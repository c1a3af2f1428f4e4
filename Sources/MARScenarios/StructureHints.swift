/// Turns a YAML syntax error into the author's terms when its cause is one an educator makes:
/// a tab in the indentation, a line in the wrong column, or Word's curly quotes.
///
/// Pure functions of the file's lines and the parser's mark, so any loader can call them.
enum StructureHints {
    /// Keys that sit in one column together, one list per kind of map in a scenario file.
    static let keyFamilies: [[String]] = [
        ScenarioLoader.topKeys, MARReader.rowKeys, EntryReader.mapKeys, ["year", "timeline"],
        ["codes", "by_department", "rationale"], ["description", "device", "separate"],
    ]

    /// A located message naming the fix, or nil when the error is none of the known shapes.
    static func explain(errorLine: Int, lines: SourceLines) -> (SourceLocation, String)? {
        if let line = lines.firstTabIndentedLine(), line <= errorLine + 1 {
            let column = (lines.text(line)?.unicodeScalars.firstIndex(of: "\t")).map {
                lines.text(line)!.unicodeScalars.distance(from: lines.text(line)!.unicodeScalars.startIndex, to: $0) + 1
            } ?? 1
            return (SourceLocation(line: line, column: column),
                    "this line is indented with a tab: indent with spaces, not tabs (YAML does not accept tabs for indentation)")
        }
        if let hit = curlyQuote(line: errorLine, lines: lines) { return hit }
        var candidates = [errorLine]
        if let previous = lines.previousContentLine(before: errorLine) { candidates.append(previous) }
        for line in candidates {
            if let hit = misplacedLine(line, lines: lines) { return hit }
        }
        return nil
    }

    /// Word's curly quotes around a value: YAML reads them as ordinary characters.
    static func curlyQuote(line: Int, lines: SourceLines) -> (SourceLocation, String)? {
        guard let text = lines.text(line) else { return nil }
        let curly: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
        guard let i = text.unicodeScalars.firstIndex(where: { curly.contains($0) }) else { return nil }
        let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: i) + 1
        return (SourceLocation(line: line, column: column),
                "curly quotes \u{201C} \u{201D} are not quotes in YAML: use \" or ' (a word processor's smart quotes "
                + "turn them curly)")
    }

    /// A key or a `- med:` line whose column differs from the line it belongs with.
    static func misplacedLine(_ line: Int, lines: SourceLines) -> (SourceLocation, String)? {
        guard let here = LineShape(lines.text(line) ?? "") else { return nil }
        var previous = lines.previousContentLine(before: line)
        while let p = previous {
            if let there = LineShape(lines.text(p) ?? "") {
                if here.startsRow, there.startsRow {
                    return there.dashColumn == here.dashColumn ? nil : located(line, here.dashColumn!, there, p, "- med:")
                }
                if !here.startsRow, let key = here.key, let family = keyFamilies.first(where: { $0.contains(key) }),
                   let other = there.key, family.contains(other) {
                    return there.keyColumn == here.keyColumn ? nil : located(line, here.keyColumn, there, p, other + ":")
                }
            }
            previous = lines.previousContentLine(before: p)
        }
        return nil
    }

    private static func located(_ line: Int, _ column: Int, _ there: LineShape, _ thereLine: Int,
                                _ shown: String) -> (SourceLocation, String) {
        let thereColumn = shown == "- med:" ? there.dashColumn! : there.keyColumn
        return (SourceLocation(line: line, column: column),
                "this line must start in the same column as `\(shown)` on line \(thereLine) (column \(thereColumn), "
                + "not \(column)): YAML reads the file's structure from the indentation")
    }

    /// A line's key and columns: `    route: IV push` or `  - med: ondansetron`.
    struct LineShape {
        var key: String?
        var keyColumn: Int
        var dashColumn: Int?

        var startsRow: Bool { dashColumn != nil && key == "med" }

        init?(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " { i += 1 }
            guard i < scalars.count, scalars[i] != "#" else { return nil }
            if scalars[i] == "-", i + 1 < scalars.count, scalars[i + 1] == " " {
                dashColumn = i + 1
                i += 1
                while i < scalars.count, scalars[i] == " " { i += 1 }
            }
            keyColumn = i + 1
            var word = ""
            while i < scalars.count, scalars[i].properties.isAlphabetic || scalars[i] == "_" {
                word.unicodeScalars.append(scalars[i]); i += 1
            }
            key = !word.isEmpty && i < scalars.count && scalars[i] == ":" ? word : nil
            if key == nil && dashColumn == nil { return nil }
        }
    }
}

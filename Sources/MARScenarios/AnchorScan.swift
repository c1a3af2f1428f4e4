/// Finds YAML anchors (`&name`) and aliases (`*name`) without parsing, so a hostile file (an
/// "alias bomb") is refused before Yams builds or hashes anything. Scenario files never need them.
///
/// The scan is lexical: it skips comments, quoted strings and block scalars (`|`, `>`), and looks
/// for `&` or `*` where a YAML node may start (line start, after `- `, `: `, `? `, `[`, `{`, `,`).
enum AnchorScan {
    struct Hit {
        var location: SourceLocation
        var isAlias: Bool
        var name: String
    }

    static func first(in text: String) -> Hit? {
        // Anchors and aliases need '&' or '*': most files have neither, so skip the line scan.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var inSingle = false, inDouble = false
        var blockIndent: Int?       // inside a block scalar whose parent is at this indentation
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.unicodeScalars)
            var indent = 0
            while indent < line.count, line[indent] == " " { indent += 1 }
            let blank = line[indent...].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let b = blockIndent {
                if blank || indent > b { continue }
                blockIndent = nil
            }
            // The indentation of the node this line starts (after any `- ` indicators).
            var nodeIndent = indent
            var lastDash = indent
            while nodeIndent + 1 < line.count, line[nodeIndent] == "-", line[nodeIndent + 1] == " " {
                lastDash = nodeIndent
                nodeIndent += 2
                while nodeIndent < line.count, line[nodeIndent] == " " { nodeIndent += 1 }
            }
            if nodeIndent < line.count, line[nodeIndent] == "|" || line[nodeIndent] == ">" { nodeIndent = lastDash }
            var previous: Unicode.Scalar? = nil   // last significant scalar before the cursor
            var i = indent
            while i < line.count {
                let c = line[i]
                if inSingle {
                    if c == "'" {
                        if i + 1 < line.count, line[i + 1] == "'" { i += 2; continue }
                        inSingle = false
                    }
                    i += 1; continue
                }
                if inDouble {
                    if c == "\\" { i += 2; continue }
                    if c == "\"" { inDouble = false }
                    i += 1; continue
                }
                let atNodeStart: Bool = {
                    guard let p = previous else { return true }
                    return ["-", ":", "?", "[", "{", ","].contains(p)
                }()
                if c == " " || c == "\t" || c == "\r" { i += 1; continue }
                if c == "#" && (i == 0 || line[i - 1] == " " || line[i - 1] == "\t") { break }
                if atNodeStart {
                    if c == "'" { inSingle = true; previous = c; i += 1; continue }
                    if c == "\"" { inDouble = true; previous = c; i += 1; continue }
                    if c == "&" || c == "*" {
                        var j = i + 1
                        var name = ""
                        while j < line.count, !" \t\r,[]{}".unicodeScalars.contains(line[j]) {
                            name.unicodeScalars.append(line[j]); j += 1
                        }
                        if !name.isEmpty {
                            return Hit(location: SourceLocation(line: lineNumber, column: i + 1), isAlias: c == "*", name: name)
                        }
                    }
                    if c == "!" {   // a tag: the node starts after it
                        while i < line.count, line[i] != " " { i += 1 }
                        continue
                    }
                }
                // Indicators keep node-start state; anything else is scalar text until the next indicator.
                if (c == "-" || c == ":" || c == "?") && !(i + 1 == line.count || line[i + 1] == " " || line[i + 1] == "\t") {
                    previous = "x"
                } else {
                    previous = c
                }
                i += 1
            }
            // A block scalar header ends the line: `key: |`, `- >-`, `key: |2+`.
            if !inSingle && !inDouble, blockHeader(line) {
                blockIndent = nodeIndent
            }
        }
        return nil
    }

    /// True when the line (comments removed) ends with a block scalar indicator.
    private static func blockHeader(_ line: [Unicode.Scalar]) -> Bool {
        var text = String(String.UnicodeScalarView(line))
        if let hash = text.range(of: " #") { text = String(text[..<hash.lowerBound]) }
        let t = text.trimmingWhitespace()
        guard let last = t.split(separator: " ").last else { return false }
        let token = String(last)
        guard let first = token.first, first == "|" || first == ">" else { return false }
        guard token.dropFirst().allSatisfy({ $0 == "+" || $0 == "-" || ("1"..."9").contains($0) }) else { return false }
        let before = t.dropLast(token.count).trimmingWhitespace()
        return before.isEmpty || before.hasSuffix(":") || before.hasSuffix("-") || before.hasSuffix("?")
    }
}


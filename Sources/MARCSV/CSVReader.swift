/// One record of a CSV file: its fields and the physical line it starts on (1-based).
///
/// A quoted field may hold line breaks, so a record can span several lines; `line` is where it begins.
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A problem the reader found, at a line and a 1-based field number.
public struct CSVProblem: Sendable, Hashable, Error {
    public var line: Int
    public var field: Int
    public var message: String

    public init(line: Int, field: Int, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }
}

/// What a whole CSV text reads as: every record (the header first), the separator used, and problems.
public struct CSVTable: Sendable {
    public var separator: Character
    public var records: [CSVRecord]
    public var problems: [CSVProblem]

    /// The header record, when the text has any record.
    public var header: CSVRecord? { records.first }
    /// The records after the header.
    public var body: ArraySlice<CSVRecord> { records.dropFirst() }
}

/// Reads CSV text as RFC 4180 describes it, with what real exports add:
/// - the separator (`,`, `;` or tab) is the one the header line uses most (outside quotes); `,` on a tie;
/// - a UTF-8 byte-order mark is dropped; CRLF, LF and lone CR all end a line;
/// - a quoted field may hold separators, `""` (one quote) and line breaks (kept as `\n`);
/// - blank lines (nothing but spaces, tabs or separators) are skipped;
/// - an unclosed quote and text after a closing quote are problems located at their line and field,
///   never a silent merge of the rest of the file.
public enum CSVReader {
    /// Separators the reader detects.
    public static let separators: [Character] = [",", ";", "\t"]

    public static func read(_ text: String) -> CSVTable {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = detectSeparator(scalars)
        var parser = Parser(scalars: scalars, separator: separator.unicodeScalars.first!)
        parser.run()
        return CSVTable(separator: separator, records: parser.records, problems: parser.problems)
    }

    /// The separator of the first line (outside quotes) that occurs most; `,` when none or on a tie.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Character {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for u in scalars {
            if u == "\"" { quoted.toggle(); continue }
            if !quoted && (u == "\n" || u == "\r") { break }
            if !quoted && (u == "," || u == ";" || u == "\t") { counts[u, default: 0] += 1 }
        }
        var best: (Character, Int) = (",", counts[","] ?? 0)
        for c in [";", "\t"] as [Unicode.Scalar] where (counts[c] ?? 0) > best.1 { best = (Character(c), counts[c]!) }
        return best.0
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []
        var i = 0
        var line = 1

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
            self.scalars = scalars
            self.separator = separator
        }

        /// Consumes a line break at `i` (CRLF, LF or CR) and counts it; false when there is none.
        mutating func takeBreak() -> Bool {
            guard i < scalars.count else { return false }
            if scalars[i] == "\r" {
                i += 1
                if i < scalars.count, scalars[i] == "\n" { i += 1 }
            } else if scalars[i] == "\n" {
                i += 1
            } else {
                return false
            }
            line += 1
            return true
        }

        mutating func run() {
            while i < scalars.count {
                let start = line
                var fields: [String] = []
                var field = String.UnicodeScalarView()
                var wasQuoted = false
                var atFieldStart = true
                var endOfRecord = false
                while i < scalars.count && !endOfRecord {
                    let u = scalars[i]
                    if atFieldStart && u == "\"" {
                        wasQuoted = true
                        atFieldStart = false
                        readQuoted(into: &field, field: fields.count + 1)
                        continue
                    }
                    atFieldStart = false
                    if u == separator {
                        fields.append(String(field))
                        field = String.UnicodeScalarView()
                        wasQuoted = false
                        atFieldStart = true
                        i += 1
                    } else if u == "\r" || u == "\n" {
                        _ = takeBreak()
                        endOfRecord = true
                    } else if wasQuoted {
                        if u != " " && u != "\t" {
                            problems.append(CSVProblem(line: line, field: fields.count + 1, message:
                                "text after a closing quote: a quoted field ends at its closing \" (write \"\" for a quote inside it)"))
                            // Keep the text, so the rest of the line still lines up with its columns.
                            field.append(u)
                        }
                        i += 1
                    } else {
                        field.append(u)
                        i += 1
                    }
                }
                fields.append(String(field))
                // A blank line, or one of only separators (spreadsheets pad exports with them).
                let blank = fields.allSatisfy { $0.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
                if !blank { records.append(CSVRecord(line: start, fields: fields)) }
            }
        }

        /// Reads a quoted field from its opening quote (at `i`) to its closing quote.
        mutating func readQuoted(into field: inout String.UnicodeScalarView, field number: Int) {
            let openLine = line
            i += 1
            while i < scalars.count {
                let u = scalars[i]
                if u == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    i += 1
                    return
                }
                if u == "\r" || u == "\n" {
                    _ = takeBreak()
                    field.append("\n")
                    continue
                }
                field.append(u)
                i += 1
            }
            problems.append(CSVProblem(line: openLine, field: number, message:
                "unclosed quote: the field opened with \" on this line never closes (close it, or write \"\" for a quote inside it)"))
        }
    }
}

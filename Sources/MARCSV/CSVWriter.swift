/// Writes CSV text that `CSVReader` (and spreadsheet programs) read back field for field.
public enum CSVWriter {
    /// One line of fields joined by `separator`, quoting a field only when it must be
    /// (it holds the separator, a quote, a line break, or leading or trailing blanks), ended by CRLF.
    public static func line(_ fields: [String], separator: Character = ",") -> String {
        fields.map { quoted($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    /// The whole text of a table: the header, then each record.
    public static func text(header: [String], records: [[String]], separator: Character = ",") -> String {
        ([header] + records).map { line($0, separator: separator) }.joined()
    }

    static func quoted(_ field: String, separator: Character) -> String {
        let needs = field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r")
            || field.first == " " || field.last == " " || field.first == "\t" || field.last == "\t"
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

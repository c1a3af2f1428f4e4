import Testing
@testable import MARCSV

struct CSVReaderTests {
    /// Text in, records (line and fields) out, for the shapes real exports take.
    @Test(arguments: [
        ("a,b\n1,2\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"])]),
        ("a,b\r\n1,2\r\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"])]),
        ("a,b\r1,2", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"])]),
        ("\u{FEFF}a,b\n1,2", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"])]),
        ("a,b\n\"x, y\",2\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["x, y", "2"])]),
        ("a,b\n\"say \"\"hi\"\"\",2\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["say \"hi\"", "2"])]),
        ("a,b\n\"two\r\nlines\",2\n3,4\n",
         [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["two\nlines", "2"]), CSVRecord(line: 4, fields: ["3", "4"])]),
        ("a,b\n\n  \n,\n1,2\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 5, fields: ["1", "2"])]),
        ("a,b\n1,\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", ""])]),
        ("a,b\n\"\",2", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["", "2"])]),
        ("a;b\n1,5;2\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1,5", "2"])]),
        ("a\tb\n1, x\t2\n", [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1, x", "2"])]),
        ("", []),
        ("only", [CSVRecord(line: 1, fields: ["only"])]),
    ])
    func reads(text: String, expected: [CSVRecord]) {
        let table = CSVReader.read(text)
        #expect(table.problems.isEmpty)
        #expect(table.records == expected)
    }

    @Test(arguments: [
        ("a,b,c\n", Character(",")), ("a;b;c\n", ";"), ("a\tb\tc\n", "\t"), ("a\n", ","),
        ("\"x;y\",b,c\n", ","), ("a;b,c;d\n", ";"), ("a,b;c\n", ","),
    ] as [(String, Character)])
    func detectsTheSeparatorFromTheHeader(text: String, separator: Character) {
        #expect(CSVReader.read(text).separator == separator)
    }

    @Test(arguments: [
        ("a,b\n1,\"open\n2,3\n", CSVProblem(line: 2, field: 2, message:
            "unclosed quote: the field opened with \" on this line never closes (close it, or write \"\" for a quote inside it)")),
        ("a,b\n\"x\"y,2\n", CSVProblem(line: 2, field: 1, message:
            "text after a closing quote: a quoted field ends at its closing \" (write \"\" for a quote inside it)")),
        ("a,b\n1,2\n3,\"x\" z\n", CSVProblem(line: 3, field: 2, message:
            "text after a closing quote: a quoted field ends at its closing \" (write \"\" for a quote inside it)")),
    ])
    func locatesQuoteProblems(text: String, problem: CSVProblem) {
        #expect(CSVReader.read(text).problems == [problem])
    }

    @Test func spacesAfterAClosingQuoteAreAllowed() {
        let t = CSVReader.read("a,b\n\"x\"  ,2\n")
        #expect(t.problems.isEmpty)
        #expect(t.records.last?.fields == ["x", "2"])
    }

    @Test(arguments: [
        ["plain", "with, comma", "with \"quote\"", "two\nlines", " padded ", "", "semi;colon"],
        ["1", "2"],
    ])
    func writerOutputReadsBackFieldForField(fields: [String]) {
        for sep in CSVReader.separators {
            let text = CSVWriter.text(header: fields.indices.map { "h\($0)" }, records: [fields], separator: sep)
            let table = CSVReader.read(text)
            #expect(table.problems.isEmpty)
            #expect(table.separator == sep || fields.count == 1)
            #expect(table.records.last?.fields == fields)
        }
    }

    @Test func writerQuotesOnlyWhenNeeded() {
        #expect(CSVWriter.line(["a", "b c", "d,e", "f\"g"]) == "a,b c,\"d,e\",\"f\"\"g\"\r\n")
    }
}

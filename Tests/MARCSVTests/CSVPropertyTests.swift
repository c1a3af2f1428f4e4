import MARGenerator
import Testing
@testable import MARCSV

/// Seeded random texts and tables: the reader never traps, every record's line is within the text,
/// and whatever the writer writes reads back field for field with any separator the header shows.
struct CSVPropertyTests {
    /// A fixed sequence per seed (the generator's SplitMix64), so a failure is reproducible.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    }

    static let alphabet: [String] = [",", ";", "\t", "\"", "\n", "\r", "\r\n", " ", "a", "b", "é", "\u{FEFF}", "1"]

    @Test func arbitraryTextReadsWithoutTrapping() {
        var r = Random(state: 13)
        for _ in 0..<2_000 {
            let text = (0..<r.next(40)).map { _ in Self.alphabet[r.next(Self.alphabet.count)] }.joined()
            let lines = text.reduce(into: 1) { n, c in if c == "\n" || c == "\r" || c == "\r\n" { n += 1 } }
            let table = CSVReader.read(text)
            #expect(table.records.allSatisfy { (1...lines).contains($0.line) }, "\(text.debugDescription)")
            #expect(zip(table.records, table.records.dropFirst()).allSatisfy { $0.line < $1.line }, "\(text.debugDescription)")
            #expect(table.problems.allSatisfy { (1...lines).contains($0.line) && $0.field >= 1 }, "\(text.debugDescription)")
        }
    }

    @Test func writtenTablesReadBack() {
        var r = Random(state: 7)
        for _ in 0..<1_000 {
            let columns = 1 + r.next(5)
            let rows = (0..<1 + r.next(4)).map { _ in
                (0..<columns).map { _ in (0..<r.next(8)).map { _ in Self.alphabet[r.next(Self.alphabet.count - 1)] }.joined() }
                    .map { $0.replacingCRLF() }
            }.filter { !$0.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" } } }
            let header = (0..<columns).map { "h\($0)" }
            // A one-column header holds no separator to detect: such a file is read with ','.
            for sep in columns == 1 ? [","] : CSVReader.separators {
                let table = CSVReader.read(CSVWriter.text(header: header, records: rows, separator: sep))
                #expect(table.problems.isEmpty)
                #expect(table.records.map(\.fields) == [header] + rows, "\(rows)")
            }
        }
    }
}

extension String {
    /// The reader keeps a line break inside quotes as `\n`, so compare with CR and CRLF written as `\n`.
    fileprivate func replacingCRLF() -> String {
        var out = ""
        var previousCR = false
        for u in unicodeScalars {
            if u == "\r" { out += "\n"; previousCR = true; continue }
            if u == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.unicodeScalars.append(u)
        }
        return out
    }
}

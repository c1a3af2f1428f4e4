import MARCore
import MARCSV
import MARScenarios

/// What an import is told beside the MAR file.
public struct ImportOptions: Sendable {
    /// Scenario id; default the MAR file's name, made kebab-case.
    public var id: String?
    /// Scenario title; default `Imported MAR <file name>`.
    public var title: String?
    public var setting: Setting
    /// Facility-policy options over the profile's (the scenario's own `policy:`).
    public var policy: Policy?

    public init(id: String? = nil, title: String? = nil, setting: Setting = .facility, policy: Policy? = nil) {
        self.id = id
        self.title = title
        self.setting = setting
        self.policy = policy
    }
}

/// An import's outcome: the scenario (only when nothing is wrong), every located problem, and notes
/// about the columns (patient identifiers dropped, columns ignored).
public struct ImportResult: Sendable {
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]
    public var notes: [String]
    /// The CSV line each MAR row began on, by row index (for messages about a row).
    public var rowLines: [Int]
}

/// Turns a MAR export (`mar-import.md`) into a `Scenario`.
public enum MARImporter {
    /// Imports MAR text against a timeline already read. `path` names the file in messages.
    public static func importMAR(text: String, path: String, timeline: [TimelineEvent], options: ImportOptions = ImportOptions(),
                                 context: LoadContext = LoadContext()) -> ImportResult {
        var reader = LineReader(path: path, context: context)
        let table = CSVReader.read(text)
        for p in table.problems { reader.error(p.line, p.field, p.message) }
        guard let header = table.header else {
            reader.error(1, 1, "the file is empty: a MAR export needs a header line and one line per charted action")
            return ImportResult(scenario: nil, diagnostics: reader.diagnostics, notes: [], rowLines: [])
        }
        let map = ColumnMap(header: header, fields: MARField.allCases.map { ($0, $0.headers) })
        reader.columns = map.columns
        var missing = false
        for f in MARField.needed where map.columns[f] == nil {
            missing = true
            if f == .time {
                reader.error(1, 1, "no time column: looked for " + MARField.time.headers.joined(separator: ", ")
                             + "; or a Date column (Date, Admin Date) beside a Time column"
                             + (map.columns[.date] != nil ? " (this file has a Date column but no Time column)" : ""))
            } else {
                reader.error(1, 1, "no \(f.rawValue) column: looked for " + f.headers.joined(separator: ", "))
            }
        }
        let notes = map.notes(file: path)
        guard !missing else { return ImportResult(scenario: nil, diagnostics: reader.diagnostics, notes: notes, rowLines: []) }

        let firstArrival = timeline.first { if case .arrival = $0.kind { true } else { false } }?.at
        var groups = RowGroups()
        // A record holding an unclosed quote runs to the end of the file: its problem is already told.
        let unclosed = Set(table.problems.filter { $0.message.hasPrefix("unclosed quote") }.map(\.line))
        for record in table.body where !unclosed.contains(record.line) {
            guard record.fields.count == header.fields.count else {
                reader.error(record.line, min(record.fields.count, header.fields.count) + 1,
                             TimelineImport.fieldCountMessage(record.fields.count, header.fields.count))
                continue
            }
            guard let line = reader.read(record, firstArrival: firstArrival) else { continue }
            groups.add(line)
        }
        let rows = groups.rows.enumerated().compactMap { reader.build($0.element, index: $0.offset) }
        let sites = groups.sites(reader: &reader)
        if table.body.isEmpty { reader.error(1, 1, "the file has a header but no lines: export at least one charted action") }

        guard !reader.hasErrors else {
            return ImportResult(scenario: nil, diagnostics: reader.sorted, notes: notes, rowLines: groups.rows.map(\.firstLine))
        }
        let profile = context.profileOverride ?? Policy.defaultProfileID
        let scenario = Scenario(
            id: options.id ?? kebabID(path), title: options.title ?? "Imported MAR \(fileName(path))",
            setting: options.setting, profile: profile,
            policy: options.policy ?? context.profiles.profile(profile)?.policy ?? Policy(),
            timeline: timeline, sites: sites,
            mar: rows.map { row in
                // A row names its site by the Site text; a row without one takes the first site, as in the format.
                var r = row
                r.site = r.site.flatMap { text in sites.first { $0.description == text }?.id } ?? sites.first?.id
                return r
            })
        return ImportResult(scenario: scenario, diagnostics: reader.sorted, notes: notes, rowLines: groups.rows.map(\.firstLine))
    }

    /// `Exports/ED Visit 01.csv` → `ed-visit-01`; `imported-mar` when nothing is left.
    public static func kebabID(_ path: String) -> String {
        var name = fileName(path)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        var out = ""
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c) } else if !out.isEmpty && out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "imported-mar" : String(out.prefix(100))
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// One CSV line, read: the row it belongs to, its entry (none on an order-only line), and row-level cells.
struct ImportedLine {
    var line: Int
    var groupKey: String
    var med: String
    var route: Route
    var entry: MAREntry?
    /// Column (1-based) of the time cell, to locate messages about the entry.
    var timeColumn: Int
    /// Row-level cells (first non-blank wins), by field.
    var cells: [MARField: (String, Int)]
}

/// MAR rows as they gather: in the order of their first line.
struct RowGroups {
    struct Group {
        var firstLine: Int
        var lines: [ImportedLine]
    }

    var rows: [Group] = []
    private var index: [String: Int] = [:]
    /// Site texts in order of first use, with the line and column they were first read at.
    private(set) var siteTexts: [(String, Int, Int)] = []

    mutating func add(_ line: ImportedLine) {
        if let i = index[line.groupKey] {
            rows[i].lines.append(line)
        } else {
            index[line.groupKey] = rows.count
            rows.append(Group(firstLine: line.line, lines: [line]))
        }
        if let (site, col) = line.cells[.site], !siteTexts.contains(where: { $0.0 == site }) {
            siteTexts.append((site, line.line, col))
        }
    }

    /// One site per distinct Site text, ids A, B, C …; device and separate reason from the lines that name it.
    func sites(reader: inout LineReader) -> [Site] {
        siteTexts.enumerated().map { n, entry in
            var site = Site(id: Self.siteID(n), description: entry.0)
            let lines = rows.flatMap(\.lines).filter { $0.cells[.site]?.0 == entry.0 }
            if let (d, col) = lines.lazy.compactMap({ $0.cells[.siteDevice] }).first {
                if let device = Device.allCases.first(where: { $0.rawValue.lowercased() == d.lowercased() }) {
                    site.device = device
                } else {
                    let line = lines.first { $0.cells[.siteDevice] != nil }!.line
                    reader.error(line, col, ImportWords.unknown("device", d, Device.allCases.map(\.rawValue)))
                }
            }
            site.separate = lines.lazy.compactMap { $0.cells[.siteSeparate]?.0 }.first
            return site
        }
    }

    /// `A` … `Z`, then `S27`, `S28` ….
    static func siteID(_ n: Int) -> String {
        n < 26 ? String(Character(Unicode.Scalar(UInt8(65 + n)))) : "S\(n + 1)"
    }
}

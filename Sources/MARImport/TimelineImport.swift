import MARCore
import MARCSV
import MARScenarios

/// The encounter of an import: a timeline CSV (`--timeline FILE`) or `--event` options.
public enum TimelineImport {
    enum Field: Hashable { case event, time, date, department }

    static let fields: [(Field, [String])] = [
        (.event, ["Event", "Event Type", "Encounter Event"]),
        (.time, MARField.time.headers),
        (.date, MARField.date.headers),
        (.department, ["Department", "Dept", "Unit"]),
    ]

    /// Reads a timeline CSV: an `Event` column and its time (one column, or Date beside Time), optionally `Department`.
    public static func read(csv text: String, path: String) -> (events: [TimelineEvent], diagnostics: [Diagnostic], notes: [String]) {
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: column), message: message))
        }
        let table = CSVReader.read(text)
        for p in table.problems { report(p.line, p.field, p.message) }
        guard let header = table.header else {
            report(1, 1, "the timeline file is empty: write a header (Time,Event) and one line per event, starting with an arrival")
            return ([], diagnostics, [])
        }
        let map = ColumnMap(header: header, fields: fields)
        let notes = map.notes(file: path)
        let eventColumn = map.columns[.event]
        let timeColumn = map.columns[.time]
        let dateColumn = map.columns[.date]
        if eventColumn == nil { report(1, 1, "no event column: looked for Event, Event Type, Encounter Event") }
        if timeColumn == nil {
            report(1, 1, "no time column: looked for " + MARField.time.headers.joined(separator: ", ")
                  + "; or a Date column (Date, Admin Date) beside a Time column")
        }
        guard let eventColumn, let timeColumn else { return ([], diagnostics, notes) }
        var lines: [(Instant, String, String?, Int, Int)] = []
        let unclosed = Set(table.problems.filter { $0.message.hasPrefix("unclosed quote") }.map(\.line))
        for record in table.body where !unclosed.contains(record.line) {
            guard record.fields.count == header.fields.count else {
                report(record.line, min(record.fields.count, header.fields.count) + 1, fieldCountMessage(record.fields.count, header.fields.count))
                continue
            }
            let eventText = record.fields[eventColumn].trimmingBlanks()
            do {
                let at = try ExportTime.parse(date: dateColumn.map { record.fields[$0] }, clock: record.fields[timeColumn])
                lines.append((at, eventText, map.columns[.department].map { record.fields[$0] }, record.line, eventColumn + 1))
            } catch {
                let bad = dateColumn.map { (try? ExportTime.parse(date: record.fields[$0], clock: "00:00")) == nil } ?? false
                report(record.line, (bad ? dateColumn! : timeColumn) + 1, error.message)
            }
        }
        let (events, more) = build(lines, path: path, what: "line", reportEmpty: table.body.isEmpty)
        return (events, sortedByPlace(diagnostics + more), notes)
    }

    /// Reads `--event "MM/DD/YYYY HH:MM ED arrival"` options; diagnostics name `--event` and its position.
    public static func read(events texts: [String]) -> (events: [TimelineEvent], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var lines: [(Instant, String, String?, Int, Int)] = []
        for (n, text) in texts.enumerated() {
            do {
                let (at, rest) = try ExportTime.parsePrefix(text)
                lines.append((at, rest, nil, n + 1, 1))
            } catch {
                diagnostics.append(Diagnostic(path: "--event", location: SourceLocation(line: n + 1, column: 1),
                                              message: "'\(text)': " + error.message))
            }
        }
        let (events, more) = build(lines, path: "--event", what: "event", reportEmpty: texts.isEmpty)
        return (events, sortedByPlace(diagnostics + more))
    }

    /// In file order (stable for one place).
    static func sortedByPlace(_ d: [Diagnostic]) -> [Diagnostic] {
        d.enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
    }

    static func fieldCountMessage(_ count: Int, _ expected: Int) -> String {
        count < expected
            ? "this line has \(count) field\(count == 1 ? "" : "s") but the header has \(expected): a field is missing "
              + "(or a line break splits the line)"
            : "this line has \(count) fields but the header has \(expected): quote a field that holds the separator"
    }

    /// Events in time order, the first an arrival; every problem located at its line.
    private static func build(_ lines: [(Instant, String, String?, Int, Int)], path: String,
                              what: String, reportEmpty: Bool) -> ([TimelineEvent], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var events: [TimelineEvent] = []
        var previous: Instant?
        for (at, text, department, line, column) in lines {
            let location = SourceLocation(line: line, column: column)
            switch ImportWords.event(text.trimmingBlanks(), department: department) {
            case .failure(let p):
                diagnostics.append(Diagnostic(path: path, location: location, message: p.message))
            case .success(let (kind, word)):
                if let p = previous, at < p {
                    diagnostics.append(Diagnostic(path: path, location: location, message:
                        "timeline out of order: \(word) at \(ExportTime.write(at)) comes before the previous event "
                        + "(\(ExportTime.write(p))); list events in time order"))
                    continue
                }
                if events.isEmpty, case .arrival = kind {} else if events.isEmpty {
                    diagnostics.append(Diagnostic(path: path, location: location, message:
                        "the first event must be an arrival ('ED arrival' or 'Arrival'), not '\(word)'"))
                }
                previous = at
                events.append(TimelineEvent(at: at, kind: kind, text: word))
            }
        }
        if reportEmpty {
            diagnostics.append(Diagnostic(path: path, location: .start, message:
                "the timeline has no \(what)s: it needs at least an arrival, like 01/04/2026 20:55 ED arrival"))
        }
        return (events, diagnostics)
    }
}

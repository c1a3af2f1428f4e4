import MARCore
import MARCSV
import MARScenarios

/// Reads the cells of MAR export lines, logging every problem at its line and column.
struct LineReader {
    let path: String
    let context: LoadContext
    var columns: [MARField: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, context: LoadContext) {
        self.path = path
        self.context = context
    }

    mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: column), message: message))
    }

    mutating func warning(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: column), severity: .warning,
                                      message: message))
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    /// In file order (stable for one location).
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
    }

    /// The trimmed cell of a field and its 1-based column; nil when the file has no such column.
    func cell(_ f: MARField, _ fields: [String]) -> (String, Int)? {
        columns[f].map { (fields[$0].trimmingBlanks(), $0 + 1) }
    }

    static let rowFields: [MARField] = [.order, .orderID, .drugClass, .volume, .site, .substance, .necessity, .pump,
                                        .planned, .primary, .bundled, .siteDevice, .siteSeparate]

    /// One line; nil after logging why it cannot be read.
    mutating func read(_ record: CSVRecord, firstArrival: Instant?) -> ImportedLine? {
        let f = record.fields, line = record.line
        var ok = true
        let (med, medCol) = cell(.medication, f)!
        if med.isEmpty { error(line, medCol, "the medication is empty: every line names the medication as the MAR prints it"); ok = false }
        let (routeText, routeCol) = cell(.route, f)!
        let route = ImportWords.route(routeText)
        if route == nil {
            error(line, routeCol, routeText.isEmpty ? "the route is empty (accepted: " + ImportWords.routeWords.joined(separator: ", ") + ")"
                  : ImportWords.unknown("route", routeText, ImportWords.routeWords + ImportWords.routeAliases.map(\.0),
                                        listed: ImportWords.routeWords))
            ok = false
        }
        var cells: [MARField: (String, Int)] = [:]
        for field in Self.rowFields { if let (v, c) = cell(field, f), !v.isEmpty { cells[field] = (v, c) } }

        let (actionText, actionCol) = cell(.action, f)!
        let (timeText, timeCell) = cell(.time, f)!
        let dateCell = cell(.date, f)
        let timeBlank = timeText.isEmpty && (dateCell?.0.isEmpty ?? true)
        var entry: MAREntry?
        if actionText.isEmpty && timeBlank {
            // An order with no charted action (an order the MAR lists but nobody gave).
            if cells[.order] == nil {
                error(line, actionCol, "this line has no action and no time: chart an action, or give the order text of an "
                      + "order that was never given")
                ok = false
            }
        } else {
            var action: (Action, String)?
            if actionText.isEmpty {
                error(line, actionCol, "the action is empty (accepted: " + Action.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                ok = false
            } else if let a = ImportWords.action(actionText) {
                action = a
            } else {
                error(line, actionCol, ImportWords.unknownAction(actionText))
                ok = false
            }
            var at: Instant?
            do {
                at = try ExportTime.parse(date: dateCell?.0, clock: timeText)
            } catch {
                let dateIsBad = dateCell.map { (try? ExportTime.parse(date: $0.0, clock: "00:00")) == nil } ?? false
                self.error(line, dateIsBad ? dateCell!.1 : timeCell, error.message)
                ok = false
            }
            if let at, let a = firstArrival, at < a {
                error(line, dateCell?.1 ?? timeCell, "\(ExportTime.write(at)) is before the first arrival (\(ExportTime.write(a))): "
                      + "every MAR entry falls after the patient arrived; check the date and time, or the timeline")
                ok = false
            }
            let (rate, rateText) = readRate(f, line: line)
            let dose = cell(.dose, f).flatMap { $0.0.isEmpty ? nil : $0.0 }
            let comment = cell(.comment, f).flatMap { $0.0.isEmpty ? nil : $0.0 }
            let note = rateText.map { "rate " + $0 + (comment.map { "; " + $0 } ?? "") } ?? comment
            var purpose: Purpose?
            if let (p, col) = cell(.purpose, f), !p.isEmpty {
                purpose = Purpose.allCases.first { $0.rawValue == p.lowercased() }
                if purpose == nil { error(line, col, ImportWords.unknown("purpose", p, Purpose.allCases.map(\.rawValue))); ok = false }
            }
            var reaction = false
            if let (r, col) = cell(.stopReason, f), !r.isEmpty {
                if r.lowercased() == "reaction" { reaction = true } else {
                    error(line, col, ImportWords.unknown("stop reason", r, ["reaction"])); ok = false
                }
            }
            if let at, let (act, charted) = action {
                entry = MAREntry(at: at, action: act, charted: charted, rate: rate, dose: dose, purpose: purpose,
                                 reaction: reaction, note: note)
            }
        }
        guard ok, let route else { return nil }
        let key: String
        if let (id, _) = cells[.orderID] { key = "order " + id } else { key = "med " + med.lowercased() + " | " + route.rawValue }
        return ImportedLine(line: line, groupKey: key, med: med, route: route, entry: entry,
                            timeColumn: dateCell?.1 ?? timeCell, cells: cells)
    }

    /// The rate when it is data (`<number> <unit>/hr`); a rate in another form (`0.1 mcg/kg/min`) is
    /// kept, as written, in the entry's note, with a warning: it cannot start an infusion or time a bag.
    private mutating func readRate(_ f: [String], line: Int) -> (Rate?, String?) {
        guard let (text, col) = cell(.rate, f), !text.isEmpty else { return (nil, nil) }
        switch Quantities.rate(text) {
        case .success(let r): return (r, nil)
        case .failure(let e):
            warning(line, col, e.message + "; kept in the entry's note, not as rate data")
            return (nil, text)
        }
    }
}

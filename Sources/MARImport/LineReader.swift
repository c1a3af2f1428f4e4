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

    /// The MAR row a group of lines makes; nil after logging why.
    mutating func build(_ group: RowGroups.Group, index: Int) -> MARRow? {
        let first = group.lines[0]
        var ok = true
        func value(_ field: MARField) -> (String, Int, Int)? {
            for l in group.lines { if let (v, c) = l.cells[field] { return (v, l.line, c) } }
            return nil
        }
        for l in group.lines.dropFirst() where l.med != first.med || l.route != first.route {
            if let (id, _) = l.cells[.orderID] {
                warning(l.line, columns[.medication]! + 1, "order \(id) is '\(first.med)' (\(first.route.rawValue)) on line "
                        + "\(first.line) but '\(l.med)' (\(l.route.rawValue)) here: the row keeps line \(first.line)'s")
            }
        }
        // A row holds one value per row-level cell: a later line that says otherwise is named, never dropped silently.
        for field in Self.rowFields where field != .orderID {
            guard let (kept, keptLine, _) = value(field) else { continue }
            for l in group.lines {
                guard let (v, col) = l.cells[field], v != kept else { continue }
                warning(l.line, col, "this row's \(field.exportHeader) is '\(kept)' on line \(keptLine) but '\(v)' here: "
                        + "the row keeps line \(keptLine)'s (one MAR row per order; give each order its own Order ID)")
                break
            }
        }
        var drug: DrugKey?
        if let (s, line, col) = value(.substance) {
            drug = DrugKeys.explicit(s, formulary: context.formulary)
            if drug == nil { error(line, col, "the substance is empty: write the drug key, like ondansetron"); ok = false }
        } else {
            drug = DrugKeys.derived(from: first.med, formulary: context.formulary)
            if drug == nil {
                let fix = columns[.substance] == nil ? "add a Substance column naming the drug" : "name the drug in the Substance column"
                error(first.line, columns[.medication]! + 1, "no drug key can be read from '\(first.med)' (its first word starts "
                      + "with a digit): \(fix), like fluorouracil")
                ok = false
            }
        }
        var drugClass: DrugClass?
        if let (c, line, col) = value(.drugClass) {
            drugClass = ImportWords.drugClass(c)
            if drugClass == nil { error(line, col, ImportWords.unknown("class", c, DrugClass.allCases.map(\.rawValue))); ok = false }
        } else if let d = drug {
            let listed = d.substances.compactMap { context.formulary.drug($0)?.drugClass }
            if listed.count == d.substances.count, let c = listed.first, listed.allSatisfy({ $0 == c }) {
                drugClass = c
            } else if first.route.isNonParenteral || first.route.isOtherFamily {
                drugClass = .therapeutic
            } else {
                let fix = columns[.drugClass] == nil ? "add a Class column" : "write it in the Class column"
                error(first.line, columns[.medication]! + 1, "'\(d)' is not in the formulary, so its class is unknown: \(fix) "
                      + "(accepted: " + DrugClass.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                ok = false
            }
        }
        var volume: Double?
        if let (v, line, col) = value(.volume) {
            switch Quantities.volume(v) {
            case .success(let x): volume = x
            case .failure(let e): error(line, col, e.message); ok = false
            }
        }
        var necessity = true
        if let (v, line, col) = value(.necessity) {
            switch v.lowercased() {
            case "documented": necessity = true
            case "not-documented", "not documented": necessity = false
            default: error(line, col, ImportWords.unknown("necessity", v, ["documented", "not-documented"])); ok = false
            }
        }
        var pump: PumpKind?
        if let (v, line, col) = value(.pump) {
            pump = PumpKind.allCases.first { $0.rawValue == v.lowercased() }
            if pump == nil { error(line, col, ImportWords.unknown("pump", v, PumpKind.allCases.map(\.rawValue))); ok = false }
        }
        var planned: Int?
        if let (v, line, col) = value(.planned) {
            switch Quantities.minutes(v) {
            case .success(let m): planned = m
            case .failure(let e): error(line, col, e.message); ok = false
            }
        }
        var primary = false
        if let (v, line, col) = value(.primary) {
            switch v.lowercased() {
            case "true", "yes", "primary": primary = true
            case "false", "no": primary = false
            default: error(line, col, ImportWords.unknown("primary", v, ["true", "false"])); ok = false
            }
        }
        // Time order; lines at the same minute keep their order in the file (a stable sort).
        let entries = group.lines.compactMap(\.entry).enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        guard ok, let drug, let drugClass else { return nil }
        return MARRow(index: index, med: first.med, drug: drug, drugClass: drugClass, route: first.route,
                      site: value(.site).map { v in v.0 }, order: value(.order)?.0, necessity: necessity, volumeML: volume,
                      pump: pump, plannedMinutes: planned, primary: primary, bundled: value(.bundled)?.0, entries: entries)
    }
}

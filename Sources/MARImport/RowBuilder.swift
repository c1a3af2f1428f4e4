import MARCore
import MARScenarios

extension LineReader {
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

import MARCore

/// Reads the `mar:` rows, then checks what spans rows: `primary` (D24), pumps (D25), drug keys (D8).
struct MARReader {
    let r: NodeReader
    let context: LoadContext
    let sites: [(Site, SourceLocation)]
    let entries: EntryReader
    let firstArrival: Instant?
    let lines: SourceLines

    static let rowKeys = ["med", "drug", "class", "route", "site", "order", "necessity", "volume", "pump", "planned",
                          "primary", "bundled", "entries"]
    static let classes = DrugClass.allCases.map { ($0.rawValue, $0) }
    static let routes = Route.allCases.map { ($0.rawValue, $0) }

    /// D24: an IV service is an IV row of a codable class, not bundled, not a pump, with an administering entry.
    static func isIVService(_ row: MARRow) -> Bool {
        guard row.route.isIntravenous, row.bundled == nil, row.pump == nil else { return false }
        switch row.drugClass {
        case .kvo, .carrier, .flush, .blood, .contrast, .sedation, .vaccine: return false
        case .hydration where !row.necessity: return false
        default: break
        }
        return row.entries.contains { e in
            e.action == .given || e.action == .newBag || (e.action == .rateChange && e.rate != nil)
        }
    }

    func read(_ node: Node) -> [MARRow] {
        guard case .sequence(let items) = node else {
            r.log.error(r.location(node), "mar should be a list of rows (`- med: …`), not \(r.kindName(node))")
            return []
        }
        if items.isEmpty { r.log.error(r.location(node), "mar is empty: list at least one row, one per medication order") }
        var rows: [MARRow] = [], marks: [RowMarks] = []
        rows.reserveCapacity(items.count)
        marks.reserveCapacity(items.count)
        for item in items {
            if let (row, mark) = readRow(item, index: rows.count) {
                rows.append(row)
                marks.append(mark)
            }
        }
        checkRows(rows, marks)
        return rows
    }

    /// Where a row's fields were written, for checks across rows.
    struct RowMarks {
        var row: SourceLocation
        var med: SourceLocation
        var primary: SourceLocation?
        var planned: SourceLocation?
        var explicitDrug: Bool
    }

    private func readRow(_ node: Node, index: Int) -> (MARRow, RowMarks)? {
        guard let m = r.map(node, "a MAR row", accepted: Self.rowKeys) else { return nil }
        var ok = true
        var marks = RowMarks(row: m.location, med: m.location, explicitDrug: false)
        guard let medNode = m["med"], let medText = r.string(medNode, "med"), !medText.trimmingWhitespace().isEmpty else {
            r.log.error(m.location, "a MAR row needs `med:`, the medication as the MAR prints it")
            return nil
        }
        let med = medText.trimmingWhitespace()
        marks.med = r.textStart(medNode)

        // Drug key (D8, D9).
        var drug: DrugKey?
        if let d = m["drug"], let s = r.string(d, "drug") {
            marks.explicitDrug = true
            drug = DrugKeys.explicit(s, formulary: context.formulary)
            if drug == nil { r.log.error(r.textStart(d), "drug is empty: write the substance key, like ondansetron") }
        } else {
            drug = DrugKeys.derived(from: med, formulary: context.formulary)
            if drug == nil {
                r.log.error(marks.med, "drug is required: no drug key can be read from '\(r.clip(med))' (its first word "
                            + "starts with a digit); add `drug:` with the substance, like fluorouracil")
            }
        }

        // Route.
        var route: Route?
        if let n = m["route"] {
            route = r.word(n, kind: "route", Self.routes)
            if route == nil { ok = false }
        } else if let d = drug, d.substances.count == 1, let f = context.formulary.drug(d.substances[0]), f.routes.count == 1 {
            route = f.routes[0]
        } else {
            r.log.error(m.location, "a MAR row needs `route:` (accepted: " + Route.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            ok = false
        }

        // Class: written, else the formulary's, else (non-parenteral rows only) therapeutic.
        var drugClass: DrugClass?
        if let n = m["class"] {
            drugClass = r.word(n, kind: "class", Self.classes)
            if drugClass == nil { ok = false }
        } else if let d = drug {
            let listed = d.substances.compactMap { context.formulary.drug($0)?.drugClass }
            if listed.count == d.substances.count, let c = listed.first, listed.allSatisfy({ $0 == c }) {
                drugClass = c
            } else if route?.isNonParenteral == true || route?.isOtherFamily == true {
                drugClass = .therapeutic
            } else if route != nil {
                r.log.error(m.location, "class is required: '\(d)' is not in the formulary (accepted: "
                            + DrugClass.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                ok = false
            }
        }

        // Site.
        var site: String? = sites.first?.0.id
        if let n = m["site"], let s = r.string(n, "site") {
            let id = s.trimmingWhitespace()
            if let hit = sites.first(where: { $0.0.id == id }) {
                site = hit.0.id
            } else if sites.isEmpty {
                r.log.error(r.textStart(n), "unknown site '\(r.clip(id))': the scenario lists no `sites:`; add them or remove `site:`")
                ok = false
            } else {
                r.log.error(r.textStart(n), Suggestion.unknown("site", id, sites.map(\.0.id)))
                ok = false
            }
        }

        let order = m["order"].flatMap { r.string($0, "order") }
        var necessity = true
        if let n = m["necessity"] {
            if let v = r.word(n, kind: "necessity", [("documented", true), ("not-documented", false)]) { necessity = v } else { ok = false }
        }
        var volume: Double?
        if let n = m["volume"], let s = r.string(n, "volume") {
            switch Quantities.volume(s) {
            case .success(let v): volume = v
            case .failure(let e): r.log.error(r.textStart(n), e.message); ok = false
            }
        }
        var pump: PumpKind?
        if let n = m["pump"] {
            pump = r.word(n, kind: "pump", PumpKind.allCases.map { ($0.rawValue, $0) })
            if pump == nil { ok = false }
        }
        var planned: Int?
        if let n = m["planned"], let s = r.string(n, "planned") {
            marks.planned = r.textStart(n)
            switch Quantities.minutes(s) {
            case .success(let v): planned = v
            case .failure(let e): r.log.error(r.textStart(n), e.message); ok = false
            }
        }
        var primary = false
        if let n = m["primary"] {
            if let b = r.bool(n, "primary") { primary = b } else { ok = false }
            if primary { marks.primary = r.location(n) }
        }
        let bundled = m["bundled"].flatMap { r.string($0, "bundled") }

        // Entries, in time order, none before the first arrival.
        var list: [MAREntry] = []
        var located: [(MAREntry, SourceLocation)] = []
        if let n = m["entries"] {
            if case .sequence(let items) = n {
                var previous: Instant?
                for item in items {
                    if let problem = EntryShapeChecks.continuedEntry(item, lines: lines) {
                        r.log.error(problem.at, problem.message)
                        ok = false
                    }
                    guard let (entry, at) = entries.read(item) else { ok = false; continue }
                    if let a = firstArrival, entry.at < a {
                        r.log.error(at, "\(entry.at.chart) is before the first arrival (\(a.chart)): every MAR entry "
                                    + "falls after the patient arrived; check the date and time")
                        ok = false
                    } else if let p = previous, entry.at < p {
                        r.log.error(at, "entries out of order: \(entry.at.chart) comes before the previous entry "
                                    + "\(p.chart); list a row's entries in time order")
                        ok = false
                    }
                    previous = max(previous ?? entry.at, entry.at)
                    list.append(entry)
                    located.append((entry, at))
                }
            } else if !r.isNull(n) {
                r.log.error(r.location(n), "entries should be a list of `MM/DD HH:MM Action` lines, not \(r.kindName(n))")
                ok = false
            }
        }

        // D33: shapes that would lose or invent a dose.
        if let problem = EntryShapeChecks.emptyRow(med: r.clip(med), hasEntries: m["entries"].map { r.itemCount($0) > 0 || !r.isSequence($0) } ?? false,
                                                   hasOrder: order.map { !$0.trimmingWhitespace().isEmpty } ?? false,
                                                   at: m.location) {
            r.log.error(problem.at, problem.message)
            ok = false
        }
        if ok, let route {
            for problem in EntryShapeChecks.rowProblems(located, isDoseRow: EntryShapeChecks.isDoseRow(route: route, pump: pump)) {
                r.log.error(problem.at, problem.message)
                ok = false
            }
        }

        guard ok, let drug, let drugClass, let route else { return nil }
        let row = MARRow(index: index, med: med, drug: drug, drugClass: drugClass, route: route, site: site, order: order,
                         necessity: necessity, volumeML: volume, pump: pump, plannedMinutes: planned, primary: primary,
                         bundled: bundled, entries: list)
        return (row, marks)
    }

    private func checkRows(_ rows: [MARRow], _ marks: [RowMarks]) {
        // By index throughout: a row handed over by a `for … in` is a copy (a dozen references counted).
        // D24: one primary at most, on an IV service.
        var firstPrimary: Int?
        for i in rows.indices where rows[i].primary {
            let at = marks[i].primary ?? marks[i].row
            if let f = firstPrimary {
                r.log.error(at, "more than one row has `primary: true` ('\(r.clip(rows[f].med))' at line "
                            + "\(marks[f].primary?.line ?? marks[f].row.line) and '\(r.clip(rows[i].med))'): mark only the "
                            + "primary reason for the encounter (rules.md D24)")
            } else {
                firstPrimary = i
            }
            if !Self.isIVService(rows[i]) {
                r.log.error(at, "`primary` may only mark an IV service (an IV row of a codable class, not bundled, not a "
                            + "pump, with a Given or New Bag entry); '\(r.clip(rows[i].med))' is not one (rules.md D24)")
            }
        }
        // D25: a pump row runs more than 8 hours.
        for i in rows.indices where rows[i].pump != nil {
            if let p = rows[i].plannedMinutes, p <= 480 {
                r.log.error(marks[i].planned ?? marks[i].row, "a `pump` row needs `planned` over 8 h (here \(Self.duration(p))): "
                            + "for a shorter infusion remove `pump`, chart its stop and code it by time (rules.md D25)")
            }
        }
        // D8: keys that differ but share their first word are probably one drug — unless the author wrote
        // both keys out, which already says they are different drugs. The first row of each first word, by index.
        var seen: [String: Int] = [:]
        seen.reserveCapacity(rows.count)
        for i in rows.indices {
            guard let first = Self.firstWord(rows[i].drug.description) else { continue }
            guard let j = seen[first] else {
                seen[first] = i
                continue
            }
            if rows[j].drug != rows[i].drug, !(marks[j].explicitDrug && marks[i].explicitDrug) {
                r.log.warning(marks[i].med, "drug keys '\(rows[j].drug)' (row '\(r.clip(rows[j].med))') and '\(rows[i].drug)' "
                              + "differ but share their first word: if they are the same drug, write the same `drug:` on "
                              + "both rows")
            }
        }
    }

    /// The text before the first space or `+` (nil when there is none before them): on bytes for ASCII text,
    /// where a byte is a Character; by Characters otherwise.
    static func firstWord(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: { $0 == " " || $0 == "+" }).first.map(String.init)
        }
        var start = bytes.startIndex
        while start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "+") {
            start = bytes.index(after: start)
        }
        guard start < bytes.endIndex else { return nil }
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "+") } ?? bytes.endIndex
        return String(text[start..<end])
    }

    static func duration(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes) min"
    }
}

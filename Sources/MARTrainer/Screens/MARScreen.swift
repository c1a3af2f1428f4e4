import MARCore

extension Screen {
    /// Where an action's details start after the row indent: `01/04 22:15` (11) + 2 + action (14) + 1.
    static let marDetailOffset = 28

    /// The MAR as a coder sees it in the EHR: one block per row (medication, route and site, the
    /// order line if any), then every action as charted with date, time, rate, dose, purpose and
    /// note. Nothing is filtered: held doses, oral meds and verify entries are shown as charted. Row
    /// numbers take the same width on every row (`9.` and `10.` line up); a row by mouth, inhaled or on
    /// the skin shows no access site (a scenario's only site is not where a tablet goes).
    public static func mar(_ scenario: Scenario, width: Int, style: Style) -> String {
        var out = [style.bold("MAR"), rule(width, style)]
        let indent = spaces(max(3, "\(scenario.mar.count).".count + 1))
        for (n, row) in scenario.mar.enumerated() {
            if n > 0 { out.append("") }
            out += marRow(row, number: n + 1, indent: indent, sites: scenario.sites, width: width, style: style)
        }
        if scenario.mar.isEmpty { out.append(style.dim("(no rows)")) }
        return out.joined(separator: "\n")
    }

    static func marRow(_ row: MARRow, number: Int, indent: String, sites: [Site], width: Int, style: Style) -> [String] {
        var out: [String] = []
        let num = "\(number).".padded(indent.count)
        let medLines = Wrap.lines(row.med, width: width, first: num, rest: indent)
        out += medLines.enumerated().map { $0.offset == 0 ? num + style.bold(String($0.element.dropFirst(num.count))) : indent + style.bold(String($0.element.dropFirst(indent.count))) }

        var access = [row.route.rawValue]
        if let v = row.volumeML { access.append("\(formatNumber(v)) mL") }
        if let p = row.pump { access.append("\(p.rawValue) pump") }
        if let id = row.site, !row.route.isNonParenteral {
            if let site = sites.first(where: { $0.id == id }) {
                access.append("site \(id): \(site.description) (\(site.device.rawValue))")
            } else {
                access.append("site \(id)")
            }
        }
        out += Wrap.lines(access.joined(separator: " · "), width: width, first: indent, rest: indent + "  ")
            .map { style.dim($0) }
        if let order = row.order {
            out += Wrap.lines(order, width: width, first: indent + "Order: ", rest: indent + "       ")
        }
        for entry in row.entries {
            out += marEntry(entry, indent: indent, width: width, style: style)
        }
        if row.entries.isEmpty { out.append(indent + style.dim("(no actions charted)")) }
        return out
    }

    static func marEntry(_ entry: MAREntry, indent: String, width: Int, style: Style) -> [String] {
        // Data first: a charted rate in a column of its own (D34: the course reads it as data), then dose,
        // purpose and reason; free text last, as a quoted comment, so it never reads as data.
        var details: [String] = []
        if let d = entry.dose { details.append(d) }
        if let p = entry.purpose { details.append("purpose: \(p.rawValue)") }
        if entry.reaction { details.append("reason: reaction") }
        var text = details.joined(separator: " · ")
        if let n = entry.note { text += (text.isEmpty ? "" : "  ") + "“\(n)”" }
        var lead = indent + "\(entry.at.chart)  " + entry.charted.padded(14) + " "
        if let r = entry.rate { lead += ("rate " + r.description).padded(16) + " " }
        guard !text.isEmpty else { return [lead.trimmingTrailingSpace()] }
        return Wrap.lines(text, width: width, first: lead, rest: spaces(indent.count + marDetailOffset))
    }
}

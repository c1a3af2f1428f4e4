import MARCore
import MARCSV
import MARScenarios

/// Writes any scenario as a MAR export (`mar-import.md`): `mar.csv`, one line per charted action,
/// and `timeline.csv`, one line per encounter event. `MARImporter` reads both back to a scenario
/// that codes the same.
///
/// Each line repeats its row's cells, as EHR reports do; rows are told apart by `Order ID` (their
/// position), so two orders of one drug stay two rows. Scenario fields an EHR report does not carry
/// but coding needs go in MARCoach's own columns (`MARField`), written only when a row uses them;
/// `Substance` is always written, so the drug key never depends on the formulary.
/// A row with no entries is one line with its `Order` and no time or action.
public enum MARExporter {
    /// The `mar.csv` text.
    public static func marCSV(_ s: Scenario) -> String {
        let siteText = siteTexts(s.sites)
        let siteByID = Dictionary(s.sites.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var columns: [MARField] = [.orderID, .medication, .substance, .drugClass, .route]
        func uses(_ test: (MARRow) -> Bool) -> Bool { s.mar.contains(where: test) }
        func usesEntry(_ test: (MAREntry) -> Bool) -> Bool { s.mar.contains { $0.entries.contains(where: test) } }
        if uses({ $0.site != nil }) { columns.append(.site) }
        if s.sites.contains(where: { $0.device != .peripheral }) { columns.append(.siteDevice) }
        if s.sites.contains(where: { $0.separate != nil }) { columns.append(.siteSeparate) }
        if uses({ $0.order != nil }) { columns.append(.order) }
        if uses({ $0.volumeML != nil }) { columns.append(.volume) }
        if uses({ !$0.necessity }) { columns.append(.necessity) }
        if uses({ $0.pump != nil }) { columns.append(.pump) }
        if uses({ $0.plannedMinutes != nil }) { columns.append(.planned) }
        if uses({ $0.primary }) { columns.append(.primary) }
        if uses({ $0.bundled != nil }) { columns.append(.bundled) }
        columns += [.time, .action]
        if usesEntry({ $0.rate != nil }) { columns.append(.rate) }
        if usesEntry({ $0.dose != nil }) { columns.append(.dose) }
        if usesEntry({ $0.purpose != nil }) { columns.append(.purpose) }
        if usesEntry({ $0.reaction }) { columns.append(.stopReason) }
        if usesEntry({ $0.note != nil }) { columns.append(.comment) }

        var records: [[String]] = []
        for (n, row) in s.mar.enumerated() {
            let site = row.site.flatMap { siteByID[$0] }
            func cell(_ f: MARField, _ e: MAREntry?) -> String {
                switch f {
                case .orderID: "\(n + 1)"
                case .medication: row.med
                case .substance: row.drug.description
                case .drugClass: row.drugClass.rawValue
                case .route: row.route.rawValue
                case .site: row.site.map { siteText[$0] ?? $0 } ?? ""
                case .siteDevice: site.map { $0.device == .peripheral ? "" : $0.device.rawValue } ?? ""
                case .siteSeparate: site?.separate ?? ""
                case .order: row.order ?? ""
                case .volume: row.volumeML.map { ScenarioWriter.decimal($0) + " mL" } ?? ""
                case .necessity: row.necessity ? "" : "not-documented"
                case .pump: row.pump?.rawValue ?? ""
                case .planned: row.plannedMinutes.map { "\($0) min" } ?? ""
                case .primary: row.primary ? "true" : ""
                case .bundled: row.bundled ?? ""
                case .time: e.map { ExportTime.write($0.at) } ?? ""
                case .action: e?.charted.trimmingBlanks().isEmpty == false && ImportWords.action(e!.charted)?.0 == e!.action
                    ? e!.charted.trimmingBlanks() : (e?.action.rawValue ?? "")
                case .rate: e?.rate.map { ScenarioWriter.decimal($0.amount) + " " + $0.unit + "/hr" } ?? ""
                case .dose: e?.dose ?? ""
                case .purpose: e?.purpose?.rawValue ?? ""
                case .stopReason: e?.reaction == true ? "reaction" : ""
                case .comment: e?.note ?? ""
                case .date: ""
                }
            }
            if row.entries.isEmpty {
                records.append(columns.map { cell($0, nil) })
            }
            for e in row.entries { records.append(columns.map { cell($0, e) }) }
        }
        return CSVWriter.text(header: columns.map(\.exportHeader), records: records)
    }

    /// The `timeline.csv` text: `Time,Event`.
    public static func timelineCSV(_ s: Scenario) -> String {
        CSVWriter.text(header: ["Time", "Event"], records: s.timeline.map { [ExportTime.write($0.at), $0.text] })
    }

    /// What the Site column says for each site id: its description when that names it alone, else its id.
    static func siteTexts(_ sites: [Site]) -> [String: String] {
        var out: [String: String] = [:]
        for site in sites {
            let d = site.description.trimmingBlanks()
            let unique = !d.isEmpty && sites.filter { $0.description.trimmingBlanks() == d }.count == 1
                && !sites.contains { $0.id == d && $0.id != site.id }
            out[site.id] = unique ? d : site.id
        }
        return out
    }
}

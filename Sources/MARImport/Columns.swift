import MARCSV

/// The fields a MAR export's columns can hold (`mar-import.md`), with the headers that name them.
///
/// The first group is the spec's table of EHR headers. The second group are MARCoach's own columns,
/// which `marcoach export` writes so that every scenario field that decides coding survives the
/// CSV round trip; an EHR report rarely has them, and an import never needs them.
public enum MARField: String, CaseIterable, Sendable {
    case medication, route, action, time, date, rate, dose, volume, site, comment, order, orderID, drugClass
    // MARCoach columns (written by `export`).
    case substance, necessity, pump, planned, primary, bundled, purpose, stopReason, siteDevice, siteSeparate

    /// Headers accepted for the field, in the spelling the messages show.
    public var headers: [String] {
        switch self {
        case .medication: ["Medication", "Medication Name", "Med", "Drug", "Order Name", "Display Name"]
        case .route: ["Route", "Admin Route"]
        case .action: ["Action", "MAR Action", "Admin Action", "Administration Action", "Status"]
        case .time: ["Time", "Date Time", "Admin Time", "Administration Time", "Taken Time", "Action Time", "Given Time"]
        case .date: ["Date", "Admin Date"]
        case .rate: ["Rate", "Infusion Rate"]
        case .dose: ["Dose", "Admin Dose", "Given Dose"]
        case .volume: ["Volume", "Bag Volume"]
        case .site: ["Site", "Line", "Access", "IV Site", "Line Site"]
        case .comment: ["Comment", "Comments", "Reason", "Note"]
        case .order: ["Order", "Order Details", "Order Instructions", "Sig"]
        case .orderID: ["Order ID", "Order Number", "Order #"]
        case .drugClass: ["Class", "Category", "Therapeutic Class"]
        case .substance: ["Substance"]
        case .necessity: ["Necessity"]
        case .pump: ["Pump"]
        case .planned: ["Planned"]
        case .primary: ["Primary"]
        case .bundled: ["Bundled"]
        case .purpose: ["Purpose"]
        case .stopReason: ["Stop Reason"]
        case .siteDevice: ["Site Device"]
        case .siteSeparate: ["Site Separate"]
        }
    }

    /// The header `export` writes.
    public var exportHeader: String { headers[0] }

    /// Fields an import cannot do without (time may be a Date column beside a Time column).
    static let needed: [MARField] = [.medication, .route, .action, .time]

    /// Headers naming a column that identifies a patient: never read, never written.
    public static let patientHeaders = ["MRN", "Patient", "Patient Name", "Name", "DOB", "Birth Date", "CSN", "Account",
                                        "Encounter ID", "SSN", "Date of Birth", "Medical Record Number", "Patient ID",
                                        "Account Number", "First Name", "Last Name", "Address", "Phone"]
}

/// A header as compared: lower-cased, without spaces, `_`, `-` and `/`.
func normalizedHeader(_ header: String) -> String {
    String(header.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "/" && $0 != "\t" })
}

/// Which column holds which field, found from a header record.
struct ColumnMap<Field: Hashable> {
    /// Field → 0-based column index.
    var columns: [Field: Int] = [:]
    /// Patient-identifying headers found, with their 1-based column.
    var dropped: [(String, Int)] = []
    /// Headers that name no field, with their 1-based column.
    var unknown: [(String, Int)] = []
    /// Columns naming a field an earlier column already holds: (header, column, the earlier header).
    var duplicates: [(String, Int, String)] = []

    init(header: CSVRecord, fields: [(Field, [String])]) {
        var lookup: [String: Field] = [:]
        for (f, names) in fields { for n in names { lookup[normalizedHeader(n)] = f } }
        let patient = Set(MARField.patientHeaders.map(normalizedHeader))
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingBlanks()
            let key = normalizedHeader(name)
            if let f = lookup[key] {
                if let earlier = columns[f] {
                    duplicates.append((name, i + 1, header.fields[earlier].trimmingBlanks()))
                } else {
                    columns[f] = i
                }
            } else if patient.contains(key) {
                dropped.append((name, i + 1))
            } else if !key.isEmpty {
                unknown.append((name, i + 1))
            }
        }
    }

    /// The notes an import prints about its columns.
    func notes(file: String) -> [String] {
        var out: [String] = []
        if !dropped.isEmpty {
            out.append("\(file): dropped patient-identifying column\(dropped.count == 1 ? "" : "s") (never read or written): "
                       + dropped.map { "\($0.0) (column \($0.1))" }.joined(separator: ", "))
        }
        if !unknown.isEmpty {
            out.append("\(file): ignored column\(unknown.count == 1 ? "" : "s") MARCoach does not read: "
                       + unknown.map { "\($0.0) (column \($0.1))" }.joined(separator: ", "))
        }
        for (name, col, earlier) in duplicates {
            out.append("\(file): column \(col) '\(name)' names the same field as '\(earlier)', which is read; '\(name)' is ignored")
        }
        return out
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

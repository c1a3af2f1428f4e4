import MARCore
import MARCSV
@testable import MARImport
import Testing

struct ExportTimeTests {
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int) -> Instant {
        Instant(year: y, month: m, day: d, hour: h, minute: mi)
    }

    @Test(arguments: [
        ("01/04/2026 21:10", at(2026, 1, 4, 21, 10)),
        ("1/4/2026 9:10", at(2026, 1, 4, 9, 10)),
        ("01/04/2026 2110", at(2026, 1, 4, 21, 10)),
        ("01/04/26 21:10", at(2026, 1, 4, 21, 10)),
        ("2026-01-04 21:10", at(2026, 1, 4, 21, 10)),
        ("2026-01-04 21:10:59", at(2026, 1, 4, 21, 10)),
        ("2026-01-04T21:10", at(2026, 1, 4, 21, 10)),
        ("2026-01-04T21:10:00", at(2026, 1, 4, 21, 10)),
        ("01/04/2026 9:10 PM", at(2026, 1, 4, 21, 10)),
        ("01/04/2026 9:10PM", at(2026, 1, 4, 21, 10)),
        ("01/04/2026 9:10 pm", at(2026, 1, 4, 21, 10)),
        ("01/04/2026 12:00 AM", at(2026, 1, 4, 0, 0)),
        ("01/04/2026 12:59 AM", at(2026, 1, 4, 0, 59)),
        ("01/04/2026 12:00 PM", at(2026, 1, 4, 12, 0)),
        ("01/04/2026 11:59 PM", at(2026, 1, 4, 23, 59)),
        ("01/04/2026 1:00 AM", at(2026, 1, 4, 1, 0)),
        ("2026-01-04 9:10:30 PM", at(2026, 1, 4, 21, 10)),
        ("  01/04/2026 00:00  ", at(2026, 1, 4, 0, 0)),
        ("02/29/2028 23:59", at(2028, 2, 29, 23, 59)),
        ("12/31/2026 23:59", at(2026, 12, 31, 23, 59)),
    ])
    func reads(_ text: String, _ expected: Instant) throws {
        #expect(try ExportTime.parse(text) == expected)
    }

    @Test(arguments: [
        ("", "the time is empty: " + ExportTime.help),
        ("01/04/2026", "'01/04/2026' is not a date and time: " + ExportTime.help),
        ("01/04 21:10", "'01/04' is not a date: " + ExportTime.help),
        ("01/04/026 21:10", "'01/04/026' is not a date: " + ExportTime.help),
        ("13/04/2026 21:10", "month 13 does not exist in '13/04/2026': months run 01 to 12"),
        ("02/29/2026 21:10", "day 29 does not exist in '02/29/2026': that month has 28 days"),
        ("04/31/2026 21:10", "day 31 does not exist in '04/31/2026': that month has 30 days"),
        ("01/04/2026 24:00", "hour 24 does not exist in '24:00': the clock runs 00:00 to 23:59"),
        ("01/04/2026 21:60", "minute 60 does not exist in '21:60': minutes run 00 to 59"),
        ("01/04/2026 13:10 PM", "hour 13 does not exist in '13:10 PM': a 12-hour clock runs 1 to 12 with AM or PM"),
        ("01/04/2026 0:10 AM", "hour 0 does not exist in '0:10 AM': a 12-hour clock runs 1 to 12 with AM or PM"),
        ("01/04/2026 211", "'211' is not a clock time: " + ExportTime.help),
        ("01/04/2026 21:1", "'21:1' is not a clock time: " + ExportTime.help),
        ("01/04/2026 21:10:75", "'21:10:75' is not a clock time: " + ExportTime.help),
        ("1899-01-04 21:10", "year 1899 in '1899-01-04' is out of range (1900–2200)"),
    ])
    func refuses(_ text: String, _ message: String) {
        #expect(throws: ExportTime.Problem(message: message)) { try ExportTime.parse(text) }
    }

    @Test func separateDateAndTimeCells() throws {
        #expect(try ExportTime.parse(date: "03/10/2026", clock: "9:05 PM") == Self.at(2026, 3, 10, 21, 5))
        #expect(try ExportTime.parse(date: "2026-03-10", clock: "2105") == Self.at(2026, 3, 10, 21, 5))
        #expect(throws: ExportTime.Problem.self) { try ExportTime.parse(date: "03/10/2026", clock: "") }
        // A spreadsheet's date cell with its midnight time.
        #expect(try ExportTime.parse(date: "03/10/2026 00:00:00", clock: "21:05") == Self.at(2026, 3, 10, 21, 5))
        #expect(try ExportTime.parse(date: "3/10/2026 12:00:00 AM", clock: "9:05 PM") == Self.at(2026, 3, 10, 21, 5))
        #expect(throws: ExportTime.Problem(message: "the date cell '03/10/2026 08:00' holds a time as well: the Time column "
                                           + "gives the time")) { try ExportTime.parse(date: "03/10/2026 08:00", clock: "21:05") }
    }

    @Test func writesTheFirstFormatAndReadsItBack() throws {
        for i in [Self.at(2026, 1, 4, 0, 0), Self.at(2026, 12, 31, 23, 59), Self.at(1999, 7, 9, 9, 5)] {
            #expect(try ExportTime.parse(ExportTime.write(i)) == i)
        }
        #expect(ExportTime.write(Self.at(2026, 1, 4, 9, 5)) == "01/04/2026 09:05")
    }

    @Test(arguments: [
        ("Order ID", MARField.orderID), ("ORDER_ID", .orderID), ("order-#", .orderID), ("Admin Route", .route),
        ("MAR ACTION", .action), ("Taken_Time", .time), ("date/time", .time), ("Therapeutic Class", .drugClass),
        ("IV Site", .site), ("Order Details", .order), ("Display Name", .medication), ("Admin Date", .date),
    ])
    func headersAreMatchedLoosely(_ header: String, _ field: MARField) {
        let map = ColumnMap(header: CSVRecord(line: 1, fields: ["x", header]), fields: MARField.allCases.map { ($0, $0.headers) })
        #expect(map.columns[field] == 1)
    }

    @Test func patientColumnsAreDroppedAndOthersNoted() {
        let header = CSVRecord(line: 1, fields: ["MRN", "Medication", "patient name", "Birth-Date", "Nurse", "Med", ""])
        let map = ColumnMap(header: header, fields: MARField.allCases.map { ($0, $0.headers) })
        #expect(map.dropped.map(\.0) == ["MRN", "patient name", "Birth-Date"])
        #expect(map.unknown.map(\.0) == ["Nurse"])
        #expect(map.columns[.medication] == 1)
        #expect(map.notes(file: "m.csv") == [
            "m.csv: dropped patient-identifying columns (never read or written): MRN (column 1), patient name (column 3), "
                + "Birth-Date (column 4)",
            "m.csv: ignored column MARCoach does not read: Nurse (column 5)",
            "m.csv: column 6 'Med' names the same field as 'Medication', which is read; 'Med' is ignored",
        ])
    }
}

import MARCore
import Testing
@testable import MARScenarios

@Suite struct ChartTimeTableTests {
    @Test(arguments: [
        ("01/04 21:10", ChartTime(month: 1, day: 4, hour: 21, minute: 10)),
        ("1/4 00:00", ChartTime(month: 1, day: 4, hour: 0, minute: 0)),
        ("12/31 23:59", ChartTime(month: 12, day: 31, hour: 23, minute: 59)),
        ("02/29 08:00", ChartTime(month: 2, day: 29, hour: 8, minute: 0)),
        ("2026-01-04 21:10", ChartTime(year: 2026, month: 1, day: 4, hour: 21, minute: 10)),
        ("2024-02-29 07:05", ChartTime(year: 2024, month: 2, day: 29, hour: 7, minute: 5)),
    ])
    func parses(_ text: String, _ expected: ChartTime) throws {
        #expect(try ChartTime.parse(text) == expected)
    }

    @Test(arguments: [
        ("13/04 21:10", 0, "month 13 does not exist in '13/04': months run 01 to 12"),
        ("04/31 21:10", 0, "day 31 does not exist in '04/31': April has 30 days"),
        ("2025-02-29 21:10", 0, "day 29 does not exist in '2025-02-29': February 2025 has 28 days"),
        ("01/04 24:00", 6, "hour 24 does not exist in '24:00': the clock runs 00:00 to 23:59"),
        ("01/04 21:60", 6, "minute 60 does not exist in '21:60': minutes run 00 to 59"),
        ("01/04 2110", 6, "'2110' is not a clock time: write MM/DD HH:MM (24-hour clock), like 01/04 21:10, or YYYY-MM-DD HH:MM"),
        ("99999-01-04 21:10", 0, "year 99999 is out of range: years run from 1900 to 2200"),
        ("99999999999999999999/01 21:10", 0, "'99999999999999999999/01' is not a date: write MM/DD HH:MM (24-hour clock), like 01/04 21:10, or YYYY-MM-DD HH:MM"),
        ("01/04", 5, "the clock time is missing after '01/04': write MM/DD HH:MM (24-hour clock), like 01/04 21:10, or YYYY-MM-DD HH:MM"),
    ])
    func rejects(_ text: String, _ offset: Int, _ message: String) {
        #expect(throws: ChartTime.ParseError(offset: offset, message: message)) { try ChartTime.parse(text) }
    }
}

@Suite struct YearTableTests {
    private func i(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0) -> Instant {
        Instant(year: y, month: mo, day: d, hour: h, minute: mi)
    }

    /// D7 on the timeline: a start year, then each date after the one before it.
    @Test(arguments: [
        (["01/04 20:55", "01/05 06:39"], 2026, [true, true], ["2026-01-04T20:55", "2026-01-05T06:39"]),
        (["12/31 22:00", "01/01 03:00"], 2025, [true, true], ["2025-12-31T22:00", "2026-01-01T03:00"]),
        (["07/05 10:00", "01/02 10:00"], 2026, [true, true], ["2026-07-05T10:00", "2027-01-02T10:00"]),
        (["06/30 10:00", "01/02 10:00"], 2026, [true, false], ["2026-06-30T10:00"]),   // 179 days: not six months
        (["03/10 10:00", "01/02 10:00"], 2026, [true, false], ["2026-03-10T10:00"]),
        (["01/04 10:00", "01/04 09:59"], 2026, [true, false], ["2026-01-04T10:00"]),
        (["2025-12-31 23:00", "01/01 01:00"], 2026, [true, true], ["2025-12-31T23:00", "2026-01-01T01:00"]),
        (["12/31 23:00", "2025-01-01 01:00"], 2026, [true, false], ["2026-12-31T23:00"]),
    ])
    func timeline(_ texts: [String], _ year: Int, _ ok: [Bool], _ expected: [String]) throws {
        var previous: Instant?
        var placed: [String] = []
        for (text, good) in zip(texts, ok) {
            let t = try ChartTime.parse(text)
            switch YearResolver.timeline(t, after: previous, defaultYear: year) {
            case .success(let at):
                #expect(good, "\(text) should be out of order")
                previous = at
                placed.append(at.iso)
            case .failure:
                #expect(!good, "\(text) should be accepted")
            }
        }
        #expect(placed == expected)
    }

    /// D7 for other dates: inside [first arrival, last event], else nearest the first arrival.
    @Test(arguments: [
        ("01/01 00:10", "2026-01-01T00:10"),   // inside the window, next year
        ("12/31 23:50", "2025-12-31T23:50"),
        ("12/30 08:00", "2025-12-30T08:00"),   // before the arrival: nearest year (an error for the loader)
        ("01/05 08:00", "2026-01-05T08:00"),   // after the last event: nearest year
        ("09/01 08:00", "2025-09-01T08:00"),   // nearest to the arrival
    ])
    func otherDates(_ text: String, _ expected: String) throws {
        let resolver = YearResolver(window: i(2025, 12, 31, 22)...i(2026, 1, 1, 3), defaultYear: 2025)
        #expect(resolver.place(try ChartTime.parse(text))?.iso == expected)
    }
}

@Suite struct DrugKeyTableTests {
    static let formulary = Formulary(drugs: [
        .init(name: "ondansetron", drugClass: .therapeutic, aliases: ["Zofran"]),
        .init(name: "sodium chloride", drugClass: .hydration, aliases: ["normal saline", "NS"]),
        .init(name: "sodium bicarbonate", drugClass: .therapeutic),
        .init(name: "potassium chloride", drugClass: .electrolyte, aliases: ["KCl"]),
    ])

    @Test(arguments: [
        ("potassium chloride 20 mEq", "potassium chloride"),
        ("heparin bolus 5,000 units", "heparin"),
        ("Zofran 4 mg/2 mL", "ondansetron"),
        ("zofran", "ondansetron"),
        ("Zofranx 4 mg", "zofranx"),                          // no word boundary: not the alias
        ("NS 0.9 % 1,000 mL", "sodium chloride"),
        ("normal saline bolus 500 mL", "sodium chloride"),
        ("sodium bicarbonate 8.4 % 50 mL", "sodium bicarbonate"),
        ("KCl 20 mEq in 100 mL", "potassium chloride"),
        ("ceftriaxone 1 g in sodium chloride 0.9 % 50 mL IVPB", "ceftriaxone"),
        ("Vancomycin Infusion 1.25 g", "vancomycin"),
        ("acetaminophen tablet 650 mg", "acetaminophen"),
        ("insulin regular drip 100 units/100 mL", "insulin regular"),
    ])
    func derived(_ med: String, _ key: String) {
        #expect(DrugKeys.derived(from: med, formulary: Self.formulary)?.description == key)
    }

    @Test(arguments: ["5-FU 400 mg", "1,000 mL", "  ", "bolus 500 mL", "IVPB"])
    func nothingLeft(_ med: String) {
        #expect(DrugKeys.derived(from: med, formulary: Self.formulary) == nil)
    }

    @Test func explicitKeysMapAliasesAndJoin() {
        #expect(DrugKeys.explicit("Zofran + dexamethasone", formulary: Self.formulary) == DrugKey("dexamethasone+ondansetron"))
        #expect(DrugKeys.explicit("NS", formulary: Self.formulary) == DrugKey("sodium chloride"))
        #expect(DrugKeys.explicit(" + ", formulary: Self.formulary) == nil)
    }
}

@Suite struct QuantityTableTests {
    @Test(arguments: [("1,000 mL", 1000.0), ("250 mL", 250), ("1 L", 1000), ("0.5 L", 500), ("50", 50), ("100mL", 100)])
    func volumes(_ text: String, _ ml: Double) throws {
        #expect(try Quantities.volume(text).get() == ml)
    }

    @Test(arguments: ["1e308", "1e308 mL", "-5 mL", "0 mL", "1,00 mL", "lots", "999,999,999 mL", "inf", "nan mL"])
    func badVolumes(_ text: String) {
        #expect(throws: Quantities.QuantityError.self) { try Quantities.volume(text).get() }
    }

    @Test(arguments: [("100 mL/hr", 100.0, "mL"), ("1,000 mL/hr", 1000, "mL"), ("18 units/hr", 18, "units"), ("2.5 mg/h", 2.5, "mg")])
    func rates(_ text: String, _ amount: Double, _ unit: String) throws {
        #expect(try Quantities.rate(text).get() == Rate(amount: amount, unit: unit))
    }

    @Test(arguments: [("46 h", 2760), ("90 min", 90), ("1.5 h", 90), ("2 days", 2880)])
    func planned(_ text: String, _ minutes: Int) throws {
        #expect(try Quantities.minutes(text).get() == minutes)
    }
}

/// The byte fast path of `ChartTime.parsePrefix` against the checked reader it stands in front of: whenever
/// the fast path reads a time, the checked reader reads the same time and the same rest.
@Suite struct ChartTimeFastPathTests {
    static let edges = [
        "01/04 21:10 Given", "1/4 0:00 New Bag", "12/31 23:59", "02/29 08:00\tHeld", "2026-01-04 21:10 Stopped",
        "  01/04  21:10   Given  now", "01/04 21:10 PM", "01/04 11:10 p.m.", "01/04 11:10 AM Given", "01/04 11:10 Pmx",
        "0004/05 10:00 Given", "001/05 10:00", "13/01 10:00", "02/30 10:00", "01/04 24:00", "01/04 21:60", "01/04 21:1 Given",
        "01/04 21:100", "1999-02-29 10:00", "2024-02-29 10:00", "02024-01-04 10:00", "01-04 10:00", "01/04/2026 10:00",
        "01/04 21:10Given", "01/04", "01/04 ", "", "é1/04 10:00", "01/04 10:00 Gïven", "01/04 10:00am", "1899-01-01 10:00",
    ]

    @Test func theFastPathReadsWhatTheCheckedReaderReads() {
        var rng = SystemRandomNumberGenerator()
        /// A number near the edges of a field, sometimes zero-padded, sometimes not a number at all.
        func field(_ range: ClosedRange<Int>) -> String {
            let n = Int.random(in: (range.lowerBound - 1)...(range.upperBound + 1), using: &rng)
            return pick(["", "", "0", "00", "x"]) + String(n)
        }
        func pick(_ options: [String]) -> String { options.randomElement(using: &rng)! }
        let random = (0..<20_000).map { _ in
            let date = Bool.random(using: &rng) ? field(1...12) + pick(["/", "/", "-"]) + field(1...31)
                : pick(["2026", "2024", "1899", "202"]) + "-" + field(1...12) + pick(["-", "/"]) + field(1...31)
            return pick(["", " "]) + date + pick([" ", " ", "\t", "  ", ""]) + field(0...23) + pick([":", ":", ":", "."]) + field(0...59)
                + pick(["", " ", "\t "]) + pick(["", "Given", "PM", "p.m.", "am", "Given now", "é", "AM.", "pm x"])
        }
        var fast = 0
        for text in Self.edges + random {
            guard let (time, rest) = ChartTime.wellFormedPrefix(text) else { continue }
            fast += 1
            let checked = try? ChartTime.checkedPrefix(text)
            #expect(checked?.0 == time && checked.map { String($0.rest) } == String(rest), "\(text.debugDescription)")
        }
        #expect(fast > 40)
    }
}

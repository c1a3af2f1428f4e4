import Foundation
import MARCore
import MARImport
import MARScenarios
import Testing

/// Malformed exports: every problem of a file at once, each at FILE:LINE:COLUMN (LINE the CSV line,
/// 1 the header; COLUMN the 1-based field), with the accepted words and the closest suggestion.
@Suite struct MalformedTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Malformed")
    static let encounter = TimelineImport.read(events: ["01/04/2026 20:55 ED arrival", "01/05/2026 02:00 Discharge"]).events
    static let actions = "(accepted: Given, New Bag, Rate Change, Paused, Restarted, Stopped, Held, Canceled Entry, Pump Refill, "
        + "or an alias from scenario-format.md)"
    static let timeHelp = "write it like 01/04/2026 21:10, 01/04/2026 9:10 PM or 2026-01-04 21:10"
    static let classes = "(accepted: chemotherapy, chemotherapy-hormonal, therapeutic, electrolyte, hydration, kvo, carrier, flush, "
        + "blood, contrast, sedation, vaccine)"

    static let cases: [(String, [String])] = [
        ("unknown-action.csv", [
            "unknown-action.csv:4:3: unknown action 'Stoped' — did you mean 'Stopped'? " + actions,
            "unknown-action.csv:5:3: unknown action 'Adminstered' — did you mean 'Administered'? " + actions,
        ]),
        ("short-line.csv", [
            // An unquoted '1,000 mL' splits the medication in two: one field too many, the first extra one named.
            "short-line.csv:3:5: this line has 5 fields but the header has 4: quote a field that holds the separator",
            "short-line.csv:4:4: this line has 3 fields but the header has 4: a field is missing (or a line break splits the line)",
        ]),
        ("unclosed-quote.csv", [
            "unclosed-quote.csv:3:1: unclosed quote: the field opened with \" on this line never closes (close it, or write \"\" "
                + "for a quote inside it)",
        ]),
        ("bad-time.csv", [
            "bad-time.csv:2:4: hour 25 does not exist in '25:05': the clock runs 00:00 to 23:59",
            "bad-time.csv:3:4: month 13 does not exist in '13/04/2026': months run 01 to 12",
            "bad-time.csv:4:4: '9:05 XM' is not a clock time: " + timeHelp,
            "bad-time.csv:5:4: '01/04/2026' is not a date and time: " + timeHelp,
            "bad-time.csv:6:4: day 30 does not exist in '02/30/2026': that month has 28 days",
        ]),
        ("missing-column.csv", [
            "missing-column.csv:1:1: no route column: looked for Route, Admin Route",
            "missing-column.csv:1:1: no time column: looked for Time, Date Time, Admin Time, Administration Time, Taken Time, "
                + "Action Time, Given Time; or a Date column (Date, Admin Date) beside a Time column (this file has a Date "
                + "column but no Time column)",
        ]),
        ("before-arrival.csv", [
            "before-arrival.csv:2:4: 01/04/2026 20:50 is before the first arrival (01/04/2026 20:55): every MAR entry falls "
                + "after the patient arrived; check the date and time, or the timeline",
            "before-arrival.csv:3:4: 01/03/2026 21:05 is before the first arrival (01/04/2026 20:55): every MAR entry falls "
                + "after the patient arrived; check the date and time, or the timeline",
        ]),
        ("unknown-route-and-class.csv", [
            "unknown-route-and-class.csv:2:2: unknown route 'IV infusin' — did you mean 'IV infusion'? (accepted: IV push, "
                + "IV infusion, IV piggyback, IV, IM, SubQ, SubQ infusion, intra-arterial, intracatheter, PO, SL, inhalation, "
                + "nebulized, topical, transdermal, PR, intranasal, ophthalmic, otic, intradermal, intrathecal, epidural, "
                + "intra-articular, intralesional)",
            "unknown-route-and-class.csv:3:1: 'zzdrug' is not in the formulary, so its class is unknown: write it in the Class "
                + "column " + classes,
            "unknown-route-and-class.csv:4:5: unknown class 'therapeutc' — did you mean 'therapeutic'? " + classes,
        ]),
    ]

    @Test(arguments: cases)
    func everyProblemIsLocated(_ file: String, _ expected: [String]) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let result = MARImporter.importMAR(text: text, path: file, timeline: Self.encounter, context: CorpusTests.context)
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.description) == expected)
    }

    @Test func timelineProblemsAreLocated() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("timeline-problems.csv"), encoding: .utf8)
        let t = TimelineImport.read(csv: text, path: "timeline.csv")
        #expect(t.diagnostics.map(\.description) == [
            "timeline.csv:2:2: the first event must be an arrival ('ED arrival' or 'Arrival'), not 'Observation order'",
            "timeline.csv:3:2: unknown timeline event 'ED arival' — did you mean 'ED arrival'? (accepted: ED arrival, Arrival, "
                + "Observation order, Inpatient order, Discharge, Transfer <DEPT>)",
            "timeline.csv:4:2: timeline out of order: Discharge at 01/04/2026 20:40 comes before the previous event "
                + "(01/04/2026 20:50); list events in time order",
            "timeline.csv:5:2: 'Transfer INPATIENT' is not accepted: inpatient status starts with an 'Inpatient order' event; "
                + "write that instead (rules.md D23)",
            "timeline.csv:6:2: this line has 1 field but the header has 2: a field is missing (or a line break splits the line)",
        ])
    }

    @Test(arguments: [
        (["01/04/2026 25:00 ED arrival"], "--event:1:1: '01/04/2026 25:00 ED arrival': hour 25 does not exist in '25:00': "
            + "the clock runs 00:00 to 23:59"),
        (["01/04/2026 20:55 ED arrivl"], "--event:1:1: unknown timeline event 'ED arrivl' — did you mean 'ED arrival'? "
            + "(accepted: ED arrival, Arrival, Observation order, Inpatient order, Discharge, Transfer <DEPT>)"),
        ([], "--event:1:1: the timeline has no events: it needs at least an arrival, like 01/04/2026 20:55 ED arrival"),
    ])
    func eventOptionProblems(_ events: [String], _ message: String) {
        #expect(TimelineImport.read(events: events).diagnostics.map(\.description) == [message])
    }

    @Test(arguments: [("18 units", "rate 18 units"), ("0.1 mcg/kg/min", "rate 0.1 mcg/kg/min; titrate to MAP > 65")])
    func aRateThatIsNotPerHourIsKeptAsANote(_ rate: String, _ note: String) throws {
        let comment = rate == "18 units" ? "" : "titrate to MAP > 65"
        let text = "Medication,Route,Action,Time,Rate,Comment,Class\n"
            + "\"norepinephrine 4 mg in 250 mL\",IV infusion,New Bag,01/04/2026 21:00,\(rate),\(comment),therapeutic\n"
        let result = MARImporter.importMAR(text: text, path: "r.csv", timeline: Self.encounter, context: CorpusTests.context)
        #expect(result.diagnostics.map(\.description) == [
            "r.csv:2:5: warning: rate '\(rate)' is not a rate: write a rate as <number> <unit>/hr, like 100 mL/hr or 18 units/hr; "
                + "kept in the entry's note, not as rate data",
        ])
        let entry = try #require(result.scenario?.mar.first?.entries.first)
        #expect(entry.rate == nil)
        #expect(entry.note == note)
    }

    @Test func aRowsCellsThatDisagreeAreNamed() throws {
        let text = "Order ID,Medication,Route,Action,Time,Class,Line\n"
            + "7,ondansetron 4 mg,IV push,Given,01/04/2026 21:05,therapeutic,R hand\n"
            + "7,ondansetron 4 mg,IV push,Given,01/04/2026 22:05,therapeutic,L arm\n"
            + "7,Zofran 4 mg,IV push,Given,01/04/2026 23:05,,R hand\n"
        let result = MARImporter.importMAR(text: text, path: "c.csv", timeline: Self.encounter, context: CorpusTests.context)
        #expect(result.diagnostics.map(\.description) == [
            "c.csv:3:7: warning: this row's Site is 'R hand' on line 2 but 'L arm' here: the row keeps line 2's (one MAR row "
                + "per order; give each order its own Order ID)",
            "c.csv:4:2: warning: order 7 is 'ondansetron 4 mg' (IV push) on line 2 but 'Zofran 4 mg' (IV push) here: the row "
                + "keeps line 2's",
        ])
        #expect(result.scenario?.mar.map(\.entries.count) == [3])
    }

    @Test func theLoadersChecksHoldForAnImport() throws {
        let text = "Medication,Route,Action,Time\nondansetron 4 mg,IV push,Given,01/04/2026 21:05\nmorphine 4 mg,IV push,Given,01/04/2026 21:20\n"
        let result = MARImporter.importMAR(text: text, path: "pro.csv", timeline: Self.encounter,
                                           options: ImportOptions(setting: .professional), context: CorpusTests.context)
        let rendered = try #require(ImportedScenarioText.render(result, source: "pro.csv", timeline: nil, context: CorpusTests.context))
        #expect(rendered.diagnostics.map(\.description) == [
            "pro.csv:1:1: the scenario written from this file does not load: the professional setting needs `primary: true` on "
                + "the row that is the primary reason for the encounter (2 IV services: ondansetron 4 mg; morphine 4 mg) (in the "
                + "export: a Primary column holding true on that row's lines)",
        ])
    }

    @Test(arguments: [
        ("", "empty.csv:1:1: the file is empty: a MAR export needs a header line and one line per charted action"),
        ("Medication,Route,Action,Time\n", "empty.csv:1:1: the file has a header but no lines: export at least one charted action"),
        ("Medication,Route,Action,Time\n,IV push,Given,01/04/2026 21:00\n",
         "empty.csv:2:1: the medication is empty: every line names the medication as the MAR prints it"),
        ("Medication,Route,Action,Time\nondansetron 4 mg,IV push,,01/04/2026 21:00\n",
         "empty.csv:2:3: the action is empty (accepted: Given, New Bag, Rate Change, Paused, Restarted, Stopped, Held, Canceled Entry, Pump Refill)"),
        ("Medication,Route,Action,Time\nondansetron 4 mg,IV push,,\n",
         "empty.csv:2:3: this line has no action and no time: chart an action, or give the order text of an order that was never given"),
        ("Medication,Route,Action,Time,Rate\nheparin 25,000 units,IV infusion,New Bag,01/04/2026 21:00,18 units\n",
         "empty.csv:2:6: this line has 6 fields but the header has 5: quote a field that holds the separator"),
        ("Medication,Route,Action,Time,Substance\n250 mg IVPB,IV piggyback,New Bag,01/04/2026 21:00,\n",
         "empty.csv:2:1: no drug key can be read from '250 mg IVPB' (its first word starts with a digit): name the drug "
            + "in the Substance column, like fluorouracil"),
        ("Medication,Route,Action,Time\n250 mg IVPB,IV piggyback,New Bag,01/04/2026 21:00\n",
         "empty.csv:2:1: no drug key can be read from '250 mg IVPB' (its first word starts with a digit): add a Substance "
            + "column naming the drug, like fluorouracil"),
    ])
    func cellProblems(_ text: String, _ message: String) {
        let result = MARImporter.importMAR(text: text, path: "empty.csv", timeline: Self.encounter, context: CorpusTests.context)
        #expect(result.diagnostics.map(\.description) == [message])
        #expect(result.scenario == nil)
    }
}

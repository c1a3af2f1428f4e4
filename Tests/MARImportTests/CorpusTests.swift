import Foundation
import MARCore
import MARImport
import MARScenarios
import Testing

/// Hand-written MAR exports shaped like real EHR reports, each imported and coded against a key
/// reasoned from rules.md (not taken from the engine), by department.
@Suite struct CorpusTests {
    static let corpus = Bundle.module.resourceURL!.appendingPathComponent("Corpus")
    static var context: LoadContext { CSVRoundTripTests.context }

    struct Case: Sendable, CustomTestStringConvertible {
        var folder: String
        /// The key, by department, as a coder reasons it.
        var key: String
        /// Columns the import must report dropped (patient identifiers) and ignored.
        var dropped: [String]
        var ignored: [String]
        var testDescription: String { folder }
    }

    static let cases: [Case] = [
        // BOM, CRLF, quoted names with commas, Epic-style headers, a timeline with Date, 12-hour Time, Department.
        // Ceftriaxone 22:15–22:50 is a 35-min infusion: it outranks the pushes and fluids for the initial slot
        // (HIER-FACILITY, INF-MIN-16) → 96365. Ondansetron 21:05 is a push of a new drug after the initial → 96375;
        // again at 21:25, 20 min later (≤ 30) → nothing (REPEAT-PUSH-30). Saline 21:10–22:12 = 62 min of hydration
        // as a secondary service (pushes without a charted duration deduct nothing) → 96361 ×⌊(62+29)/60⌋ = ×1.
        // Acetaminophen PO → nothing (ROUTE-NOT-IV).
        Case(folder: "01-epic-bom-crlf", key: "ED: 96365 96361 96375",
             dropped: ["MRN (column 1)", "Patient Name (column 2)"], ignored: ["Unit (column 11)"]),
        // `;` separator, separate Admin Date and 12-hour Admin Time, no order id (rows by medication + route),
        // a quoted dose holding ';', the encounter from --event. Ondansetron 21:05 is the first push and the
        // only service type → initial 96374 (ED); morphine 21:20, a new drug → 96375 (ED); ketorolac held → nothing
        // (HELD-NOT-GIVEN); ondansetron 07:30 next day is > 30 min after the last reported push of it, in
        // observation (one encounter, ED-OBS-CONTINUOUS) → 96376 (OBS); enoxaparin SubQ → 96372 (OBS).
        Case(folder: "02-semicolon-date-time-12h", key: "ED: 96374 96375 | OBS: 96376 96372",
             dropped: ["DOB (column 7)", "Encounter ID (column 8)"], ignored: ["Nurse (column 9)"]),
        // Tab separator, ISO times with seconds, Order #, a Category column for a drug not in the formulary
        // (abatacept), a Line column, a clinic Arrival. Abatacept 14:03–15:13 with a 10-min pause = 60 active min
        // (PAUSE-EXCLUDED) → 96365, no add-on hour (≤ 90). Diphenhydramine and methylprednisolone pushes before it
        // are new drugs after the initial → 96375 ×2 (time order does not decide the initial: HIER-FACILITY).
        Case(folder: "03-tab-iso-clinic", key: "CLINIC: 96365 96375x2", dropped: [], ignored: []),
        // MM/DD/YY with 12-hour times, Order Number grouping two orders of one drug, lines out of time order,
        // a Canceled Entry, patient columns. Two ceftriaxone intervals on one access in one encounter (ED then
        // observation: ED-OBS-CONTINUOUS): order 1001, 01/15 21:10–21:45 = 35 min, and order 1002, 01/16
        // 21:00–21:40 = 40 min. Only the earliest interval of a drug takes part in the hierarchy, even when a
        // later one runs longer (rules.md D29, which settles HIER-TIEBREAK here) → 96365 in ED; the later
        // interval → 96366 (SAME-DRUG-INTERMITTENT, perInterval: 40 min, no extra hour) in OBS. Ketorolac 21:20
        // is cancelled by the 21:21 Canceled Entry; its 21:30 push is a new drug after the initial → 96375 (ED).
        Case(folder: "04-two-digit-year-order-number", key: "ED: 96365 96375 | OBS: 96366",
             dropped: ["Patient (column 7)", "CSN (column 8)"], ignored: []),
        // MM/DD/YYYY HHMM, route `IV` decided by time, Volume, IM injections, --event. Lactated Ringer's
        // 10:20–12:40 = 140 min, the only IV service, so initial hydration: 96360 + 96361 ×⌊(140−31)/60⌋ = ×1
        // (HYD-MIN-31). Ceftriaxone IM and promethazine IM: one 96372 per injection, outside the hierarchy
        // (IMSQ-PER-INJECTION) → 96372 ×2.
        Case(folder: "05-hhmm-im-hydration", key: "ED: 96360 96361 96372x2", dropped: ["Account (column 7)"], ignored: []),
    ]

    static func importCase(_ folder: String) throws -> ImportResult {
        let dir = corpus.appendingPathComponent(folder)
        let fm = FileManager.default
        let events: [TimelineEvent]
        if fm.fileExists(atPath: dir.appendingPathComponent("timeline.csv").path) {
            let t = TimelineImport.read(csv: try String(contentsOf: dir.appendingPathComponent("timeline.csv"), encoding: .utf8),
                                        path: "timeline.csv")
            #expect(t.diagnostics.isEmpty, "\(t.diagnostics.map(\.description))")
            events = t.events
        } else {
            let lines = try String(contentsOf: dir.appendingPathComponent("events.txt"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            let t = TimelineImport.read(events: lines)
            #expect(t.diagnostics.isEmpty, "\(t.diagnostics.map(\.description))")
            events = t.events
        }
        let text = try String(contentsOf: dir.appendingPathComponent("mar.csv"), encoding: .utf8)
        return MARImporter.importMAR(text: text, path: "mar.csv", timeline: events, context: context)
    }

    @Test(arguments: cases)
    func importsAndCodesToTheReasonedKey(_ c: Case) throws {
        let result = try Self.importCase(c.folder)
        let s = try #require(result.scenario, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let key = try AnswerParser.parse(c.key)
        let assessment = Scorer.assess(key, against: Engine.code(s))
        let why = assessment.discrepancies.map(\.explanation).joined(separator: "\n")
        #expect(assessment.perfect, "\(c.folder): engine \(Engine.code(s).answer.text); \(why)")
        let notes = result.notes.joined(separator: "\n")
        for d in c.dropped { #expect(notes.contains(d), "\(notes)") }
        for i in c.ignored { #expect(notes.contains(i), "\(notes)") }
        #expect(c.dropped.isEmpty == !notes.contains("patient-identifying"))
        #expect(c.ignored.isEmpty == !notes.contains("ignored column"))
        // The scenario file the import writes loads, and holds none of the patient-identifying values.
        let rendered = try #require(ImportedScenarioText.render(result, source: "mar.csv", timeline: nil, context: Self.context))
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics.map(\.description))")
        for secret in ["DOE", "SMITH", "000123", "88812", "01/02/1960", "E-778", "A-55"] {
            #expect(!rendered.text.contains(secret), "\(secret) leaked into the scenario")
        }
    }

    @Test func rowsFollowTheirFirstLineAndEntriesTheirTimes() throws {
        let s = try #require(try Self.importCase("04-two-digit-year-order-number").scenario)
        #expect(s.mar.map(\.med) == ["cefTRIAXone 1 g IVPB", "ketorolac 15 mg/mL injection", "cefTRIAXone 1 g IVPB"])
        #expect(s.mar[0].entries.map(\.action) == [.newBag, .stopped])
        #expect(s.mar[1].entries.map(\.action) == [.given, .canceledEntry, .given])
        #expect(s.sites.map(\.description) == ["R AC 20G"])
        #expect(s.mar.allSatisfy { $0.site == "A" })
    }

    @Test func anOrderNeverGivenIsARowWithoutEntries() throws {
        let text = "Order ID,Medication,Route,Action,Time,Order\n"
            + "1,ondansetron 4 mg,IV push,Given,01/04/2026 21:05,\n"
            + "2,morphine 4 mg,IV push,,,\"01/04 21:00 morphine 4 mg IV q4h PRN pain\"\n"
        let encounter = TimelineImport.read(events: ["01/04/2026 20:55 ED arrival"]).events
        let s = try #require(MARImporter.importMAR(text: text, path: "m.csv", timeline: encounter, context: Self.context).scenario)
        #expect(s.mar.map(\.entries.count) == [1, 0])
        #expect(s.mar[1].order == "01/04 21:00 morphine 4 mg IV q4h PRN pain")
    }

    @Test func aTimelineDepartmentCompletesArrivalsAndTransfers() throws {
        let text = "Event,Time,Department\nArrival,01/04/2026 20:55,ED\nTransfer,01/04/2026 23:00,OBS\nDischarge,01/05/2026 09:00,\n"
        let t = TimelineImport.read(csv: text, path: "t.csv")
        #expect(t.diagnostics.isEmpty)
        #expect(t.events.map(\.text) == ["ED arrival", "Transfer OBS", "Discharge"])
        #expect(t.events.map(\.kind) == [.arrival(.ED), .transfer(.OBS), .discharge])
    }

    @Test func cellsAreCopiedAsWritten() throws {
        let s = try #require(try Self.importCase("01-epic-bom-crlf").scenario)
        let saline = try #require(s.mar.first { $0.drug.description == "sodium chloride" })
        #expect(saline.route == .ivInfusion && saline.drugClass == .hydration)
        #expect(saline.entries.first?.rate == Rate(amount: 1000, unit: "mL"))
        #expect(saline.entries.first?.dose == "1,000 mL")
        let zofran = try #require(s.mar.first { $0.drug.description == "ondansetron" })
        #expect(zofran.entries.map(\.note) == [nil, "still nauseated, per MD"])
        #expect(s.mar.first { $0.drug.description == "ceftriaxone" }?.route == .ivPiggyback)
        #expect(s.timeline.map(\.text) == ["ED arrival", "Discharge"])
        #expect(s.timeline.first?.at == Instant(year: 2026, month: 1, day: 4, hour: 20, minute: 55))
    }
}

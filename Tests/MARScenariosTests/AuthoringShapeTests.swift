import Foundation
import MARCore
import Testing
@testable import MARScenarios

/// A small valid scenario; `mar` replaces its rows.
private func scenario(mar: String = """
    mar:
      - med: ondansetron 4 mg/2 mL injection
        class: therapeutic
        route: IV push
        entries:
          - 01/04 21:05 Given
    """, head: String = "title: Shapes") -> String {
    head + "\nencounter:\n  timeline:\n    - 01/04 20:55 ED arrival\n    - 01/05 02:00 Discharge\n" + mar + "\n"
}

@Suite struct EncodingShapeTests {
    @Test(arguments: [
        ("BOM before a key on line 1", "\u{FEFF}" + scenario()),
        ("BOM and Windows line ends", "\u{FEFF}" + scenario().replacingOccurrences(of: "\n", with: "\r\n")),
        ("Windows line ends", scenario().replacingOccurrences(of: "\n", with: "\r\n")),
    ])
    func loads(_ name: String, _ text: String) {
        let r = ScenarioLoader.load(text: text, path: "shapes.yaml")
        #expect(r.diagnostics.isEmpty, "\(name): \(r.diagnostics)")
        #expect(r.scenario?.mar.first?.entries.count == 1)
    }

    @Test func windowsLineEndsKeepErrorColumns() {
        let text = scenario().replacingOccurrences(of: "Given", with: "Givn").replacingOccurrences(of: "\n", with: "\r\n")
        let r = ScenarioLoader.load(text: text, path: "crlf.yaml")
        #expect(r.diagnostics.map(\.location) == [MARScenarios.SourceLocation(line: 11, column: 21)])
    }
}

@Suite struct EntryShapeCheckTests {
    private static func entry(_ minute: Int, _ action: Action, rate: Bool = false) -> (MAREntry, MARScenarios.SourceLocation) {
        (MAREntry(at: Instant(year: 2026, month: 1, day: 4, hour: 21, minute: minute), action: action,
                  charted: action.rawValue, rate: rate ? Rate(amount: 100, unit: "mL") : nil),
         MARScenarios.SourceLocation(line: minute + 1, column: 9))
    }

    /// Each case: entries (minute, action), dose row?, the lines of the problems expected.
    @Test(arguments: [
        ([(0, Action.newBag), (10, .stopped)], false, [Int]()),
        ([(0, .stopped)], false, [1]),                                   // stop with nothing running
        ([(0, .paused)], false, [1]),
        ([(0, .newBag), (5, .paused), (9, .stopped)], false, []),        // a paused infusion may be stopped
        ([(0, .newBag), (5, .paused), (9, .paused)], false, [10]),       // paused twice: nothing running
        ([(0, .newBag), (5, .stopped), (9, .stopped)], false, [10]),
        ([(0, .newBag), (5, .stopped), (6, .restarted), (9, .stopped)], false, []),
        ([(0, .given), (2, .stopped)], true, []),                        // a timed push
        ([(0, .stopped)], true, [1]),
        ([(0, .canceledEntry)], true, [1]),                              // nothing earlier to cancel
        ([(0, .given), (1, .canceledEntry), (2, .canceledEntry)], true, [3]),
        ([(0, .given), (1, .canceledEntry), (2, .stopped)], true, [3]),  // the cancelled push ran nothing
        ([(0, .held), (5, .stopped)], false, [6]),                       // a held dose starts nothing
        ([(0, .rateChange), (5, .stopped)], false, [6]),                 // workflow only without rate
    ] as [([(Int, Action)], Bool, [Int])])
    func rowProblems(_ entries: [(Int, Action)], _ dose: Bool, _ lines: [Int]) {
        let problems = EntryShapeChecks.rowProblems(entries.map { Self.entry($0.0, $0.1) }, isDoseRow: dose)
        #expect(problems.map { $0.at.line } == lines)
    }

    @Test func aRateChangeWithRateStartsTheRow() {
        let problems = EntryShapeChecks.rowProblems([Self.entry(0, Action.rateChange, rate: true), Self.entry(5, Action.stopped)],
                                                    isDoseRow: false)
        #expect(problems.isEmpty)
    }

    @Test(arguments: [
        ("      - 01/04 21:58 Given\n        - 01/04 21:59 Canceled Entry\n", 2),   // over-indented next entry
        ("     - 01/04 21:58 Given\n      - 01/04 21:59 Given\n", 2),              // under-indented first entry
        ("      - 01/04 21:58 Given wrong\n        patient\n", 2),
    ])
    func continuedEntriesAreFound(_ text: String, _ line: Int) throws {
        let r = ScenarioLoader.load(text: scenario(mar: """
            mar:
              - med: ondansetron 4 mg/2 mL injection
                class: therapeutic
                route: IV push
                entries:
            """ + "\n" + text), path: "c.yaml")
        #expect(r.scenario == nil)
        let d = try #require(r.diagnostics.first)
        #expect(d.line == 10 + line)
        #expect(d.message.contains("is indented under the entry on line 11"))
    }

    @Test(arguments: ["      - 01/04 21:58 Given   # a comment\n", "      - 01/04 21:58 Given\n\n      - 01/04 22:58 Given\n",
                      "      - '01/04 21:58 Given'\n"])
    func oneLineEntriesPass(_ text: String) {
        let r = ScenarioLoader.load(text: scenario(mar: """
            mar:
              - med: ondansetron 4 mg/2 mL injection
                class: therapeutic
                route: IV push
                entries:
            """ + "\n" + text), path: "c.yaml")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }

    @Test func aRowWithOnlyAnOrderIsAccepted() {
        let r = ScenarioLoader.load(text: scenario(mar: """
            mar:
              - med: ondansetron 4 mg/2 mL injection
                class: therapeutic
                route: IV push
                order: 01/04 21:00 ondansetron 4 mg IV once
            """), path: "o.yaml")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }
}

@Suite struct TimeAndHintTests {
    @Test(arguments: [
        ("11:10 AM", "'11:10 AM' is a 12-hour clock time: write times on the 24-hour clock, 11:10, no AM/PM"),
        ("11:10PM", "'11:10PM' is a 12-hour clock time: write times on the 24-hour clock, 23:10, no AM/PM"),
        ("12:05 am", "'12:05 am' is a 12-hour clock time: write times on the 24-hour clock, 00:05, no AM/PM"),
        ("12:30 p.m.", "'12:30 p.m.' is a 12-hour clock time: write times on the 24-hour clock, 12:30, no AM/PM"),
    ])
    func twelveHourTimesNameTheFix(_ time: String, _ message: String) {
        #expect(throws: ChartTime.ParseError.self) { try ChartTime.parsePrefix("01/04 " + time + " Given") }
        do { _ = try ChartTime.parsePrefix("01/04 " + time + " Given") } catch { #expect(error.message == message) }
    }

    @Test(arguments: ["01/04 11:10 Given", "01/04 11:10 Pump Refill am", "01/04 23:10 Given at 11 PM"])
    func twentyFourHourTimesPass(_ text: String) throws {
        _ = try ChartTime.parsePrefix(text)
    }

    @Test func outOfScopeCodesNameTheNearestOnes() {
        #expect(CPTCode.nearest(to: "96399") == ["96379", "96401"])
        #expect(CPTCode.notInScopeMessage("96399").contains("not a code in scope"))
        #expect(CPTCode.notInScopeMessage("96399").hasSuffix("(nearest: 96379, 96401)"))
    }

    @Test(arguments: [
        // line, the file: where the column error is reported, and the sibling named
        ("title: x\nmar:\n  - med: a\n    class: b\n      route: c\n", 5, "`class:` on line 4"),
        ("title: x\nmar:\n  - med: a\n    class: b\n  - med: c\n     - med: d\n", 6, "`- med:` on line 5"),
    ])
    func misplacedLinesNameTheirSibling(_ text: String, _ line: Int, _ sibling: String) throws {
        let (at, message) = try #require(StructureHints.misplacedLine(line, lines: SourceLines(text)))
        #expect(at.line == line)
        #expect(message.contains(sibling))
    }

    @Test func alignedLinesAreNotBlamed() {
        let text = "title: x\nmar:\n  - med: a\n    class: b\n    route: c\n"
        #expect(StructureHints.misplacedLine(5, lines: SourceLines(text)) == nil)
    }
}

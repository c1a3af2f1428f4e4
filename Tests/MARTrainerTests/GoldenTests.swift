import Foundation
import Testing
import MARCore
@testable import MARTrainer

/// Rendered screens compared with `Golden/*.txt`. Run with `UPDATE_GOLDEN=1` to rewrite them
/// (in the source tree), then review the diff.
@Suite struct Golden {
    static func check(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            try (actual + "\n").write(to: dir.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            return
        }
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden"),
                               "missing Golden/\(name).txt: run with UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual + "\n" == expected, sourceLocation: sourceLocation)
    }

    static func fits(_ text: String, _ width: Int) -> Bool {
        text.split(separator: "\n").allSatisfy { $0.count <= width }
    }

    @Test(arguments: [80, 100])
    func mar(width: Int) throws {
        let text = Screen.mar(Fixture.scenario, width: width, style: .plain)
        #expect(Self.fits(text, width))
        try Self.check("mar-\(width)", text)
    }

    @Test func feedback() throws {
        let text = Screen.feedback(Fixture.assessment, scenario: Fixture.scenario, width: 80, style: .plain)
        #expect(Self.fits(text, 80))
        try Self.check("feedback-80", text)
    }

    @Test func opening() throws {
        let text = Screen.opening(Fixture.scenario, width: 80, style: .plain)
        #expect(Self.fits(text, 80))
        try Self.check("opening-80", text)
    }

    @Test func whyAndTrace() throws {
        let why = Screen.why(code: "96375", coding: Fixture.coding, width: 80, style: .plain)
        let whyNot = Screen.why(code: "96374", coding: Fixture.coding, width: 80, style: .plain)
        let trace = Screen.trace(Fixture.coding, width: 80, style: .plain)
        try Self.check("why-trace-80", [why, whyNot, trace].joined(separator: "\n\n"))
    }

    @Test func noEscapeCodesWhenPlain() {
        let screens = [
            Screen.opening(Fixture.scenario, width: 80, style: .plain),
            Screen.feedback(Fixture.assessment, scenario: Fixture.scenario, width: 80, style: .plain),
            Screen.help(nil, width: 80, style: .plain),
            Screen.rules(Fixture.rules, width: 80, style: .plain),
        ]
        #expect(screens.allSatisfy { !$0.contains("\u{1B}") })
        #expect(Screen.feedback(Fixture.assessment, scenario: nil, width: 80, style: .ansi).contains("\u{1B}["))
    }
}

@Suite struct ScreensFit {
    @Test(arguments: [80, 100])
    func everyScreenFits(width: Int) {
        let state = LearnerState(attempts: [attempt(Fixture.scenario.id, score: 1, rules: ["HIER-FACILITY", "A-VERY-LONG-RULE-IDENTIFIER-X"])])
        let screens = [
            Screen.help(nil, width: width, style: .plain),
            Screen.help("why", width: width, style: .plain),
            Screen.rules(Fixture.rules, width: width, style: .plain),
            Screen.rule(Fixture.rules[0], width: width, style: .plain),
            Screen.list(Fixture.curriculum, state: state, current: nil, width: width, style: .plain),
            Screen.progress(learner: "ana", state: state, warnings: ["/a/very/long/path/to/attempts.jsonl:41: damaged line skipped"],
                            today: CalendarDate(year: 2026, month: 11, day: 23), width: width, style: .plain),
            Screen.progress(learner: "ana", state: state, warnings: [], today: CalendarDate(year: 2026, month: 11, day: 23),
                            curriculum: JourneyTests.curriculum, width: width, style: .plain),
            Screen.list(JourneyTests.curriculum, state: state, current: "a1", only: 2, width: width, style: .plain),
            Screen.lesson(title: "Hierarchy", markdown: Fixture.curriculum.modules[0].lesson, width: width, style: .plain),
            Screen.reveal(Fixture.coding, width: width, style: .plain),
        ]
        for s in screens {
            #expect(Golden.fits(s, width), "\(s)")
        }
    }
}

/// `help` lists each command's usage, then its summary at least two spaces further on (or on the next line).
@Suite struct HelpColumns {
    @Test func everyUsageStandsApartFromItsSummary() {
        let lines = Screen.help(nil, width: 80, style: .plain).split(separator: "\n").map(String.init)
        for name in CommandName.allCases {
            guard let line = lines.first(where: { $0.hasPrefix("  " + name.usage) }) else {
                Issue.record("no help line for \(name.usage)")
                continue
            }
            let after = line.dropFirst(2 + name.usage.count)
            #expect(after.isEmpty || after.hasPrefix("  "), "\(line)")
        }
    }
}

import MARScenarios
import Testing
@testable import MARTrainer

@Suite struct CommandParsing {
    @Test(arguments: [
        ("", Command.empty),
        ("   ", .empty),
        ("96365 96375x2", .answer(text: "96365 96375x2", offset: 0)),
        ("  96365", .answer(text: "96365", offset: 2)),
        ("answer 96365 96375", .answer(text: "96365 96375", offset: 7)),
        ("ED: 96365 | OBS: 96376", .answer(text: "ED: 96365 | OBS: 96376", offset: 0)),
        ("9636x", .answer(text: "9636x", offset: 0)),
        ("answer", .usage(.answer)),
        ("help", .help(nil)),
        ("help why", .help("why")),
        ("HELP", .help(nil)),
        ("list", .list(nil)),
        ("modules", .list(nil)),
        ("list 6", .list("6")),
        ("LIST 06-hydration", .list("06-hydration")),
        ("list 6 7", .usage(.list)),
        ("start ed-pyelo", .start("ed-pyelo")),
        ("start", .usage(.start)),
        ("start a b", .usage(.start)),
        ("next", .next),
        ("skip", .skip),
        ("show", .show),
        ("mar", .show),
        ("story", .story),
        ("timeline", .timeline),
        ("hint", .hint),
        ("why 96375", .why("96375")),
        ("why", .usage(.why)),
        ("trace", .trace),
        ("rule repeat-push-30", .rule("REPEAT-PUSH-30")),
        ("rules", .rules),
        ("lesson", .lesson(nil)),
        ("lesson 2", .lesson("2")),
        ("lesson 2 3", .usage(.lesson)),
        ("reveal", .reveal),
        ("progress", .progress),
        ("quit", .quit),
        ("exit", .quit),
        ("shw", .unknown("shw", suggestion: "show")),
        ("hlep", .unknown("hlep", suggestion: "help")),
        ("prog", .unknown("prog", suggestion: "progress")),
        ("xyzzy", .unknown("xyzzy", suggestion: nil)),
    ] as [(String, Command)])
    func parses(_ line: String, _ expected: Command) {
        #expect(Command.parse(line) == expected)
    }

    @Test func editDistanceBoundaries() {
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("show", "show") == 0)
    }
}

@Suite struct Completion {
    let completer = Completer(scenarioIDs: ["ed-pyelo", "ed-sepsis", "clinic-iron"], ruleIDs: ["HIER-FACILITY", "REPEAT-PUSH-30"],
                              codes: ["96365", "96366", "96374", "96375"])

    @Test func firstWordCompletesCommands() {
        #expect(completer.candidates(line: "", start: 0, prefix: "st") == ["start", "story"])
        #expect(completer.candidates(line: "", start: 0, prefix: "mo") == ["modules"])
    }

    @Test func afterStartCompletesScenarioIDs() {
        #expect(completer.candidates(line: "start ", start: 6, prefix: "ed-") == ["ed-pyelo", "ed-sepsis"])
    }

    @Test func afterListOrLessonCompletesModules() {
        let c = Completer(scenarioIDs: [], ruleIDs: [], moduleIDs: ["01-reading-the-mar", "02-push-vs-infusion"])
        #expect(c.candidates(line: "lesson ", start: 7, prefix: "") == ["1", "2", "01-reading-the-mar", "02-push-vs-infusion"])
        #expect(c.candidates(line: "list ", start: 5, prefix: "02") == ["02-push-vs-infusion"])
        #expect(c.candidates(line: "list 1 ", start: 7, prefix: "").isEmpty)
    }

    @Test func afterRuleOrWhy() {
        #expect(completer.candidates(line: "rule ", start: 5, prefix: "RE") == ["REPEAT-PUSH-30"])
        #expect(completer.candidates(line: "why ", start: 4, prefix: "9637") == ["96374", "96375"])
    }

    @Test func firstWordDigitsCompleteCodes() {
        #expect(completer.candidates(line: "", start: 0, prefix: "9637") == ["96374", "96375"])
    }

    @Test func elsewhereCodes() {
        #expect(completer.candidates(line: "96365 ", start: 6, prefix: "9636") == ["96365", "96366"])
        #expect(completer.candidates(line: "answer 96365 ", start: 13, prefix: "96374") == ["96374"])
    }

    @Test func commonPrefix() {
        #expect(Completer.commonPrefix(["96365", "96366"]) == "9636")
        #expect(Completer.commonPrefix(["start"]) == "start")
    }
}

@Suite struct Wrapping {
    @Test func hangingIndent() {
        let lines = Wrap.lines("alpha beta gamma delta", width: 12, first: "• ", rest: "  ")
        #expect(lines == ["• alpha beta", "  gamma", "  delta"])
        #expect(lines.allSatisfy { $0.count <= 12 })
    }

    @Test func escapeCodesTakeNoWidth() {
        let bold = Style.ansi.bold("Rationale:")
        let lines = Wrap.lines("aaa bbb", width: 15, first: bold + " ", rest: "")
        #expect(lines == [bold + " aaa", "bbb"])
        #expect(bold.visibleCount == 10)
    }

    @Test func longWordIsCut() {
        let lines = Wrap.lines("abcdefghijklmnop", width: 10, first: "> ", rest: "  ")
        #expect(lines == ["> abcdefgh", "  ijklmnop"])
    }

    @Test func keepsNewlinesAndBlankLines() {
        #expect(Wrap.lines("a\n\nb", width: 10) == ["a", "", "b"])
    }

    @Test func widthFromColumns() {
        #expect(Terminal.width(columnsVariable: nil) == 80)
        #expect(Terminal.width(columnsVariable: "120") == 100)
        #expect(Terminal.width(columnsVariable: "72") == 72)
        #expect(Terminal.width(columnsVariable: "wide") == 80)
    }

    @Test func styleDetection() {
        #expect(Style.detect(environment: [:], stdoutIsTerminal: true) == .ansi)
        #expect(Style.detect(environment: ["NO_COLOR": ""], stdoutIsTerminal: true) == .plain)
        #expect(Style.detect(environment: ["TERM": "dumb"], stdoutIsTerminal: true) == .plain)
        #expect(Style.detect(environment: [:], stdoutIsTerminal: false) == .plain)
        #expect(Style.plain.red("x") == "x")
    }
}

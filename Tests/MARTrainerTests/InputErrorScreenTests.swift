import Testing
import MARCore
@testable import MARTrainer

/// What the trainer says to a line it cannot take (learner trial audit): every line within the screen's width, long
/// input shown by a window around the problem, and a hint where the intent is plain.
@Suite struct InputErrorScreenTests {
    static func session(_ lines: [String]) -> String {
        ScriptedSession.run(lines, dir: temporaryDirectory(), scenario: Fixture.scenario.id).1
    }

    @Test(arguments: [60, 80, 100])
    func anAnswerErrorIsWrappedToTheScreen(width: Int) {
        let text = Screen.answerError("96365 96375 99999", column: 13,
                                      message: "99999 is not a code in scope: MARCoach trains only the drug-administration "
                                        + "codes that `marcoach rules` lists (nearest: 96549)", width: width, style: .plain)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= width }, "\(text)")
        #expect(lines[0] == "  96365 96375 99999")
        #expect(lines[1].hasPrefix("              ^"), "the caret under column 13: \(text)")
        #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("lists (nearest: 96549)"),
                "the whole message, wrapped: \(text)")
    }

    @Test func aLongAnswerIsShownByAWindowAroundTheProblem() {
        let answer = String(repeating: "96365 ", count: 40) + "9636x"
        let text = Screen.answerError(answer, column: 241, message: "'9636x' is not a code", width: 80, style: .plain)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(text)")
        #expect(lines[0].hasPrefix("  …") && lines[0].hasSuffix("9636x"), "\(text)")
        let caret = lines[1].firstIndex(of: "^").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        let problem = lines[0].range(of: "9636x").map { lines[0].distance(from: lines[0].startIndex, to: $0.lowerBound) }
        #expect(caret != nil && caret == problem, "\(text)")
    }

    @Test func aDepartmentWithoutItsColonIsShownHowToWriteIt() {
        let text = Self.session(["ED 96365", "quit"])
        #expect(text.contains("To give departments, put a colon after each one: ED: 96365"), "\(text)")
        #expect(!text.contains("Unknown command 'ED'"))
    }

    @Test func traceWithACodePointsToWhy() {
        let text = Self.session(["trace 96365", "quit"])
        #expect(text.contains("'trace' takes nothing after it") && text.contains("'why CODE'"), "\(text)")
    }

    @Test func aLongUnknownWordIsClippedAndNotCorrected() {
        let text = Self.session([String(repeating: "x", count: 2000), "quit"])
        #expect(text.contains("Unknown command '" + String(repeating: "x", count: 24) + "…'."), "\(text)")
        #expect(!text.contains("Did you mean"))
        let long = Self.session([String(repeating: "9", count: 300), "quit"])
        #expect(long.contains("'" + String(repeating: "9", count: 20) + "…' is not a code"), "\(long)")
    }
}

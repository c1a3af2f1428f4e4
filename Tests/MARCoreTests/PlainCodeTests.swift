import Testing
@testable import MARCore

/// `96374` and `96361x2` are read on bytes; everything else by the full parser, and both must agree.
@Suite struct PlainCodeTests {
    @Test(arguments: ["96374", "96361x2", "96361x24", "96361x25", "96361x0", "99999", "96374x", "9637", "96374 ", "96375x02"])
    func plainCodesReadAsTheFullParserReadsThem(_ text: String) {
        let full = Result { () throws(AnswerError) -> Answer in try AnswerParser.parse(text) }
        if let item = AnswerParser.plainCode(text) {
            #expect((try? full.get()) == Answer([item]))
        } else {
            // Not a plain code: `parse` reads it in full (and rejects the bad ones with its own message).
            #expect(["96361x25", "96361x0", "99999", "96374x", "9637", "96374 "].contains(text))
        }
    }

}

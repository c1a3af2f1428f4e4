@testable import MARCore
import Testing

/// The engine records each (rule, message) firing once by comparing bytes a word at a time and by a fingerprint of
/// every byte of the message; a wrong comparison would drop a firing or keep a duplicate.
@Suite struct ByteTextTests {
    /// Texts of every length around the word (8) and fingerprint (24) boundaries, with non-ASCII bytes in them.
    static let lengths = Array(0...56)
    static func text(_ n: Int) -> String { String((0..<n).map { i in i % 11 == 5 ? "–" : Character(UnicodeScalar(97 + i % 26)!) }) }

    @Test(arguments: lengths) func aTextIsTheSameAsItsCopyAndDiffersFromEveryOneByteChange(_ n: Int) {
        let a = Self.text(n)
        let copy = String(decoding: Array(a.utf8), as: UTF8.self)
        #expect(ByteText.same(a, copy))
        #expect(ByteText.fingerprint(a, seed: 3) == ByteText.fingerprint(copy, seed: 3))
        var bytes = Array(a.utf8)
        for i in bytes.indices where bytes[i] < 0x80 {
            let saved = bytes[i]
            bytes[i] = saved == 0x5a ? 0x59 : 0x5a
            #expect(!ByteText.same(a, String(decoding: bytes, as: UTF8.self)), "a change at byte \(i) of \(bytes.count)")
            bytes[i] = saved
        }
        #expect(!ByteText.same(a, a + "x"))
    }

    @Test func theFingerprintTakesTheRuleAndTheLength() {
        let message = "ondansetron push at 21:05 is the initial service: 96374"
        #expect(ByteText.fingerprint(message, seed: 1) != ByteText.fingerprint(message, seed: 2))
        #expect(ByteText.fingerprint(message, seed: 1) != ByteText.fingerprint(message + " ", seed: 1))
    }

    @Test func aFiringIsRecordedOncePerRuleAndMessageInTheOrderFirstSeen() {
        var index = FiringIndex()
        var firings: [Firing] = []
        // 300 distinct messages (the table grows past its first 256 slots), each recorded twice, under two rules;
        // long messages that share their first and last 24 bytes differ only in the middle.
        for round in 0..<2 {
            for i in 0..<300 {
                let middle = String(repeating: "x", count: i % 7) + String(i)
                index.record(.pushMax15, "ondansetron push at 21:05 ran \(middle) min (15 or less): a push", in: &firings)
                index.record(.infMin16, "ondansetron push at 21:05 ran \(middle) min (15 or less): a push", in: &firings)
            }
            #expect(firings.count == 600, "round \(round)")
        }
        #expect(firings[0].rule == .pushMax15 && firings[1].rule == .infMin16)
        #expect(Set(firings).count == 600)
    }

    /// The engine's messages are templates: many differ only in the middle (a time, a count of minutes). Their
    /// fingerprints must differ too, or every such firing is compared with every earlier one (quadratic in the MAR).
    @Test func templatedMessagesThatDifferOnlyInTheMiddleHaveTheirOwnFingerprints() {
        let messages = (0..<100).map { i in
            "ondansetron again at 01/04 \(10 + i / 60):\(i % 60 < 10 ? "0" : "")\(i % 60), \(90 + i) min after the last "
                + "reported push (more than 30): a repeat push of the same drug, 96376"
        }
        #expect(Set(messages.map { $0.utf8.count }).count < 10, "the test wants messages of a few lengths")
        #expect(Set(messages.map { ByteText.fingerprint($0, seed: 7) }).count == messages.count)
    }

    @Test func aRuleOrdinalIsItsPositionInTheCatalogOrder() {
        #expect(RuleID.all.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    }
}

/// The byte comparisons on `String`s, as the tests above write them (the engine calls them on a sentence's bytes).
private extension ByteText {
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in same(x, y) } }
    }

    static func fingerprint(_ text: String, seed: UInt64) -> UInt64 {
        var text = text
        return text.withUTF8 { fingerprint($0, seed: seed) }
    }
}

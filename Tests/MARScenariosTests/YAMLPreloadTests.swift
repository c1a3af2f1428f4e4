@testable import MARScenarios
import Testing

/// `YAMLEvents` puts checked text straight into libyaml's character buffer instead of letting libyaml's reader
/// decode it: for any text, the tree or the failure (with its marks) must be the one the reader gives.
@Suite struct YAMLPreloadTests {
    static func both(_ text: String) -> (preloaded: Result<Node?, YAMLEvents.Failure>, read: Result<Node?, YAMLEvents.Failure>) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            (Result { () throws(YAMLEvents.Failure) in try YAMLEvents.compose(utf8: b) },
             Result { () throws(YAMLEvents.Failure) in try YAMLEvents.compose(utf8: b, preloading: false) })
        }
    }

    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (preloaded, read) = both(text)
        switch (preloaded, read) {
        case (.success(let a), .success(let b)): #expect(a == b, sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)): #expect(a == b, sourceLocation: sourceLocation)
        default: Issue.record("preloaded \(preloaded), read \(read)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        "", "\n", "a: 1", "a: 1\n", "a: b\r\nc: d\r\n", "# only a comment",
        "drug: ünïcödé — “quotes” ✓\nnext: 😀 x\n  bad: indent\n",
        "k: é\n- oops\n",                       // a syntax error after multi-byte text: same mark, same column
        "k: \"unterminated é\n",
        "a: x\u{85}b: y\n",                     // NEL: a line break to libyaml
        "a: \u{A0}nbsp\u{2028}ls\n",
        "a: &anchor 1\nb: *anchor\n",
        "a: 1\na: 2\n",
        "é: [1, {x: y}]\n? [k]\n: v\n",
    ])
    func handWrittenTextsGiveTheSameResult(_ text: String) {
        Self.expectSame(text)
    }

    /// libyaml's reader refuses C1 control characters (U+0080–U+009F but U+0085); the preload leaves such a text to
    /// it, wherever the character falls in an eight-byte word.
    @Test func aC1ControlIsStillRefusedByLibyaml() {
        for scalar in [0x80, 0x84, 0x86, 0x9F] {
            for pad in 0..<10 {
                let text = "a: " + String(repeating: "x", count: pad) + String(UnicodeScalar(UInt8(scalar))) + "\n"
                let bytes = Array(text.utf8)
                #expect(bytes.withUnsafeBufferPointer { YAMLEvents.characterCount($0) } == nil, "U+\(scalar) after \(pad)")
                guard case .failure(.reader(let problem)) = Self.both(text).preloaded else {
                    Issue.record("U+\(scalar) after \(pad) was accepted")
                    continue
                }
                #expect(problem == "control characters are not allowed")
                Self.expectSame(text)
            }
        }
    }

    @Test(arguments: [
        ("", 0), ("abc", 3), ("abcdefgh", 8), ("abcdefghi", 9), ("é", 1), ("aéb", 3),
        ("1234567é", 8), ("123456é8", 8), ("—✓😀", 3), (String(repeating: "ü", count: 9), 9), ("\u{85}", 1),
    ])
    func charactersAreCountedAsLibyamlCountsThem(_ text: String, _ characters: Int) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { YAMLEvents.characterCount($0) } == characters)
    }

    /// libyaml's own buffer holds 48 KiB: a longer text gets a buffer of its size; both sides of the edge, and a text
    /// of several times that.
    @Test func textsLongerThanLibyamlsBufferGiveTheSameTree() {
        let line = "- ünïcödé item with some words\n"   // 31 characters, 34 bytes
        let edge = 3 * 16384
        for target in [edge - 2, edge - 1, edge, edge + 1, 5 * edge] {
            var text = String(repeating: line, count: target / line.utf8.count)
            text += "- " + String(repeating: "x", count: max(0, target - text.utf8.count - 3)) + "\n"
            #expect(text.utf8.count == target)
            Self.expectSame(text)
            if case .success(let node) = Self.both(text).preloaded {
                #expect(node != nil)
            } else {
                Issue.record("\(target) bytes did not parse")
            }
        }
    }
}

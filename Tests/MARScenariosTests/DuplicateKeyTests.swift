@testable import MARScenarios
import Testing

/// The same key twice in one map is refused with the repeated keys (sorted) and the first place of the first of
/// them; keys are compared by fingerprints of their bytes, texts only where two fingerprints are equal.
@Suite struct DuplicateKeyTests {
    static func failure(_ text: String) -> YAMLEvents.Failure? {
        Array(text.utf8).withUnsafeBufferPointer { b in
            do throws(YAMLEvents.Failure) {
                _ = try YAMLEvents.compose(utf8: b)
                return nil
            } catch {
                return error
            }
        }
    }

    static let manyKeys = (1...40).map { "k\($0): v\n" }.joined()

    @Test(arguments: [
        ("a: 1\nb: 2\na: 3\n", ["a"], 1, 1),
        ("b: 1\na: 2\nb: 3\na: 4\n", ["a", "b"], 2, 1),              // sorted; the first place of "a"
        ("x: 1\ny: 2\nx: 3\nx: 4\n", ["x"], 1, 1),                    // three times: one name, its first place
        ("top:\n  inner: 1\n  other: 2\n  inner: 3\n", ["inner"], 2, 3),
        ("é: 1\nü: 2\né: 3\n", ["é"], 1, 1),
        ("ab: 1\nba: 2\nab: 3\n", ["ab"], 1, 1),
        ("'a': 1\n\"a\": 2\n", ["a"], 1, 1),                          // quoting does not make a key different
        (manyKeys + "k7: again\n", ["k7"], 7, 1),                     // a long map: the table
    ])
    func repeatedKeysAreRefused(_ text: String, _ keys: [String], _ line: Int, _ column: Int) {
        #expect(Self.failure(text) == .duplicateKeys(keys, mark: Node.Mark(line: line, column: column)))
    }

    @Test(arguments: [
        "a: a\nb: a\nc: b\n",                  // values are not keys
        "a: 1\nab: 2\nb: 3\nba: 4\n",
        "- a: 1\n- a: 2\n",                     // the same key in two maps
        "? [k]\n: 1\n? [k]\n: 2\n",              // keys that are not text are not compared
        "a:\n  a: 1\n",
        manyKeys,
    ])
    func distinctKeysPass(_ text: String) {
        #expect(Self.failure(text) == nil)
    }
}

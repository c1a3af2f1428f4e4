import MARCore
import Testing
@testable import MARScenarios

/// The loader reads common ASCII text on bytes and everything else by Characters; both must agree.
@Suite struct BytePathTests {
    /// The Character walk `trimmingWhitespace` used before its byte path.
    static func trimmedByCharacters(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    @Test(arguments: ["", " ", "\t\r\n", "Given", "  IV placed, flushed ", "a\r\n", "\r\na b\r\n", "\u{A0}x\u{A0}",
                      " é ", "e\u{301} ", " \u{301}x", "x \u{301}", "\u{85}note\u{2003}", "\u{0B}\u{0C}x\u{0B}", "\u{1C}x\u{1F}",
                      "\u{600} x", "x \u{600}"])
    func trimmingMatchesTheCharacterWalk(_ text: String) {
        #expect(text.trimmingWhitespace() == Self.trimmedByCharacters(text))
        #expect(text.trimmingWhitespace().utf8.elementsEqual(Self.trimmedByCharacters(text).utf8))
        // The Substring and generic forms, on a slice inside a longer text (framed by a control character, which no
        // Character joins across).
        let framed = "\u{01}" + text + "\u{01}"
        let slice = framed.dropFirst().dropLast()
        #expect(slice.trimmingWhitespace() == Self.trimmedByCharacters(text))
        #expect(Self.generic(slice) == Self.trimmedByCharacters(text))
        for byte in [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "x"), 0xCC, 0x85] {
            #expect(text.containsByte(byte) == text.utf8.contains(byte))
            #expect(slice.containsByte(byte) == text.utf8.contains(byte))
        }
    }

    static func generic<S: StringProtocol>(_ s: S) -> String { s.trimmingWhitespace() }

    @Test(arguments: [
        ("Given", "Given", "", Action.given),
        ("given later", "given", " later", .given),
        ("NEW BAG 125 mL/h", "NEW BAG", " 125 mL/h", .newBag),
        ("Rate Verify", "Rate Verify", "", .rateChange),
        ("Stopped, pump off", "Stopped", ", pump off", .stopped),
        ("Stop", "Stop", "", .stopped),
        ("Infusion Completed", "Infusion Completed", "", .stopped),
        ("Gívén", nil, nil, nil),
        ("Given\u{301}", nil, nil, nil),
        ("Givenx", nil, nil, nil),
        ("Given2", nil, nil, nil),
        ("", nil, nil, nil),
        ("Rate", nil, nil, nil),
    ] as [(String, String?, String?, Action?)])
    func actionsMatchWholeWords(_ text: String, _ charted: String?, _ rest: String?, _ action: Action?) {
        let hit = EntryReader.matchAction(Substring(text))
        #expect(hit?.0 == action)
        #expect(hit?.1 == charted)
        #expect(hit.map { String($0.2) } == rest)
    }

    @Test(arguments: [
        ("Scenarios/02-push/m02-seizure.yaml", "m02-seizure"), ("a.YML", "a"), ("x.yml.yaml", "x"), ("dir/", "dir"),
        ("/", "/"), ("", ""), ("plain", "plain"), (".yaml", ""), ("é-case.yaml", "é-case"), ("a//b.yaml//", "b"),
    ])
    func defaultIDs(_ path: String, _ id: String) {
        #expect(ScenarioLoader.defaultID(forPath: path) == id)
    }

    @Test(arguments: ["ondansetron", "sodium chloride", "dexamethasone+ondansetron", " +x", "+", "", "é café", "a\u{301} b"])
    func firstWordsMatchTheCharacterSplit(_ key: String) {
        #expect(MARReader.firstWord(key) == key.split(whereSeparator: { $0 == " " || $0 == "+" }).first.map(String.init))
    }

    @Test(arguments: ["01/04 21:10 Given", "2026-01-04 21:10 New Bag", "01/04 21:10 PM", "01/04 21:10 p.m. x", "1/4 0:00",
                      "01/04 21:10", " 01/04\t21:10  note", "01/04 21:1", "01/04 21:10pm"])
    func wellFormedTimesLeaveTheSameRest(_ text: String) {
        if let (time, rest) = ChartTime.wellFormedPrefix(text) {
            let checked = try? ChartTime.checkedPrefix(text)
            #expect(checked?.0 == time)
            #expect(checked.map { String($0.rest) } == String(rest))
        }
    }
}

/// A checked map's lookups: keys found by their word and then their text, and YAML's null spellings read as absent.
@Suite struct MapLookupTests {
    private func map(_ text: String, accepted: [String]) -> MapNode? {
        let log = DiagnosticLog(path: "t.yaml")
        guard let root = YAMLSource.compose(text, log: log) else { return nil }
        return NodeReader(log: log).map(root, "the map", accepted: accepted)
    }

    @Test(arguments: [
        ("", true), ("~", true), ("null", true), ("Null", true), ("NULL", true), ("nUll", false), ("nul", false),
        ("'~'", false), ("\"null\"", false), ("none", false), ("x", false), ("nulls", false),
    ])
    func nullSpellingsAreAbsent(_ value: String, _ absent: Bool) throws {
        let m = try #require(map("site: \(value)\n", accepted: ["site"]))
        #expect(m.has("site"))
        #expect((m["site"] == nil) == absent)
    }

    @Test func keysSharingTheirFirstBytesAreToldApart() throws {
        let keys = ["volume", "volumeML", "volume_ml", "rate", "route", "routes", "planned", "plannedMinutes", "é", "e\u{301}x"]
        let text = keys.enumerated().map { "\"\($0.element)\": v\($0.offset)" }.joined(separator: "\n") + "\n"
        let m = try #require(map(text, accepted: keys))
        for (i, key) in keys.enumerated() {
            guard case .scalar(let s)? = m[key] else { Issue.record("no \(key)"); continue }
            #expect(s.string == "v\(i)", "\(key)")
        }
        #expect(m["volum"] == nil && m["volumeM"] == nil && m["Rate"] == nil)
    }
}

import Foundation
import MARCore
import MARGenerator
import MARScenarios
import Testing
@testable import MARTrainer

/// The byte writer must spell the code report exactly as the `JSON` tree renders it.
@Suite struct JSONBytesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    static func bytes(_ c: Coding) -> String {
        var out = JSONBytes()
        CodingReport.writeJSON(c, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func everyShippedScenarioIsByteIdentical() {
        let lib = Library.load(curriculumDirectory: Self.root.appendingPathComponent("Curriculum").path,
                               scenariosDirectory: Self.root.appendingPathComponent("Scenarios").path)
        #expect(lib.scenarios.count > 100)
        for file in lib.scenarios {
            let c = Engine.code(file.scenario)
            #expect(Self.bytes(c) == CodingReport.json(c).rendered(), "\(file.relativePath)")
        }
    }

    @Test func generatedScenariosAreByteIdentical() {
        let lib = Library.load(curriculumDirectory: Self.root.appendingPathComponent("Curriculum").path, scenariosDirectory: nil)
        let generator = ScenarioGenerator(context: LoadContext(formulary: lib.formulary, profiles: lib.profiles))
        let generated = generator.generate(GeneratorOptions(seed: 12, count: 200))
        #expect(generated.count == 200)
        for g in generated {
            #expect(Self.bytes(g.coding) == CodingReport.json(g.coding).rendered(), "\(g.id)")
        }
    }

    /// Escapes, nulls, negative and padded numbers, empty containers, nesting: the writer against the tree.
    @Test(arguments: [
        "", "plain", "quote \" and back\\slash", "new\nline\rreturn\ttab", "\u{01}\u{1F}", "café — 96365 ✓", "\u{7F}",
        // An escape in the last byte of texts of 7 to 17 bytes (the short word, the overlapping last word).
        "123456\"", "1234567\"", "12345678\\", "abcdefghijklmn\n", "abcdefghijklmno\"", "abcdefghijklmnop\u{1}",
        "abcdefgh", "abcdefghijklmnop",
    ])
    func stringsEscapeAsTheTree(_ s: String) {
        var out = JSONBytes()
        out.beginObject(); out.key(text: s); out.string(s); out.key("n"); out.null(); out.endObject()
        #expect(String(decoding: out.bytes, as: UTF8.self) == JSON.object([(s, .string(s)), ("n", .null)]).rendered())
    }

    /// The writer's own storage: grown past its first room (by single bytes and by long pieces), emptied for reuse.
    @Test(arguments: [0, 1, 63, 64, 65, 4096])
    func growsPastItsRoomAndEmptiesForReuse(_ room: Int) {
        var out = JSONBytes(reservingCapacity: room)
        let long = String(repeating: "ab\"c\n", count: 900)
        out.beginArray()
        for i in 0..<300 { out.int(i) }
        out.string(long)
        out.endArray()
        let expected = JSON.array((0..<300).map { JSON.int($0) } + [.string(long)]).rendered()
        #expect(String(decoding: out.bytes, as: UTF8.self) == expected)
        #expect(out.count == expected.utf8.count && out.withBytes { Array($0) } == out.bytes)
        out.removeAll()
        #expect(out.count == 0 && out.bytes.isEmpty)
        out.beginObject(); out.key("k"); out.null(); out.endObject()
        #expect(String(decoding: out.bytes, as: UTF8.self) == "{\"k\": null}")
    }

    @Test(arguments: [0, 7, -7, 10, 123_456, Int.max, Int.min])
    func integersAsTheTree(_ i: Int) {
        var out = JSONBytes()
        out.beginArray(); out.int(i); out.beginArray(); out.endArray(); out.beginObject(); out.endObject(); out.int(i); out.endArray()
        #expect(String(decoding: out.bytes, as: UTF8.self) == JSON.array([.int(i), .array([]), .object([]), .int(i)]).rendered())
    }

    @Test(arguments: [(2026, 1, 4, 0, 0), (2026, 12, 31, 23, 59), (999, 2, 3, 4, 5), (10_000, 10, 10, 10, 10)])
    func instantsAsISO(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int) {
        let t = Instant(year: y, month: mo, day: d, hour: h, minute: mi)
        var out = JSONBytes()
        out.beginArray(); out.instant(t); out.date(t.date); out.optionalInstant(nil); out.endArray()
        #expect(String(decoding: out.bytes, as: UTF8.self) == JSON.array([.string(t.iso), .string(t.date.iso), .null]).rendered())
    }
}

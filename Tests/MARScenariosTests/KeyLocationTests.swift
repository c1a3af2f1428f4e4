import Foundation
import Testing
@testable import MARScenarios

/// Where a key that disagrees with the engine is reported: `codes:` under `key:`, whatever the line ends.
@Suite struct KeyLocationTests {
    @Test(arguments: ["\n", "\r\n"])
    func codesUnderKeyIsFound(_ end: String) throws {
        let text = ["id: x", "title: é — a dash", "key:", "  # the answer", "  codes: 96365", "hints: []", ""]
            .joined(separator: end)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(KeyCheck.keyLocation(path) == SourceLocation(line: 5, column: 3))
    }

    @Test func keyWithoutCodesIsTheKeyLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString).yaml").path
        try "id: x\r\nkey:\r\n  by_department: {}\r\ntitle: t\r\ncodes: not under key\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(KeyCheck.keyLocation(path) == SourceLocation(line: 2, column: 1))
        #expect(KeyCheck.keyLocation(path + ".missing") == .start)
    }
}

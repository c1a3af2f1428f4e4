import Foundation
import MARCore
import Testing
@testable import MARScenarios

/// Every `Malformed/NAME.yaml` must produce exactly the lines of `Malformed/NAME.expected`
/// (`NAME.yaml:line:column: message`), and no scenario.
@Suite struct MalformedCorpusTests {
    static let folder: URL? = Bundle.module.url(forResource: "Malformed", withExtension: nil)

    static let names: [String] = {
        guard let folder,
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.names.count >= 25)
    }

    @Test(arguments: names) func file(_ name: String) throws {
        let folder = try #require(Self.folder)
        let path = folder.appendingPathComponent(name + ".yaml").path
        let result = ScenarioLoader.load(path: path)
        let actual = result.diagnostics.map { $0.withPath(name + ".yaml").description }
        let expectedPath = folder.appendingPathComponent(name + ".expected").path
        guard let expectedText = try? String(contentsOfFile: expectedPath, encoding: .utf8) else {
            Issue.record(Comment(rawValue: "missing \(name).expected; the loader says:\n" + actual.joined(separator: "\n")))
            return
        }
        let expected = expectedText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(actual == expected)
        #expect(result.scenario == nil)
    }

    @Test func oversizeFileIsRefusedBeforeParsing() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oversize-\(UUID().uuidString).yaml").path
        let line = "# " + String(repeating: "x", count: 1021) + "\n"   // 1 KiB
        try String(repeating: line, count: 1025).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ScenarioLoader.load(path: path)
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map { $0.withPath("oversize.yaml").description } == [
            "oversize.yaml:1:1: the file is 1049600 bytes; scenario and curriculum files are limited to 1 MiB (1048576 bytes): "
                + "split it or remove what does not belong in it",
        ])
        let text = ScenarioLoader.load(text: String(repeating: line, count: 1025), path: "oversize.yaml")
        #expect(text.diagnostics.count == 1 && text.scenario == nil)
    }

    @Test func deepNestingDoesNotCrash() {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let result = ScenarioLoader.load(text: "title: x\nstory: " + text, path: "deep.yaml")
        #expect(result.scenario == nil)
    }
}

@Suite struct HostileInputTests {
    @Test(arguments: [200_000])
    func veryDeepNestingIsRefused(_ depth: Int) {
        let flow = "title: x\nstory: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(ScenarioLoader.load(text: flow, path: "deep.yaml").scenario == nil)
        let block = "title: x\nstory: " + String(repeating: "- ", count: depth) + "x\n"
        #expect(ScenarioLoader.load(text: block, path: "deep.yaml").scenario == nil)
    }
}

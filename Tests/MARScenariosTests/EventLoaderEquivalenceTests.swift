import Foundation
import MARCore
import MARGenerator
@testable import MARScenarios
import Testing
import Yams

/// The event-based reader (`YAMLEvents`) against the Yams node tree it replaced: for every shipped YAML file
/// and 1,000 generated scenarios, both give the same tree — every scalar's text, style and place, every
/// list and map — and the scenario built from each is the same (written back out, with the same diagnostics).
@Suite struct EventLoaderEquivalenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The tree Yams composes (basic resolver, as the old loader used), in the loader's own node type.
    static func viaYams(_ text: String) throws -> MARScenarios.Node? {
        try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot().map(convert)
    }

    static func convert(_ node: Yams.Node) -> MARScenarios.Node {
        let mark = MARScenarios.Node.Mark(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case .scalar(let s):
            return .scalar(.init(string: s.string, style: .init(rawValue: UInt8(s.style.rawValue))!, mark: mark))
        case .mapping(let m):
            return .mapping(.init(pairs: m.map { (convert($0.key), convert($0.value)) }, mark: mark))
        case .sequence(let s):
            return .sequence(.init(items: s.map(convert), mark: mark))
        case .alias:
            Issue.record("an alias in a shipped file")
            return .scalar(.init(string: "", style: .plain, mark: mark))
        }
    }

    static func viaEvents(_ text: String) -> MARScenarios.Node? {
        let log = DiagnosticLog(path: "t.yaml")
        let node = YAMLSource.compose(text, log: log)
        #expect(log.sorted.isEmpty, "\(log.sorted)")
        return node
    }

    static var shippedFiles: [String] {
        let fm = FileManager.default
        return ["Scenarios", "Curriculum"].flatMap { folder -> [String] in
            let base = root.appendingPathComponent(folder)
            let all = (fm.enumerator(atPath: base.path)?.allObjects as? [String]) ?? []
            return all.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
        }
    }

    @Test func everyShippedYAMLFileGivesTheSameTree() throws {
        let files = Self.shippedFiles
        #expect(files.count > 130)
        for file in files {
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            let events = Self.viaEvents(text)
            #expect(events != nil, "\(file)")
            #expect(events == (try Self.viaYams(text)), "\(file)")
        }
    }

    @Test func athousandGeneratedScenariosGiveTheSameTreeAndTheSameScenario() throws {
        let lib = Library.load(curriculumDirectory: Self.root.appendingPathComponent("Curriculum").path,
                               scenariosDirectory: Self.root.appendingPathComponent("Scenarios").path)
        let context = LoadContext(formulary: lib.formulary, profiles: lib.profiles)
        let generated = ScenarioGenerator(context: context).generate(GeneratorOptions(seed: 2026, count: 1000))
        #expect(generated.count == 1000)
        for g in generated {
            let yams = try #require(try Self.viaYams(g.text))
            let events = try #require(Self.viaEvents(g.text))
            #expect(events == yams, "\(g.id)")
            let lines = SourceLines(g.text)
            let logA = DiagnosticLog(path: g.fileName), logB = DiagnosticLog(path: g.fileName)
            let a = ScenarioBuilder(log: logA, context: context, path: g.fileName, lines: lines).build(yams)
            let b = ScenarioBuilder(log: logB, context: context, path: g.fileName, lines: lines).build(events)
            #expect(logA.sorted == logB.sorted)
            let written = [a, b].map { $0.map { ScenarioWriter.write($0, profiles: lib.profiles) } }
            #expect(written[0] != nil && written[0] == written[1], "\(g.id)")
        }
    }

    /// Texts the shipped files do not exercise: every scalar style, nesting, flow collections, empty values,
    /// comments, a document marker, non-ASCII text (columns count scalars), keys that are not text.
    @Test(arguments: [
        "a: plain\nb: 'single ''q'''\nc: \"double \\\"q\\\" \\t\"\nd: |\n  literal\n  two\ne: >-\n  folded\n  text\n",
        "- [1, {x: y, z: []}, '']\n- {}\n- ~\n-\n- - nested\n  - list\n",
        "# comment\n---\ntitle: ünïcödé — “quotes” ✓\nnext: é: no\n",
        "? [complex, key]\n: value\nk: v # trailing\n",
        "",
        "# only a comment\n",
        "---\n",
    ])
    func handWrittenTextGivesTheSameTree(_ text: String) throws {
        let log = DiagnosticLog(path: "t.yaml")
        let events = YAMLSource.compose(text, log: log)
        do {
            let yams = try Self.viaYams(text)
            #expect(log.sorted.isEmpty, "\(log.sorted)")
            #expect(events == yams)
        } catch {
            #expect(log.hasErrors)
        }
    }
}

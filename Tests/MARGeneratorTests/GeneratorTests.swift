import Foundation
import Testing
import MARCore
import MARScenarios
@testable import MARGenerator

/// The formulary and profiles of the shipped curriculum.
let curriculumContext: LoadContext = {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Curriculum").path
    let lib = Library.load(curriculumDirectory: dir, scenariosDirectory: nil)
    return LoadContext(formulary: lib.formulary, profiles: lib.profiles)
}()

@Suite struct GeneratorTests {
    @Test func splitMixIsStable() {
        var g = SplitMix64(seed: 0)
        // Reference values of SplitMix64 for seed 0.
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func sameSeedSameText() {
        let gen = ScenarioGenerator(context: curriculumContext)
        let a = gen.generate(GeneratorOptions(seed: 42, count: 20)).map(\.text)
        let b = gen.generate(GeneratorOptions(seed: 42, count: 20)).map(\.text)
        #expect(a.count == 20)
        #expect(a == b)
        let c = gen.generate(GeneratorOptions(seed: 43, count: 20)).map(\.text)
        #expect(a != c)
    }

    @Test func topicsSteer() {
        let gen = ScenarioGenerator(context: curriculumContext)
        for topic in ["REPEAT-PUSH-30", "HYD-MIN-31", "CHEMO-PUSH-96411", "SEPARATE-ENCOUNTER-SAME-DAY"] {
            let xs = gen.generate(GeneratorOptions(seed: 5, topics: [topic], difficulty: 2, count: 5))
            #expect(xs.count == 5)
            for x in xs { #expect(x.scenario.topics.contains(topic), "\(x.id) should aim at \(topic)") }
        }
    }

    /// 1,000 scenarios: each draft loads at the first attempt (the generator loads its final text,
    /// key included, before returning it), the key equals the engine, and every core rule fires
    /// somewhere. Runs on every core.
    @Test func thousandScenarios() {
        let gen = ScenarioGenerator(context: curriculumContext)
        final class Box: @unchecked Sendable {
            var fired = Set<RuleID>(), ruledOut = Set<RuleID>(), failures: [String] = [], wrongKeys: [String] = []
            let lock = NSLock()
        }
        let box = Box()
        DispatchQueue.concurrentPerform(iterations: 1000) { i in
            let r = gen.scenario(seed: 2026, index: i)
            var fired = Set<RuleID>(), ruledOut = Set<RuleID>()
            var failure: String?, wrong: String?
            switch r {
            case .failure(let f): failure = f.diagnostics.joined(separator: "\n") + "\n" + f.text
            case .success(let g):
                let coding = Engine.code(g.scenario)
                if g.scenario.key?.codes.text != Rationale.keyAnswer(coding).text { wrong = g.id }
                fired = coding.rulesFired
                ruledOut = Set(coding.administrations.flatMap { $0.ruledOut.map(\.rule) })
            }
            box.lock.lock()
            box.fired.formUnion(fired)
            box.ruledOut.formUnion(ruledOut)
            if let failure { box.failures.append(failure) }
            if let wrong { box.wrongKeys.append(wrong) }
            box.lock.unlock()
        }
        #expect(box.failures.isEmpty, "\(box.failures.count) drafts failed; first:\n\(box.failures.first ?? "")")
        #expect(box.wrongKeys.isEmpty, "keys differ from the engine: \(box.wrongKeys.prefix(5))")
        let core = RuleCatalog.all.filter(\.core).map(\.id)
        let never = core.filter { !box.fired.contains($0) && !box.ruledOut.contains($0) }
        #expect(never.isEmpty, "never fired: \(never.map(\.rawValue))")
    }
}

/// The benchmarks' synthetic MAR loads cleanly at every size they use, one row a line, and codes.
@Suite struct SyntheticMARTests {
    @Test(arguments: [1, 30, 41, 300])
    func loadsWithEveryRow(_ rows: Int) throws {
        let result = ScenarioLoader.load(text: SyntheticMAR.scenarioText(rows: rows), path: "synthetic.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let s = try #require(result.scenario)
        #expect(s.mar.count == rows)
        #expect(!Engine.decide(s).lines.isEmpty)
    }

    @Test func rowsFollowTheirPattern() {
        let lines = SyntheticMAR.scenarioText(rows: 41).split(separator: "\n")
        #expect(lines[1] == "encounter: {timeline: [01/03 23:00 ED arrival, 01/06 23:00 Discharge]}")
        #expect(lines[4].hasSuffix("entries: ['01/04 00:30 New Bag', '01/04 00:42 Rate Verify', '01/04 00:55 Stopped']}"))
        #expect(lines[5].hasSuffix("entries: ['01/04 01:00 Given', '01/04 01:12 Held']}"))
        #expect(lines.last!.hasSuffix("entries: ['01/05 00:00 New Bag', '01/05 00:12 Rate Verify', '01/05 00:25 Stopped']}"))
    }
}

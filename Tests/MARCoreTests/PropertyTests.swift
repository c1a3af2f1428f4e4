import Foundation
import MARCore
import MARGenerator
import MARScenarios
import PropertyBased
import Testing

/// Invariants of the engine over the shipped scenario bank, with random transformations.
@Suite struct PropertyTests {
    static let bank: [Scenario] = CurriculumKeyTests.library.scenarios.map(\.scenario)

    static func answerText(_ s: Scenario) -> String {
        Answer(Engine.code(s).answer.items.sorted { ($0.code, $0.modifiers.joined(), $0.department?.rawValue ?? "") < ($1.code, $1.modifiers.joined(), $1.department?.rawValue ?? "") }).text
    }

    /// Rebuilds a scenario with every time shifted and every row transformed.
    static func transformed(_ s: Scenario, shift: Int = 0, rows: ([MARRow]) -> [MARRow] = { $0 },
                            rename: (String) -> String = { $0 }) -> Scenario {
        var t = s
        t.timeline = s.timeline.map { TimelineEvent(at: $0.at + shift, kind: $0.kind, text: $0.text) }
        t.mar = rows(s.mar).enumerated().map { i, row in
            var r = row
            r.index = i
            r.med = rename(r.med)
            r.drug = DrugKey(substances: r.drug.substances.map(rename))
            r.entries = r.entries.map { e in var e = e; e.at = e.at + shift; return e }
            return r
        }
        return t
    }

    @Test func bankIsLoaded() { #expect(Self.bank.count >= 80) }

    @Test func shuffledRowsGiveTheSameCodes() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.bank.count - 1)), Gen.int(in: 0...1_000_000)) { i, seed in
            let s = Self.bank[i]
            // D20 names MAR order as the tie-break among same-minute pushes: order may matter there, by the spec.
            guard !s.policy.sameMinutePushesOnce else { return }
            var rng = SplitMix64(seed: UInt64(seed))
            let shuffled = Self.transformed(s, rows: { $0.shuffled(using: &rng) })
            #expect(Self.answerText(shuffled) == Self.answerText(s), "\(s.id) seed \(seed)")
        }
    }

    @Test func shiftingEveryTimeGivesTheSameCodes() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.bank.count - 1)), Gen.int(in: -400...400)) { i, days in
            let s = Self.bank[i]
            #expect(Self.answerText(Self.transformed(s, shift: days * 1440)) == Self.answerText(s), "\(s.id) shifted \(days) days")
        }
    }

    @Test func renamingDrugsConsistentlyGivesTheSameCodes() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...(Self.bank.count - 1))) { i in
            let s = Self.bank[i]
            let renamed = Self.transformed(s, rename: { "zz-" + String($0.reversed()) })
            #expect(Self.answerText(renamed) == Self.answerText(s), "\(s.id)")
        }
    }

    @Test func oneInitialPerAccessAndNoAddOnWithoutItsPrimary() {
        let initials: Set<String> = ["96360", "96365", "96374", "96409", "96413"]
        let ivAddOns: Set<String> = ["96361", "96366", "96367", "96368", "96375", "96376", "96411", "96415", "96417"]
        for s in Self.bank {
            let coding = Engine.code(s)
            let accesses = max(1, Set(s.sites.filter { $0.separate != nil || s.policy.anyDocumentedSecondSite }.map(\.id)).count + 1)
            let visits = s.timeline.filter { if case .arrival = $0.kind { return true } else { return false } }.count
            let days = Set(s.timeline.map(\.at.date)).count
            let spans = s.policy.initialPerCalendarDay ? days : visits
            let nInitial = coding.lines.filter { initials.contains($0.code) }.reduce(0) { $0 + $1.units }
            #expect(nInitial <= accesses * spans, "\(s.id): \(nInitial) initial units")
            let codes = Set(coding.lines.map(\.code))
            if !codes.isDisjoint(with: ivAddOns) { #expect(!codes.isDisjoint(with: initials), "\(s.id): add-on without initial") }
            if codes.contains("96370") || codes.contains("96371") { #expect(codes.contains("96369"), "\(s.id)") }
        }
    }

    @Test func decisionsWithoutExplanationsAreTheSameDecisions() {
        for s in Self.bank {
            let explained = Engine.code(s), decided = Engine.decide(s)
            #expect(explained.answer == decided.answer, "\(s.id)")
            #expect(explained.rulesFired == decided.rulesFired, "\(s.id)")
            #expect(explained.administrations.map { $0.codes.map(\.text) } == decided.administrations.map { $0.codes.map(\.text) })
            #expect(explained.administrations.map { $0.ruledOut.map(\.code) } == decided.administrations.map { $0.ruledOut.map(\.code) })
        }
    }

    @Test func codingIsDeterministic() {
        for s in Self.bank {
            let a = Engine.code(s), b = Engine.code(s)
            #expect(a.answer == b.answer && a.firings == b.firings && a.administrations == b.administrations, "\(s.id)")
        }
    }
}


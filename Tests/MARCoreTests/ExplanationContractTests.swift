@testable import MARCore
import MARGenerator
import MARScenarios
import Testing

/// `cli.md`, "The explanation contract", over the whole shipped bank.
@Suite struct ExplanationContractTests {
    /// The one-code mistakes learners make, each with the rules that decide it (the confusion table).
    struct Confusion: Sendable, CustomStringConvertible {
        let name: String
        let pairs: [(String, String)]
        let deciding: Set<RuleID>
        var description: String { name }
    }

    static let placeRules: Set<RuleID> = [.hierFacility, .hierTiebreak, .oneInitialPerEncounter, .subsequentEvenIfFirstOfType,
                                          .edObsContinuous, .midnightNoReset, .physVsFacility, .sameDrugIntermittent,
                                          .secondSite59, .seqNewDrug, .hydNeverInitialWithDrug, .pushNewDrug96375]
    static let confusions: [Confusion] = [
        Confusion(name: "a push called an infusion (and back)",
                  pairs: [("96374", "96365"), ("96375", "96367"), ("96409", "96413"), ("96411", "96417")],
                  deciding: [.pushMax15, .infMin16, .noStopTime, .pushMethodDocumented]),
        Confusion(name: "an initial called sequential (and back)",
                  pairs: [("96365", "96367"), ("96374", "96375"), ("96413", "96417"), ("96409", "96411")],
                  deciding: placeRules),
        Confusion(name: "chemotherapy called non-chemotherapy (and back)",
                  pairs: [("96413", "96365"), ("96409", "96374"), ("96411", "96375"), ("96417", "96367"), ("96415", "96366")],
                  deciding: [.categoryFromData]),
        Confusion(name: "hydration called a drug (and back)",
                  pairs: [("96360", "96365"), ("96361", "96366")],
                  deciding: [.hydCategory]),
        Confusion(name: "a repeat push called new (and back)",
                  pairs: [("96376", "96375")],
                  deciding: [.repeatPush30, .seqNewDrug, .pushNewDrug96375, .pushAfterInfusionSameDrug,
                             .bolusBeforeInfusionSameDrug, .r96376FacilityOnly]),
        Confusion(name: "an IM or SubQ shot called a push (and back)",
                  pairs: [("96372", "96374"), ("96372", "96375")],
                  deciding: [.imsqPerInjection]),
    ]

    /// A key's code swapped for its confusion partner over the shipped bank, scored.
    struct Swap {
        let scenario: String
        let coding: Coding
        let item: Answer.Item
        let from: String, to: String
        /// The wrong code's item (nil when the scorer gave none).
        let wrong: Discrepancy?
    }

    /// Every swap of `confusion` over the shipped bank: of each key item, `units(item)` units swapped (nil: none).
    static func swaps(_ confusion: Confusion, units: (Answer.Item) -> Int?) -> [Swap] {
        var out: [Swap] = []
        for file in CurriculumKeyTests.library.scenarios {
            let coding = Engine.code(file.scenario)
            let key = coding.answer
            for item in key.items {
                guard let n = units(item) else { continue }
                for (a, b) in confusion.pairs {
                    for (from, to) in [(a, b), (b, a)] where item.code == from {
                        var items = key.items
                        items[items.firstIndex(of: item)!].units -= n
                        items.append(.init(code: to, units: n, department: item.department))
                        let assessment = Scorer.assess(Answer(items.filter { $0.units > 0 }), against: coding)
                        out.append(Swap(scenario: file.scenario.id, coding: coding, item: item, from: from, to: to,
                                        wrong: assessment.discrepancies.first { $0.code == to && $0.answeredUnits > $0.expectedUnits }))
                    }
                }
            }
        }
        return out
    }

    /// Every expected unit of every shipped scenario, swapped for its confusion partner: the wrong code's item cites
    /// a rule that decides that mistake. Failures are listed with the scenario and the swap.
    @Test(arguments: confusions)
    func everyOneCodeMistakeIsExplainedByItsDecidingRule(_ confusion: Confusion) throws {
        let swaps = Self.swaps(confusion) { _ in 1 }
        var failures: [String] = []
        for swap in swaps {
            let (from, to, item, coding) = (swap.from, swap.to, swap.item, swap.coding)
            guard let d = swap.wrong else { failures.append("\(swap.scenario): \(from)→\(to): no item for \(to)"); continue }
            if d.rules.filter(confusion.deciding.contains).isEmpty {
                failures.append("\(swap.scenario): \(from)→\(to) cites \(d.rules.map(\.rawValue))")
            }
            // Paired with what the learner meant: an administration whose code was swapped away.
            let meant = coding.administrations.filter { r in
                r.codes.contains { $0.code == from } && (item.department == nil || r.department == item.department)
            }
            // (A 96376 written where the MAR has a no-charge repeat of a drug is read as that repeat: the
            // likelier meaning of "the same drug again", explained by REPEAT-PUSH-30.)
            let repeatReading = to == "96376" && d.rules.contains(.repeatPush30)
            if !repeatReading && !meant.contains(where: { d.explanation.lowercased().contains($0.label.lowercased()) }) {
                failures.append("\(swap.scenario): \(from)→\(to) explained by another administration: "
                                + "\(d.explanation.prefix(120))")
            }
        }
        #expect(!swaps.isEmpty)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(swaps.count):\n" + failures.joined(separator: "\n")))
    }

    /// Every code the key reports more than once, swapped whole for its confusion partner (96361 ×2 written 96366 ×2):
    /// the wrong code is explained by the administrations that earned the units, never by an unrelated row that
    /// happens to be next in line (an oral tablet for the second hour of a saline run).
    @Test(arguments: confusions)
    func aCodeOfSeveralUnitsSwappedWholeIsExplainedByItsOwnAdministrations(_ confusion: Confusion) throws {
        let swaps = Self.swaps(confusion) { $0.units > 1 ? $0.units : nil }
        var failures: [String] = []
        for swap in swaps {
            let (from, to, coding) = (swap.from, swap.to, swap.coding)
            let units = swap.item.units
            guard let d = swap.wrong else { failures.append("\(swap.scenario): \(from)→\(to): no item for \(to)"); continue }
            // (A 96376 may also be read as a no-charge repeat of a drug, as above.)
            let meant = Set(coding.administrations.indices.filter { r in
                let record = coding.administrations[r]
                return record.codes.contains { $0.code == from }
                    || (to == "96376" && record.codes.isEmpty && record.ruledOut.contains { $0.rule == .repeatPush30 })
            })
            if !Set(d.explained).isSubset(of: meant) {
                failures.append("\(swap.scenario): \(from)×\(units)→\(to) explained by records \(d.explained)")
            }
            for x in coding.excluded {
                let label = x.label(severalDates: coding.spansSeveralDates)
                if d.explanation.lowercased().contains(label.lowercased() + ":") {
                    failures.append("\(swap.scenario): \(from)×\(units)→\(to) explained by \(label)")
                }
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(swaps.count):\n" + failures.joined(separator: "\n")))
    }

    /// The scenarios a whole-bank check runs on: the shipped bank, or 300 generated ones (seed 2026).
    static func scenarios(_ source: String) -> [(id: String, scenario: Scenario)] {
        source == "bank" ? CurriculumKeyTests.library.scenarios.map { ($0.scenario.id, $0.scenario) } : generated
    }

    static let generated: [(id: String, scenario: Scenario)] = {
        let library = CurriculumKeyTests.library
        return ScenarioGenerator(context: LoadContext(formulary: library.formulary, profiles: library.profiles))
            .generate(GeneratorOptions(seed: 2026, count: 300)).map { ($0.id, $0.scenario) }
    }()

    /// Each initial code and the add-on a service takes in its place, and back (the place confusions of the
    /// hierarchy).
    static let asAddOn = ["96365": "96367", "96374": "96375", "96360": "96361", "96413": "96417", "96409": "96411"]
    static let asInitial = ["96367": "96365", "96375": "96374", "96361": "96360", "96376": "96374", "96417": "96413",
                            "96411": "96409", "96368": "96365"]

    /// A place mistake's wrong code must be explained only by administrations that produce one of the `meant` codes,
    /// and by a place rule.
    /// (When the meant codes include added hours, the rule that counts hours decides too: 96360 ×3 written for
    /// 96360 + 96361 ×2.)
    static func placeFailures(_ d: Discrepancy, meant: Set<String>, in coding: Coding, _ name: String) -> [String] {
        let owners = Set(coding.administrations.indices.filter { coding.administrations[$0].codes.contains { meant.contains($0.code) } })
        let deciding = meant.contains { CPTCode.named($0)?.isHourly == true }
            ? placeRules.union([.addlHour31, .hydSecondaryUnits, .seqAddlHours]) : placeRules
        var out: [String] = []
        if d.explained.isEmpty || !Set(d.explained).isSubset(of: owners) { out.append("\(name) explained by \(d.explanation.prefix(110))") }
        if d.rules.filter(deciding.contains).isEmpty { out.append("\(name) cites \(d.rules.map(\.rawValue))") }
        return out
    }

    /// The hierarchy mistake in two codes: a lower-ranked service written as the initial and the real initial as an
    /// add-on (the push before the infusion: 96374 + 96367 for 96365 + 96375). The learner kept each service's kind and
    /// swapped their places, so each wrong code is explained by the administration whose place was swapped, by a
    /// place rule: never the push as "not an infusion" and the infusion as "not a push".
    @Test(arguments: ["bank", "generated"])
    func aServiceWrittenFirstInPlaceOfTheInitialIsExplainedByEachOnesPlace(_ source: String) throws {
        let (asAddOn, asInitial) = (Self.asAddOn, Self.asInitial)
        var failures: [String] = []
        var checked = 0
        for file in Self.scenarios(source) {
            let coding = Engine.code(file.scenario)
            let key = coding.answer.items
            guard let i = key.firstIndex(where: { $0.modifiers.isEmpty && asAddOn[$0.code] != nil }) else { continue }
            let initial = key[i], initialAsAddOn = asAddOn[initial.code]!
            for (k, addOn) in key.enumerated() where k != i && addOn.modifiers.isEmpty {
                guard let addOnAsInitial = asInitial[addOn.code], initialAsAddOn != addOn.code, addOnAsInitial != initial.code
                else { continue }
                var items = key
                items[i].units -= 1
                items[k].units -= 1
                items += [.init(code: initialAsAddOn, department: initial.department),
                          .init(code: addOnAsInitial, department: addOn.department)]
                let assessment = Scorer.assess(Answer(items.filter { $0.units > 0 }), against: coding)
                for (wrong, meant) in [(initialAsAddOn, initial.code), (addOnAsInitial, addOn.code)] {
                    checked += 1
                    let name = "\(file.id): \(initial.code)→\(initialAsAddOn) with \(addOn.code)→\(addOnAsInitial)"
                    guard let d = assessment.discrepancies.first(where: { $0.code == wrong && $0.answeredUnits > $0.expectedUnits })
                    else { failures.append("\(name): no item for \(wrong)"); continue }
                    failures += Self.placeFailures(d, meant: [meant], in: coding, "\(name): \(wrong)")
                }
            }
        }
        #expect(checked > 100)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(checked):\n" + failures.joined(separator: "\n")))
    }

    /// The beginner's mistake of a whole answer: every add-on written as its initial code (96374 for each push, 96360
    /// for each added hour of hydration). Each wrong code is explained by the administrations whose add-ons it
    /// replaced (the units of one administration's hours stay on it), by a place rule, and a deciding sentence shared
    /// by several of them is said once.
    @Test(arguments: ["bank", "generated"])
    func everyAddOnWrittenAsAnInitialIsExplainedByItsOwnAdministrations(_ source: String) throws {
        let asInitial = Self.asInitial
        var failures: [String] = []
        var checked = 0
        for file in Self.scenarios(source) {
            let coding = Engine.code(file.scenario)
            let key = coding.answer.items
            guard key.contains(where: { asInitial[$0.code] != nil }) else { continue }
            let answer = Answer(key.map { item in
                var i = item
                i.code = asInitial[item.code] ?? item.code
                return i
            })
            for d in Scorer.assess(answer, against: coding).discrepancies where d.answeredUnits > d.expectedUnits {
                checked += 1
                let name = "\(file.id): \(d.code)"
                failures += Self.placeFailures(d, meant: Set(asInitial.filter { $0.value == d.code }.keys), in: coding, name)
                let lines = d.explanation.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                if Set(lines).count < lines.count { failures.append("\(name) says a line twice: \(d.explanation.prefix(110))") }
            }
        }
        #expect(checked > 100)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(checked):\n" + failures.joined(separator: "\n")))
    }

    /// Every discrepancy of every one-code mistake above, and of dropping or doubling any expected code, cites a rule.
    @Test func everyDiscrepancyCitesARule() {
        var uncited: [String] = []
        for file in CurriculumKeyTests.library.scenarios {
            let coding = Engine.code(file.scenario)
            let key = coding.answer
            var answers: [Answer] = [Answer()]
            for (i, item) in key.items.enumerated() {
                var dropped = key.items; dropped[i].units -= 1
                var doubled = key.items; doubled[i].units += 1
                answers += [Answer(dropped), Answer(doubled)]
                for c in CPTCode.all where c.kind != .flaggedOnly && c.code != item.code {
                    var swapped = key.items; swapped[i].units -= 1
                    swapped.append(.init(code: c.code, department: item.department))
                    answers.append(Answer(swapped))
                }
            }
            for answer in answers {
                for d in Scorer.assess(answer, against: coding).discrepancies where d.rules.isEmpty {
                    uncited.append("\(file.scenario.id) [\(answer.text)]: \(d.code) \(d.kind)")
                }
            }
        }
        #expect(uncited.isEmpty, Comment(rawValue: uncited.prefix(40).joined(separator: "\n")))
    }

    /// The decision path is complete: for every administration of every shipped scenario, every in-scope code it
    /// does not produce has a deciding rule, and the step agrees with the code's family and mode.
    @Test func everyAdministrationCanSayWhyNotAnyCode() {
        for file in CurriculumKeyTests.library.scenarios {
            let coding = Engine.code(file.scenario)
            for r in coding.administrations {
                for c in CPTCode.all where c.kind != .flaggedOnly && !r.codes.contains(where: { $0.code == c.code }) {
                    let d = r.decidingStep(for: c)
                    #expect(RuleCatalog.rule(d.rule) != nil, "\(file.scenario.id) \(r.label) \(c.code): \(d.rule)")
                    // (Two chemotherapy drugs at once are decided by CHEMO-CONCURRENT before the family.)
                    if r.path.notService == nil, let f = r.path.family, f != c.family, d.rule != .chemoConcurrent {
                        #expect(d.step == .family, "\(file.scenario.id) \(r.label) \(c.code)")
                    }
                }
            }
        }
    }
}

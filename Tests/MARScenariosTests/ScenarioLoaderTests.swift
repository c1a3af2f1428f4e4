import Foundation
import MARCore
import Testing
@testable import MARScenarios

private func at(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int) -> Instant {
    Instant(year: y, month: mo, day: d, hour: h, minute: mi)
}

@Suite struct BigExampleTests {
    let result = ScenarioLoader.load(text: bigExample, path: "ed-obs-pyelo-fluids.yaml")

    @Test func loadsWithoutDiagnostics() throws {
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.scenario != nil)
    }

    @Test func topLevelFields() throws {
        let s = try #require(result.scenario)
        #expect(s.id == "ed-obs-pyelo-fluids")
        #expect(s.title == "Pyelonephritis — ED into observation")
        #expect(s.difficulty == 3)
        #expect(s.topics == ["hierarchy", "sequential-infusion", "repeat-push", "ed-obs"])
        #expect(s.setting == .facility)
        #expect(s.profile == "cms-facility")
        #expect(s.policy == Policy())
        #expect(s.story.hasPrefix("58-year-old with flank pain"))
        #expect(s.hints.count == 2)
        #expect(s.teaching?.hasPrefix("Time order never decides") == true)
    }

    @Test func timeline() throws {
        let s = try #require(result.scenario)
        #expect(s.timeline.map(\.kind) == [.arrival(.ED), .observationOrder, .inpatientOrder, .discharge])
        #expect(s.timeline.map(\.at) == [at(2026, 1, 4, 20, 55), at(2026, 1, 5, 6, 39), at(2026, 1, 9, 10, 12),
                                         at(2026, 1, 10, 14, 0)])
        #expect(s.timeline[0].text == "ED arrival")
    }

    @Test func sites() throws {
        let s = try #require(result.scenario)
        #expect(s.sites == [Site(id: "A", description: "R antecubital 20 g"),
                            Site(id: "B", description: "L hand 22 g", separate: "vancomycin incompatible with the running drip")])
    }

    @Test func rows() throws {
        let s = try #require(result.scenario)
        #expect(s.mar.map(\.drug.description) == ["sodium chloride", "ondansetron", "ceftriaxone", "acetaminophen", "enoxaparin"])
        #expect(s.mar.map(\.drugClass) == [.hydration, .therapeutic, .therapeutic, .therapeutic, .therapeutic])
        #expect(s.mar.map(\.route) == [.ivInfusion, .ivPush, .ivPiggyback, .po, .subQ])
        #expect(s.mar.map(\.site) == ["A", "A", "A", "A", "A"])
        #expect(s.mar.map(\.index) == [0, 1, 2, 3, 4])
        let fluid = s.mar[0]
        #expect(fluid.order == "01/04 21:02 sodium chloride 0.9 % 1,000 mL IV once over 1 hour")
        #expect(fluid.entries.map(\.action) == [.newBag, .rateChange, .stopped])
        #expect(fluid.entries.map(\.charted) == ["New Bag", "Rate Verify", "Stopped"])
        #expect(fluid.entries[0].note == "(rate 1,000 mL/hr)")
        #expect(fluid.entries[0].rate == nil)
        #expect(fluid.entries.map(\.at) == [at(2026, 1, 4, 21, 10), at(2026, 1, 4, 21, 40), at(2026, 1, 4, 22, 12)])
        let cef = s.mar[2]
        #expect(cef.entries[0] == MAREntry(at: at(2026, 1, 4, 22, 15), action: .newBag, charted: "New Bag",
                                           rate: Rate(amount: 100, unit: "mL")))
        #expect(cef.entries.map(\.action) == [.newBag, .paused, .restarted, .stopped])
        #expect(s.mar[1].entries.last?.at == at(2026, 1, 5, 7, 30))
        #expect(s.mar[4].entries.map(\.action) == [.given, .held])
    }

    @Test func key() throws {
        let k = try #require(result.scenario?.key)
        #expect(k.codes.text == "96365 96361 96375 96376 96372")
        #expect(k.byDepartment?[.ED]?.text == "96365 96361 96375")
        #expect(k.byDepartment?[.OBS]?.text == "96376 96372")
        #expect(k.rationale?.hasPrefix("Ceftriaxone ran 31 active minutes") == true)
    }
}

@Suite struct FeatureTests {
    func load(_ text: String, _ context: LoadContext = LoadContext()) -> ScenarioLoadResult {
        ScenarioLoader.load(text: text, path: "t.yaml", context: context)
    }

    @Test func yearRollOverAndAliases() throws {
        let r = load("""
        title: New year's eve
        encounter:
          year: 2025
          timeline:
            - 12/31 22:00 ED arrival
            - 01/01 03:00 Discharge
        mar:
          - med: heparin bolus 5,000 units
            class: therapeutic
            route: IV push
            entries:
              - 12/31 23:50 Bolus
              - 01/01 00:10 Push
          - med: Zofran 4 mg
            route: IV push
            entries: ["12/31 22:30 given"]
          - med: dexamethasone+ondansetron 8 mg/4 mg in 50 mL
            drug: ondansetron + dexamethasone
            class: therapeutic
            route: IV piggyback
            volume: 50 mL
            entries:
              - 12/31 23:00 Started
              - 12/31 23:10 On Hold
              - 12/31 23:12 MAR Unhold rate stays
              - {at: 2026-01-01 00:30, action: Infusion Completed, reason: reaction, note: hives}
        """, LoadContext(formulary: Formulary(drugs: [.init(name: "ondansetron", drugClass: .therapeutic,
                                                                  aliases: ["Zofran"])])))
        #expect(r.diagnostics.map(\.description) == [])
        let s = try #require(r.scenario)
        #expect(s.timeline.map(\.at) == [at(2025, 12, 31, 22, 0), at(2026, 1, 1, 3, 0)])
        #expect(s.mar[0].drug == DrugKey("heparin"))
        #expect(s.mar[0].entries.map(\.at) == [at(2025, 12, 31, 23, 50), at(2026, 1, 1, 0, 10)])
        #expect(s.mar[0].entries.map(\.action) == [.given, .given])
        #expect(s.mar[0].entries.map(\.charted) == ["Bolus", "Push"])
        #expect(s.mar[1].drug == DrugKey("ondansetron"))
        #expect(s.mar[1].drugClass == .therapeutic)
        #expect(s.mar[1].entries[0].charted == "given")
        let bag = s.mar[2]
        #expect(bag.drug == DrugKey("dexamethasone+ondansetron"))
        #expect(bag.volumeML == 50)
        #expect(bag.entries.map(\.action) == [.newBag, .paused, .restarted, .stopped])
        #expect(bag.entries[2].charted == "MAR Unhold")
        #expect(bag.entries[2].note == "rate stays")
        #expect(bag.entries[3].reaction)
        #expect(bag.entries[3].note == "hives")
        #expect(bag.entries[3].at == at(2026, 1, 1, 0, 30))
    }

    @Test func policyPrecedence() throws {
        let (profiles, pd) = ProfileStore.load(text: """
        profiles:
          strict:
            title: Strict
            policy: {noStopStrict: true, repeatPushMinGap: 30}
          other:
            title: Other
            policy: {sameMinutePushesOnce: true}
        """, path: "profiles.yaml")
        #expect(pd.isEmpty)
        let text = """
        title: T
        profile: strict
        policy: {repeatPushMinGap: 31, sameDrugIntermittent: sumTimes}
        encounter: {timeline: [01/04 10:00 Arrival]}
        mar: []
        """
        // mar: [] is an error, so use a row.
        let full = text.replacingOccurrences(of: "mar: []", with: """
        mar:
          - {med: saline 0.9 % 500 mL, class: hydration, route: IV infusion, entries: [01/04 10:05 New Bag]}
        """)
        let a = load(full, LoadContext(profiles: profiles))
        #expect(a.diagnostics.map(\.description) == [])
        let s = try #require(a.scenario)
        #expect(s.profile == "strict")
        #expect(s.policy.noStopStrict && s.policy.repeatPushMinGap == 31 && s.policy.sameDrugIntermittent == .sumTimes)
        let b = load(full, LoadContext(profiles: profiles, profileOverride: "other"))
        let t = try #require(b.scenario)
        #expect(t.profile == "other")
        #expect(!t.policy.noStopStrict && t.policy.sameMinutePushesOnce && t.policy.sameDrugIntermittent == .sumTimes)
    }

    @Test func sharedFirstWordWarns() throws {
        let r = load("""
        title: T
        encounter: {timeline: [01/04 10:00 Arrival]}
        mar:
          - {med: heparin 5000 units, class: therapeutic, route: SubQ, entries: [01/04 10:05 Given]}
          - {med: heparin sodium 1000 units, class: therapeutic, route: IV push, entries: [01/04 10:10 Given]}
        """)
        #expect(r.scenario != nil)
        #expect(r.diagnostics.map(\.description) == ["t.yaml:5:11: warning: drug keys 'heparin' (row 'heparin 5000 units') "
            + "and 'heparin sodium' differ but share their first word: if they are the same drug, write the same `drug:` on both rows"])
    }
}

@Suite struct YAMLAnchorTests {
    private func anchor(in text: String) -> (MARScenarios.SourceLocation, String)? {
        let log = DiagnosticLog(path: "t.yaml")
        _ = YAMLSource.compose(text, log: log)
        return log.sorted.first { $0.message.contains("is not accepted") }.map { ($0.location, $0.message) }
    }

    @Test(arguments: [
        "story: |\n  *emphasis* & ampersands\n  - * bullet\n  &x\ntitle: t\n",
        "note: 96375*2 and a & b\n",
        "story: >-\n  * item\n    *more*\nx: 'a *b'\ny: \"&c\"\n",
        "- key: |\n    * a\n  other: x # *comment\n",
    ])
    func acceptsTextThatOnlyLooksLikeAliases(_ text: String) {
        #expect(anchor(in: text) == nil)
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", 1, 4, "anchor '&x'"),
        ("list:\n  - *x\n", 2, 5, "alias '*x'"),
        ("m: [1, *x]\n", 1, 8, "alias '*x'"),
        ("story: |\n  text\nb: !!str &y v\n", 3, 4, "anchor '&y'"),   // the node starts at its tag
        ("? *k\n: v\n", 1, 3, "alias '*k'"),
    ])
    func refusesAnchorsAndAliasesWhereTheirNodeStarts(_ text: String, _ line: Int, _ column: Int, _ named: String) {
        let hit = anchor(in: text)
        #expect(hit?.0 == MARScenarios.SourceLocation(line: line, column: column))
        #expect(hit?.1.hasPrefix(named) == true)
    }
}

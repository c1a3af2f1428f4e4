import Foundation
import MARCore
import MARScenarios
import Testing

/// `ScenarioWriter` is the inverse of `ScenarioLoader`: for every shipped scenario, write → load gives
/// back the same `Scenario`, field by field, and the engine codes it identically.
@Suite struct RoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let library = Library.load(curriculumDirectory: root.appendingPathComponent("Curriculum").path,
                                      scenariosDirectory: root.appendingPathComponent("Scenarios").path)
    static var context: LoadContext { LoadContext(formulary: library.formulary, profiles: library.profiles) }
    static var shipped: [String] { library.scenarios.map(\.relativePath) }

    @Test func theShippedScenariosLoad() {
        #expect(Self.library.scenarios.count >= 50, "found \(Self.library.scenarios.count) scenarios under Scenarios/")
        #expect(!Self.library.hasErrors, "\(Self.library.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: shipped)
    func shippedScenarioRoundTrips(_ relativePath: String) throws {
        let file = try #require(Self.library.scenarios.first { $0.relativePath == relativePath })
        try Self.roundTrip(file.scenario, profiles: Self.library.profiles, context: Self.context)
    }

    /// The format page's example, and text the shipped files do not exercise: multi-line and
    /// awkward strings, notes the compact form would change, map entries, departments in key codes,
    /// a policy that sets a key back to its default over a profile, an empty by_department.
    @Test(arguments: [bigExample, awkward])
    func handWrittenScenarioRoundTrips(_ text: String) throws {
        let result = ScenarioLoader.load(text: text, path: "hand.yaml", context: Self.context)
        let s = try #require(result.scenario, "\(result.diagnostics.map(\.description))")
        try Self.roundTrip(s, profiles: Self.library.profiles, context: Self.context)
    }

    static let awkward = #"""
        id: awkward-text
        title: "Quotes \" back\\slash: and # hash"
        difficulty: 5
        topics: [a, "b: c", "- d"]
        setting: professional
        profile: commercial-cpt
        policy: {repeatPushMinGap: 31, noStopStrict: true, sameDrugIntermittent: sumTimes, electrolyteRiderCategory: hydration}
        story: "  leading spaces\n\ntwo breaks, trailing spaces  \n\n\n"
        encounter:
          year: 2025
          timeline:
            - 12/31 22:00 ED arrival
            - 01/01 01:00 Transfer OBS
            - 01/01 02:00 Observation order
            - 01/01 09:00 Discharge
        sites:
          "site: one": {description: "", device: PICC}
          "2": {description: L hand, separate: "protocol: dedicated line"}
        mar:
          - med: "null"
            drug: Zofran+dexamethasone
            class: therapeutic
            route: IV piggyback
            site: "site: one"
            order: ""
            volume: 50.5 mL
            primary: true
            entries:
              - {at: 12/31 22:10, action: start, rate: 12.5 mL/hr, dose: "8 mg", note: "  spaced  "}
              - {at: 12/31 22:20, action: rate verify, note: ""}
              - 12/31 22:25 Rate Change new rate pending
              - {at: 12/31 22:30, action: Stopped, reason: reaction, note: "line\nbreak"}
              - {at: 12/31 22:40, action: Rate Change, purpose: kvo}
              - 12/31 22:50 Canceled Entry
          - med: fluorouracil 2,400 mg/m2 pump
            drug: fluorouracil
            class: chemotherapy
            route: IV infusion
            site: "2"
            pump: portable
            planned: 46 h
            bundled: ""
            necessity: not-documented
            entries: [01/01 00:10 Start, 01/01 08:00 Refill topped up no. 2]
          - med: sodium chloride 0.9 % 1 L
            class: hydration
            route: IV infusion
            volume: 0.00001 mL
            order: 01/01 00:00 sodium chloride 0.9 % 1 L, never hung
            entries: []
          - med: heparin 25,000 units/250 mL
            class: therapeutic
            route: IV infusion
            entries:
              - {at: 01/01 03:00, action: New Bag, rate: 0.00002 units/hr}
        key:
          codes: [96416, "OBS: 96521", 96365x2, 96365-59]
          by_department: {}
          rationale: "ends without a break"
        hints: ["first: one", "multi\nline"]
        teaching: ""
        """#

    // MARK: - Round trip and comparison

    static func roundTrip(_ original: Scenario, profiles: ProfileStore, context: LoadContext,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let text = ScenarioWriter.write(original, profiles: profiles)
        let result = ScenarioLoader.load(text: text, path: original.id + ".yaml", context: context)
        let errors: String = result.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
        let notLoaded: String = "the written text does not load:\n" + errors + "\n--- text ---\n" + text
        let reloaded = try #require(result.scenario, Comment(rawValue: notLoaded), sourceLocation: sourceLocation)
        let diffs = differences(original, reloaded)
        let diffText: String = diffs.joined(separator: "\n")
        let diffMessage: String = "\(original.id): \(diffs.count) field(s) differ after write → load:\n" + diffText
            + "\n--- text ---\n" + text
        #expect(diffs.isEmpty, Comment(rawValue: diffMessage), sourceLocation: sourceLocation)
        let a = Engine.code(original)
        let b = Engine.code(reloaded)
        let codesMessage: String = "\(original.id): codes \(a.answer.text) became \(b.answer.text)"
        #expect(a.lines == b.lines, Comment(rawValue: codesMessage), sourceLocation: sourceLocation)
        let flagsMessage: String = "\(original.id): exclusions or flags changed"
        #expect(a.excluded == b.excluded && a.flagged == b.flagged, Comment(rawValue: flagsMessage),
                sourceLocation: sourceLocation)
    }

    /// Every field that differs, as `path: original ≠ reloaded`.
    static func differences(_ a: Scenario, _ b: Scenario) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ path: String, _ x: T, _ y: T) {
            if x != y { out.append("\(path): \(String(reflecting: x)) ≠ \(String(reflecting: y))") }
        }
        check("id", a.id, b.id)
        check("title", a.title, b.title)
        check("difficulty", a.difficulty, b.difficulty)
        check("topics", a.topics, b.topics)
        check("setting", a.setting, b.setting)
        check("profile", a.profile, b.profile)
        for key in Policy.keys where a.policy != b.policy {
            check("policy.\(key)", policyText(key, a.policy), policyText(key, b.policy))
        }
        check("policy", a.policy, b.policy)
        check("story", a.story, b.story)
        check("timeline.count", a.timeline.count, b.timeline.count)
        for (i, (x, y)) in zip(a.timeline, b.timeline).enumerated() {
            check("timeline[\(i)].at", x.at, y.at)
            check("timeline[\(i)].kind", x.kind, y.kind)
            check("timeline[\(i)].text", x.text, y.text)
        }
        check("sites.count", a.sites.count, b.sites.count)
        for (x, y) in zip(a.sites, b.sites) {
            check("sites.\(x.id).id", x.id, y.id)
            check("sites.\(x.id).description", x.description, y.description)
            check("sites.\(x.id).device", x.device, y.device)
            check("sites.\(x.id).separate", x.separate, y.separate)
        }
        check("mar.count", a.mar.count, b.mar.count)
        for (x, y) in zip(a.mar, b.mar) {
            let p = "mar[\(x.index)] (\(x.med))"
            check("\(p).index", x.index, y.index)
            check("\(p).med", x.med, y.med)
            check("\(p).drug", x.drug, y.drug)
            check("\(p).class", x.drugClass, y.drugClass)
            check("\(p).route", x.route, y.route)
            check("\(p).site", x.site, y.site)
            check("\(p).order", x.order, y.order)
            check("\(p).necessity", x.necessity, y.necessity)
            check("\(p).volume", x.volumeML, y.volumeML)
            check("\(p).pump", x.pump, y.pump)
            check("\(p).planned", x.plannedMinutes, y.plannedMinutes)
            check("\(p).primary", x.primary, y.primary)
            check("\(p).bundled", x.bundled, y.bundled)
            check("\(p).entries.count", x.entries.count, y.entries.count)
            for (j, (e, f)) in zip(x.entries, y.entries).enumerated() {
                let q = "\(p).entries[\(j)]"
                check("\(q).at", e.at, f.at)
                check("\(q).action", e.action, f.action)
                check("\(q).charted", e.charted, f.charted)
                check("\(q).rate", e.rate, f.rate)
                check("\(q).dose", e.dose, f.dose)
                check("\(q).purpose", e.purpose, f.purpose)
                check("\(q).reaction", e.reaction, f.reaction)
                check("\(q).note", e.note, f.note)
            }
        }
        check("key present", a.key != nil, b.key != nil)
        if let k = a.key, let l = b.key {
            check("key.codes", k.codes, l.codes)
            check("key.by_department", k.byDepartment, l.byDepartment)
            check("key.rationale", k.rationale, l.rationale)
        }
        check("hints", a.hints, b.hints)
        check("teaching", a.teaching, b.teaching)
        return out
    }

    /// A policy key's value, for messages (the writer's own spelling is not trusted here).
    static func policyText(_ key: String, _ p: Policy) -> String {
        let all = p.differencesFromDefault
        return all.first { $0.hasPrefix(key + ":") } ?? "\(key): default"
    }
}

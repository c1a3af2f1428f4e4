import Foundation
import MARCore
import MARScenarios

/// What to generate: `marcoach generate [--seed S] [--topics T,…] [--difficulty N] [--count N]`.
public struct GeneratorOptions: Sendable {
    public var seed: UInt64
    /// Rule IDs (or encounter words) the scenarios should exercise; empty means anything.
    public var topics: [String]
    /// 1…5, or nil for a spread.
    public var difficulty: Int?
    public var count: Int

    public init(seed: UInt64 = 1, topics: [String] = [], difficulty: Int? = nil, count: Int = 10) {
        self.seed = seed
        self.topics = topics
        self.difficulty = difficulty
        self.count = count
    }
}

/// A generated scenario: the file text (with the engine's key), the loaded scenario and its coding.
public struct GeneratedScenario: Sendable {
    public var id: String
    public var fileName: String { id + ".yaml" }
    public var text: String
    public var scenario: Scenario
    public var coding: Coding
}

/// Realistic scenarios from the formulary: an encounter (ED, ED → observation across midnight,
/// infusion clinic, chemo day, a return visit, an inpatient admission, a port flush visit), motifs
/// aimed at rules with times on and around the boundaries (15/16, 30/31, 90/91, 150/151 minutes,
/// repeat pushes at 29–32 minutes), and MAR noise. Pure and deterministic: the same seed and
/// options give the same text.
public struct ScenarioGenerator: Sendable {
    public let context: LoadContext

    public init(context: LoadContext = LoadContext()) { self.context = context }

    /// The motifs a rule ID steers to (`--topics`).
    static let motifsByRule: [String: [Motif]] = {
        var m: [String: [Motif]] = [:]
        let table: [(Motif, [String])] = [
            (.pushes, ["PUSH-NEW-DRUG-96375", "REPEAT-PUSH-30", "SAME-TIME-PUSH", "96376-FACILITY-ONLY"]),
            (.infusion, ["PUSH-MAX-15", "INF-MIN-16", "INITIAL-COVERS-90", "ADDL-HOUR-31", "TIME-FROM-MAR"]),
            (.workflow, ["PAUSE-EXCLUDED", "RATE-CHANGE-CONTINUES", "NEW-BAG-CONTINUES"]),
            (.sequential, ["SEQ-NEW-DRUG", "SEQ-ADDL-HOURS", "HIER-TIEBREAK", "ONE-INITIAL-PER-ENCOUNTER",
                           "SUBSEQUENT-EVEN-IF-FIRST-OF-TYPE", "ADDON-REQUIRES-PRIMARY", "REPORT-ALL-HCPCS"]),
            (.concurrent, ["CONCURRENT-SAME-ACCESS", "CONCURRENT-ONCE", "CONCURRENT-OVERLAP-ALLOC"]),
            (.hydration, ["HYD-CATEGORY", "HYD-MIN-31", "HYD-SECONDARY-UNITS", "HYD-CONCURRENT", "HYD-SUM-SEGMENTS",
                          "HYD-NEVER-INITIAL-WITH-DRUG"]),
            (.notHydration, ["KVO-FLUSH", "HYD-CARRIER-INCIDENTAL", "HYD-MEDICAL-NECESSITY"]),
            (.sameDrug, ["SAME-DRUG-INTERMITTENT", "BOLUS-BEFORE-INFUSION-SAME-DRUG", "PUSH-AFTER-INFUSION-SAME-DRUG"]),
            (.chemo, ["CATEGORY-FROM-DATA", "HIER-FACILITY", "96417-ONCE-96415-HOURS", "CHEMO-PUSH-96411",
                      "CHEMO-CONCURRENT", "CHEMO-PROLONGED-96416", "SINGLE-INFUSATE"]),
            (.injections, ["IMSQ-PER-INJECTION"]),
            (.scInfusion, ["SC-INFUSION"]),
            (.reaction, ["REACTION-STOP"]),
            (.missingOrLong, ["NO-STOP-TIME", "PUSH-METHOD-DOCUMENTED"]),
            (.bundledOrOther, ["CONTRAST", "BUNDLED-PROCEDURE-SEDATION", "INTRA-ARTERIAL-96373", "INCLUDED-SERVICES"]),
            (.twoSites, ["SECOND-SITE-59", "MULTI-LUMEN-ONE-SITE", "MODIFIERS"]),
            (.blood, ["TRANSFUSION-NOT-DRUG-ADMIN", "BLOOD-TRANSFUSION-HYD"]),
            (.noise, ["ROUTE-NOT-IV", "HELD-NOT-GIVEN", "ORDER-NOT-ADMIN", "FLUSH-EXCLUDED", "VACCINE-ADMIN", "NOT-IN-SCOPE"]),
        ]
        for (motif, rules) in table { for r in rules { m[r, default: []].append(motif) } }
        return m
    }()

    /// Encounter kinds a rule ID steers to.
    static let kindsByRule: [String: EncounterKind] = [
        "ED-OBS-CONTINUOUS": .edObs, "MIDNIGHT-NO-RESET": .edObs, "LINE-ITEM-DOS": .edObs,
        "SEPARATE-ENCOUNTER-SAME-DAY": .returnVisit, "INPATIENT-EXCLUDED": .inpatientCut,
        "PORT-IRRIGATION-96523": .portFlush, "CHEMO-PROLONGED-96416": .chemo, "CHEMO-CONCURRENT": .chemo,
        "CHEMO-PUSH-96411": .chemo, "96417-ONCE-96415-HOURS": .chemo, "SINGLE-INFUSATE": .chemo,
    ]

    /// `options.count` scenarios. A draft that does not load (a generator bug) is replaced by the
    /// next attempt for the same index, so every scenario returned loads.
    public func generate(_ options: GeneratorOptions) -> [GeneratedScenario] {
        (0..<max(0, options.count)).compactMap { i in
            for attempt in 0..<8 {
                if case .success(let g) = scenario(seed: options.seed, index: i, attempt: attempt, topics: options.topics,
                                                    difficulty: options.difficulty) { return g }
            }
            return nil
        }
    }

    /// One scenario, or the diagnostics of the draft that failed to load.
    public func scenario(seed: UInt64, index: Int, attempt: Int = 0, topics: [String] = [], difficulty: Int? = nil)
        -> Result<GeneratedScenario, GeneratorFailure> {
        var rng = SplitMix64.derived(seed: seed &+ UInt64(attempt) &* 0x1000_0000_01, index: index)
        let level = difficulty.map { min(5, max(1, $0)) } ?? rng.int(1...5)
        let wanted = topics.map { $0.uppercased() }
        // Encounter kind: steered by topics, else weighted.
        let steeredKinds = wanted.compactMap { Self.kindsByRule[$0] }
        let kinds: [EncounterKind] = [.ed, .ed, .ed, .edObs, .edObs, .edObs, .clinic, .clinic, .chemo, .chemo, .returnVisit,
                                      .inpatientCut] + (wanted.isEmpty ? [.portFlush] : [])
        let kind: EncounterKind = steeredKinds.isEmpty ? rng.pick(kinds) : rng.pick(steeredKinds)
        let id = "gen-\(seed)-\(String(format: "%04d", index + 1))"
        var b = Builder(rng: SplitMix64.derived(seed: rng.next(), index: index), id: id, formulary: context.formulary, kind: kind)
        b.wanted = wanted

        // Motifs: steered ones first, then random ones up to the level's count.
        var motifs: [Motif] = []
        for w in wanted { if let ms = Self.motifsByRule[w] { motifs.append(rng.pick(ms)) } }
        let count = [1, 2, 2, 3, 4][level - 1]
        var pool = Motif.allCases.filter { $0 != .chemo && $0 != .noise && $0 != .twoSites && $0 != .blood }
        if kind == .chemo { motifs.insert(.chemo, at: 0) }
        if rng.chance(0.08) { pool.append(.blood) }
        if level >= 3 && rng.chance(0.2) { pool.append(.twoSites) }
        while motifs.count < count { motifs.append(rng.pick(pool)) }
        var seen = Set<Motif>()
        motifs = motifs.filter { seen.insert($0).inserted }
        var noise = [0, 1, 2, 3, 4][level - 1]
        if motifs.contains(.noise) { noise = max(noise, 2) }

        let firstEnd = b.run(motifs: kind == .portFlush ? [] : motifs.filter { $0 != .noise })
        b.finishTimeline(noise: noise, professional: kind == .clinic && rng.chance(0.3), firstEnd: firstEnd,
                         outside: (kind == .ed || kind == .clinic) && (wanted.contains("OUTSIDE-ENCOUNTER") || rng.chance(0.1)))
        b.d.difficulty = level
        b.d.topics = b.aimed
        b.d.hints = Array(b.hints.prefix(3))
        b.d.teaching = b.teaching.prefix(3).joined(separator: "\n")
        b.d.rows = b.d.rows.enumerated().sorted { ($0.element.firstTime, $0.offset) < ($1.element.firstTime, $1.offset) }.map(\.element)

        // Load the draft, code it, and write the key and rationale from the engine.
        let path = "\(id).yaml"
        let draftText = b.d.yaml()
        let first = ScenarioLoader.load(text: draftText, path: path, context: context)
        guard let scenario = first.scenario else {
            return .failure(GeneratorFailure(text: draftText, diagnostics: first.diagnostics.map { $0.description }))
        }
        let coding = Engine.code(scenario)
        let codes = Rationale.keyAnswer(coding).items.map(\.text)
        let text = b.d.yaml(keyCodes: codes, rationale: Rationale.text(coding))
        let final = ScenarioLoader.load(text: text, path: path, context: context)
        guard let loaded = final.scenario else {
            return .failure(GeneratorFailure(text: text, diagnostics: final.diagnostics.map { $0.description }))
        }
        return .success(GeneratedScenario(id: id, text: text, scenario: loaded, coding: coding))
    }
}

/// A draft the loader refused (a generator bug): its text and the loader's messages.
public struct GeneratorFailure: Error, Sendable {
    public var text: String
    public var diagnostics: [String]
}

enum Motif: String, CaseIterable, Sendable {
    case pushes, infusion, workflow, sequential, concurrent, hydration, notHydration, sameDrug, chemo, injections,
         scInfusion, reaction, missingOrLong, bundledOrOther, twoSites, blood, noise
}

extension Builder {
    /// Runs the motifs (for ED → observation, the last one the next morning); returns the end of the first visit.
    mutating func run(motifs: [Motif]) -> Int {
        if kind == .portFlush {
            d.sites = [.init(id: "P", description: "R chest implanted port", device: "port")]
            var r = Draft.Row(med: "heparin lock flush 100 units/mL 5 mL", drug: "heparin lock flush", cls: "flush", route: "intracatheter")
            r.entries = [e(t, "Given")]
            d.rows.append(r)
            aim("PORT-IRRIGATION-96523", hint: "Was any other service given today?",
                teach: "Irrigating an implanted port is 96523 only when nothing else is reported that day.")
            t += 20
            return t
        }
        var list = motifs
        let morning = kind == .edObs && list.count > 1 ? list.removeLast() : nil
        for m in list { apply(m) }
        if kind == .edObs {
            // Overnight: pick up again the next morning (midnight does not reset the initial service).
            t = max(t + 60, 1440 + rng.int(6...8) * 60 + rng.int(0...59))
            if let morning { apply(morning) } else { pushes() }
            aim("ED-OBS-CONTINUOUS", "MIDNIGHT-NO-RESET", hint: "Does the next morning start a new initial service?",
                teach: "ED and observation are one encounter across midnight: one initial service per access.")
        }
        return t
    }

    mutating func apply(_ m: Motif) {
        switch m {
        case .pushes: pushes()
        case .infusion: _ = infusion()
        case .workflow: workflow()
        case .sequential: sequential()
        case .concurrent: concurrent()
        case .hydration: hydration()
        case .notHydration: notHydration()
        case .sameDrug: sameDrug()
        case .chemo: chemo()
        case .injections: injections()
        case .scInfusion: scInfusion()
        case .reaction: reaction()
        case .missingOrLong: missingOrLong()
        case .bundledOrOther: bundledOrOther()
        case .twoSites: twoSites()
        case .blood: blood()
        case .noise: break
        }
    }

    /// The encounter timeline around what was charted, the noise, the setting, title and story.
    mutating func finishTimeline(noise: Int, professional: Bool, firstEnd: Int, outside: Bool) {
        let ages = rng.int(19...88)
        let dept: String
        switch kind {
        case .ed, .inpatientCut, .returnVisit: dept = "ED"
        case .edObs: dept = "OBS"
        case .clinic, .portFlush: dept = "CLINIC"
        case .chemo: dept = "CHEMO"
        }
        let infection = d.rows.contains { row in
            let name = (row.drug ?? row.med).lowercased()
            return DrugTables.antibiotics.contains { name.hasPrefix($0) } && !["PO", "nebulized"].contains(row.route)
        }
        let table = infection && dept != "CHEMO" ? DrugTables.infectionComplaints : DrugTables.otherComplaints
        let complaint = kind == .portFlush ? "port maintenance between chemotherapy cycles" : rng.pick(table[dept]!)
        noiseRows(noise, until: firstEnd)
        switch kind {
        case .ed:
            let dc = t + rng.int(15...60)
            d.timeline = [(arrival, "ED arrival"), (dc, "Discharge")]
            d.title = "ED — \(complaint)"
            d.story = "\(ages)-year-old seen in the emergency department for \(complaint)."
            if outside {
                add(pick(DrugTables.oral), route: "PO", entries: [e(dc + rng.int(5...20), "Given")])
                aim("OUTSIDE-ENCOUNTER", hint: "Was every dose given during the visit?")
            }
        case .edObs:
            let obs = arrival + rng.int(90...170)
            let dc = max(t + rng.int(20...90), 1440 + 10 * 60)
            d.timeline = [(arrival, "ED arrival"), (obs, "Observation order"), (dc, "Discharge")]
            d.title = "ED to observation — \(complaint)"
            d.story = "\(ages)-year-old with \(complaint): treated in the ED in the evening, placed in observation overnight, "
                + "discharged the next day."
        case .clinic:
            let dc = t + rng.int(10...30)
            d.timeline = [(arrival, "Arrival"), (dc, "Discharge")]
            d.title = "Infusion clinic — \(complaint)"
            d.story = "\(ages)-year-old at the hospital outpatient infusion centre for \(complaint)."
            if outside {
                add(pick(DrugTables.oral), route: "PO", entries: [e(dc + rng.int(5...20), "Given")])
                aim("OUTSIDE-ENCOUNTER", hint: "Was every dose given during the visit?")
            }
            if professional, let p = primaryCandidate {
                d.setting = "professional"
                d.rows[p].primary = true
                d.title = "Physician office infusion — \(complaint)"
                d.story = "\(ages)-year-old in the physician's office infusion suite for \(complaint) (professional reporting)."
                aim("PHYS-VS-FACILITY", teach: "In professional reporting the initial code goes to the primary reason for the visit.")
            }
        case .chemo:
            let dc = t + rng.int(10...30)
            d.timeline = [(arrival, "Arrival"), (dc, "Discharge")]
            d.title = "Chemotherapy day — \(complaint)"
            d.story = "\(ages)-year-old at the infusion centre for chemotherapy: \(complaint). Premedication, then the regimen."
        case .returnVisit:
            let dc1 = firstEnd + rng.int(10...30)
            let back = dc1 + rng.int(60...180)
            t = back + rng.int(10...25)
            pushes()
            let dc2 = t + rng.int(15...45)
            d.timeline = [(arrival, "ED arrival"), (dc1, "Discharge"), (back, "ED arrival"), (dc2, "Discharge")]
            d.title = "ED twice in one day — \(complaint)"
            d.story = "\(ages)-year-old treated in the ED for \(complaint), discharged, and back the same day with the same complaint."
            aim("SEPARATE-ENCOUNTER-SAME-DAY", hint: "Is the return visit part of the first encounter?",
                teach: "A return visit after discharge is a separate encounter with its own initial service (modifier 59/XE).")
        case .inpatientCut:
            let adm = t + rng.int(5...20)
            t = adm + rng.int(10...30)
            _ = infusion(minutes: rng.pick([31, 60, 91]))
            d.timeline = [(arrival, "ED arrival"), (adm, "Inpatient order"), (t + 600, "Discharge")]
            d.title = "ED admitted as inpatient — \(complaint)"
            d.story = "\(ages)-year-old treated in the ED for \(complaint), then admitted as an inpatient."
            aim("INPATIENT-EXCLUDED", hint: "When does the outpatient encounter end?",
                teach: "Everything after the inpatient order belongs to the inpatient stay.")
        case .portFlush:
            let dc = t + rng.int(10...30)
            d.timeline = [(arrival, "Arrival"), (dc, "Discharge")]
            d.title = "Port flush visit"
            d.story = "\(ages)-year-old with an implanted port, seen for \(complaint)."
        }
        // A procedure a sedation row belongs to is part of the story too (the row names it; the complaint does not).
        if let procedure = d.rows.lazy.compactMap(\.bundled).first { d.story += " During the visit: \(procedure)." }
    }

    mutating func noiseRows(_ n: Int, until end: Int) { noise(n, until: end) }
}

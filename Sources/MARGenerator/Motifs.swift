import MARCore
import Foundation
import MARScenarios

/// The kind of visit a generated scenario is.
enum EncounterKind: String, CaseIterable, Sendable {
    case ed, edObs, clinic, chemo, returnVisit, inpatientCut, portFlush
}

/// Builds one draft: an encounter, then motifs (each aimed at a few rules) laid one after another
/// on the clock, then MAR noise.
struct Builder {
    var rng: SplitMix64
    var d: Draft
    let formulary: Formulary
    let kind: EncounterKind
    /// Current position on the clock (minutes from the base date).
    var t: Int
    var arrival: Int
    /// Rules the motifs aimed at (the scenario's topics).
    var aimed: [String] = []
    var hints: [String] = []
    var teaching: [String] = []
    /// Rows the professional setting may mark `primary` (IV services).
    var primaryCandidate: Int?
    /// `--topics`, upper-cased: steers the variant a motif takes.
    var wanted: [String] = []

    init(rng: SplitMix64, id: String, formulary: Formulary, kind: EncounterKind) {
        self.rng = rng
        self.formulary = formulary
        self.kind = kind
        d = Draft(id: id)
        d.baseMonth = self.rng.int(1...12)
        d.baseDay = self.rng.int(1...26)
        switch kind {
        case .ed, .inpatientCut, .returnVisit: arrival = self.rng.int(6...17) * 60 + self.rng.int(0...59)
        case .edObs: arrival = self.rng.int(18...21) * 60 + self.rng.int(0...59)
        case .clinic, .portFlush: arrival = self.rng.int(8...11) * 60 + self.rng.int(0...3) * 15
        case .chemo: arrival = self.rng.int(7...9) * 60 + self.rng.int(0...3) * 15
        }
        t = arrival + self.rng.int(10...35)
    }

    // MARK: Drugs

    func known(_ m: Med) -> Bool { formulary.drugs.isEmpty || formulary.drug(m.drug) != nil }
    mutating func pick(_ xs: [Med], except: Set<String> = []) -> Med {
        let ok = xs.filter { known($0) && !except.contains($0.drug) }
        return rng.pick(ok.isEmpty ? xs : ok)
    }

    var usedDrugs: Set<String> { Set(d.rows.compactMap(\.drug)) }

    @discardableResult
    mutating func add(_ m: Med, route: String, entries: [Draft.Entry], order: String? = nil, site: String? = nil,
                      volume: Bool = false) -> Int {
        var row = Draft.Row(med: m.med, drug: m.drug, cls: m.cls, route: route, site: site)
        if volume { row.volume = m.volume }
        if let order, let first = entries.first { row.order = (max(arrival, first.t - rng.int(5...25)), order) }
        row.entries = entries
        d.rows.append(row)
        return d.rows.count - 1
    }

    mutating func aim(_ rules: String..., hint: String? = nil, teach: String? = nil) {
        for r in rules where !aimed.contains(r) { aimed.append(r) }
        if let hint { hints.append(hint) }
        if let teach { teaching.append(teach) }
    }

    func e(_ t: Int, _ a: String, rate: String? = nil, reason: String? = nil, purpose: String? = nil) -> Draft.Entry {
        Draft.Entry(t: t, action: a, rate: rate, reason: reason, purpose: purpose)
    }

    // MARK: Motifs

    /// Pushes of new drugs, a repeat of one on and around 30/31 minutes, sometimes two in the same minute.
    mutating func pushes() {
        let a = pick(DrugTables.pushes, except: usedDrugs)
        let b = pick(DrugTables.pushes, except: usedDrugs.union([a.drug]))
        let gap = rng.pick([20, 29, 30, 31, 32, 45, 95])
        let t0 = t
        add(a, route: "IV push", entries: [e(t0, "Given"), e(t0 + gap, "Given")], order: "\(a.drug) IV push q4h PRN")
        let sameMinute = rng.chance(0.3)
        add(b, route: "IV push", entries: [e(sameMinute ? t0 : t0 + rng.int(5...20), "Given")])
        aim("PUSH-NEW-DRUG-96375", "REPEAT-PUSH-30",
            hint: "How many minutes apart are the two \(a.drug) pushes?",
            teach: "A repeat push of the same drug counts only when it comes more than 30 minutes after the last reported one (start to start).")
        if sameMinute { aim("SAME-TIME-PUSH", hint: "Two drugs were pushed in the same minute: does that change anything?") }
        t = t0 + max(gap, 20) + rng.int(5...15)
    }

    /// One infusion whose minutes land on a boundary (15/16, 30/31, 90/91, 150/151).
    mutating func infusion(minutes: Int? = nil) -> Int {
        let m = pick(DrugTables.infusions, except: usedDrugs)
        let mins = minutes ?? rng.pick([14, 15, 16, 17, 30, 31, 45, 89, 90, 91, 92, 150, 151])
        let route = rng.pick(["IV piggyback", "IV infusion", "IV"])
        let t0 = t
        var entries = [e(t0, "New Bag")]
        if mins > 40 && rng.chance(0.5) { entries.append(e(t0 + rng.int(10...(mins - 10)), rng.pick(["Rate Verify", "Handoff", "Bag Verified"]))) }
        entries.append(e(t0 + mins, rng.pick(["Stopped", "Infusion Completed", "Completed"])))
        let row = add(m, route: route, entries: entries, order: "\(m.drug) IV once", volume: true)
        primaryCandidate = primaryCandidate ?? row
        if mins <= 15 {
            aim("PUSH-MAX-15", hint: "\(m.drug) ran \(mins) minutes: push or infusion?",
                teach: "An infusion of 15 minutes or less is coded as a push; 16 minutes makes it an infusion.")
        } else {
            aim("INF-MIN-16", "TIME-FROM-MAR")
            if mins >= 89 { aim("INITIAL-COVERS-90", "ADDL-HOUR-31", hint: "Count the \(m.drug) minutes: do they pass 90?",
                                teach: "The first hour covers up to 90 minutes; each further unit needs 31 more minutes past the last full hour.") }
        }
        if m.cls == "electrolyte" { aim("CATEGORY-FROM-DATA") }
        t = t0 + mins + rng.int(5...20)
        return row
    }

    /// An infusion with workflow entries: rate verify, a new bag while running, a pause.
    mutating func workflow() {
        let m = pick(DrugTables.infusions, except: usedDrugs)
        let t0 = t
        let pause = rng.int(4...20)
        let run1 = rng.int(20...45), run2 = rng.pick([10, 16, 25, 46, 61])
        var entries = [e(t0, "New Bag"), e(t0 + run1 / 2, "Rate Verify")]
        entries.append(e(t0 + run1, rng.pick(["Paused", "On Hold"])))
        entries.append(e(t0 + run1 + pause, rng.pick(["Restarted", "Resumed"])))
        entries.append(e(t0 + run1 + pause + run2 / 2, "New Bag"))
        entries.append(e(t0 + run1 + pause + run2, "Stopped"))
        add(m, route: "IV infusion", entries: entries, order: "\(m.drug) IV continuous", volume: true)
        aim("PAUSE-EXCLUDED", "RATE-CHANGE-CONTINUES", "NEW-BAG-CONTINUES",
            hint: "Which minutes of the \(m.drug) infusion were active?",
            teach: "Paused minutes do not count; a rate verify or a new bag keeps the same infusion running.")
        t = t0 + run1 + pause + run2 + rng.int(5...15)
    }

    /// Two infusions one after the other, the second sometimes longer than 90 minutes.
    mutating func sequential() {
        let first = infusion(minutes: rng.pick([31, 45, 60, 75]))
        _ = first
        t -= rng.int(0...4)
        _ = infusion(minutes: rng.pick([16, 30, 31, 61, 91, 95, 151]))
        aim("SEQ-NEW-DRUG", "HIER-TIEBREAK", "ONE-INITIAL-PER-ENCOUNTER", "SEQ-ADDL-HOURS",
            hint: "Two infusions of different drugs: which one is initial?",
            teach: "Only one initial service per access per encounter; a second drug infused after it is sequential (96367), with extra hours as 96366.")
    }

    /// Two infusions running at the same time on one access.
    mutating func concurrent() {
        let a = pick(DrugTables.infusions, except: usedDrugs)
        let b = pick(DrugTables.infusions, except: usedDrugs.union([a.drug]))
        let t0 = t
        let lenA = rng.pick([60, 90, 120]), startB = rng.int(0...30), lenB = rng.pick([20, 30, 45])
        add(a, route: "IV infusion", entries: [e(t0, "New Bag"), e(t0 + lenA, "Stopped")], volume: true)
        add(b, route: "IV piggyback", entries: [e(t0 + startB, "New Bag"), e(t0 + startB + lenB, "Stopped")], volume: true)
        aim("CONCURRENT-SAME-ACCESS", "CONCURRENT-ONCE", "CONCURRENT-OVERLAP-ALLOC",
            hint: "Did \(a.drug) and \(b.drug) overlap? For how long?",
            teach: "Overlapping minutes go to the higher-priority infusion; an infusion fully inside another is concurrent (96368), once.")
        t = t0 + max(lenA, startB + lenB) + rng.int(5...15)
    }

    /// Hydration on the 30/31, 90/91 and 150/151 boundaries, sometimes with pushes inside and a second segment.
    mutating func hydration(withDrug: Bool = true) {
        let f = pick(DrugTables.fluids)
        let t0 = t
        let mins = rng.pick([29, 30, 31, 32, 60, 90, 91, 120, 150, 151, 175])
        var entries = [e(t0, "New Bag", rate: rng.chance(0.5) ? "1000 mL/hr" : nil)]
        var end = t0 + mins
        let split = rng.chance(0.3)
        if split {
            let cut = t0 + mins / 2
            entries.append(e(cut, "Stopped"))
            let gap = rng.int(10...40)
            entries.append(e(cut + gap, "New Bag"))
            end += gap
            aim("HYD-SUM-SEGMENTS", hint: "Add up every segment of the fluid.")
        }
        entries.append(e(end, "Stopped"))
        let row = add(f, route: "IV infusion", entries: entries, order: "\(f.drug) 1,000 mL IV bolus for dehydration", volume: true)
        primaryCandidate = primaryCandidate ?? row
        aim("HYD-CATEGORY", "HYD-MIN-31", hint: "How many minutes of hydration are left after anything else that ran?",
            teach: "Hydration needs at least 31 minutes; each later unit needs 31 minutes past the hour.")
        if withDrug && rng.chance(0.6) {
            let p = pick(DrugTables.pushes, except: usedDrugs)
            let at = t0 + rng.int(5...max(6, mins / 2))
            add(p, route: "IV push", entries: [e(at, "Given"), e(at + rng.int(2...5), "Stopped")])
            aim("HYD-CONCURRENT", "HYD-NEVER-INITIAL-WITH-DRUG", "HYD-SECONDARY-UNITS",
                teach: "With a drug given, hydration is never initial; documented push minutes come off the fluid's time.")
        }
        t = end + rng.int(5...15)
    }

    /// Fluids that are not hydration: KVO, carrier, or undocumented necessity.
    mutating func notHydration() {
        let f = pick(DrugTables.fluids)
        let t0 = t
        switch rng.int(0...2) {
        case 0:
            var r = Draft.Row(med: "sodium chloride 0.9 % 500 mL at 20 mL/hr", drug: "sodium chloride", cls: "kvo", route: "IV infusion")
            r.entries = [e(t0, "New Bag"), e(t0 + rng.int(60...180), "Stopped")]
            r.order = (t0 - 5, "sodium chloride 0.9 % KVO")
            d.rows.append(r)
            aim("KVO-FLUSH", hint: "What was the saline at 20 mL/hr for?", teach: "A keep-vein-open fluid is not hydration.")
        case 1:
            var r = Draft.Row(med: "sodium chloride 0.9 % 250 mL carrier", drug: "sodium chloride", cls: "carrier", route: "IV infusion")
            r.entries = [e(t0, "New Bag"), e(t0 + rng.int(40...70), "Stopped")]
            d.rows.append(r)
            let m = pick(DrugTables.infusions, except: usedDrugs)
            add(m, route: "IV piggyback", entries: [e(t0 + 2, "New Bag"), e(t0 + 2 + rng.pick([16, 31, 45]), "Stopped")], volume: true)
            aim("HYD-CARRIER-INCIDENTAL", teach: "Fluid used only to carry a drug is incidental to it.")
        default:
            var r = Draft.Row(med: f.med, drug: f.drug, cls: f.cls, route: "IV infusion")
            r.necessity = "not-documented"
            r.entries = [e(t0, "New Bag"), e(t0 + rng.int(45...120), "Stopped")]
            d.rows.append(r)
            aim("HYD-MEDICAL-NECESSITY", hint: "Is the need for fluids documented?",
                teach: "Hydration is coded only when its medical necessity is documented.")
        }
        t = t0 + rng.int(70...190)
    }

    /// The same antibiotic twice (intermittent), or a push of a drug around its own infusion.
    mutating func sameDrug() {
        let m = pick(DrugTables.infusions.filter { $0.cls == "therapeutic" }, except: usedDrugs)
        let t0 = t
        let len = rng.pick([30, 31, 45, 60])
        if rng.chance(0.5) {
            let gap = rng.int(180...360)
            let len2 = rng.pick([14, 16, 30, 61, 91])
            add(m, route: "IV piggyback", entries: [e(t0, "New Bag"), e(t0 + len, "Stopped"), e(t0 + len + gap, "New Bag"),
                                                    e(t0 + len + gap + len2, "Stopped")], order: "\(m.drug) IV q6h", volume: true)
            aim("SAME-DRUG-INTERMITTENT", hint: "\(m.drug) ran twice: is the second dose a new drug?",
                teach: "A later infusion of the same drug is not a new drug: under the default it is 96366.")
            t = t0 + len + gap + len2 + rng.int(5...15)
        } else {
            // Heparin-style bolus then drip, or a push of the drug after its infusion.
            let p = pick(DrugTables.pushes, except: usedDrugs)
            let before = rng.pick([10, 20, 29, 31, 45])
            add(p, route: "IV push", entries: [e(t0, "Given")])
            var row = Draft.Row(med: p.med.replacingOccurrences(of: "injection", with: "in sodium chloride 0.9 % 50 mL"),
                                drug: p.drug, cls: p.cls, route: "IV infusion")
            row.entries = [e(t0 + before, "New Bag"), e(t0 + before + len, "Stopped")]
            d.rows.append(row)
            let after = rng.pick([15, 29, 31, 60])
            d.rows[d.rows.count - 2].entries.append(e(t0 + before + len + after, "Given"))
            aim("BOLUS-BEFORE-INFUSION-SAME-DRUG", "PUSH-AFTER-INFUSION-SAME-DRUG",
                hint: "How close to the \(p.drug) infusion were the \(p.drug) pushes?",
                teach: "A push of a drug within 30 minutes of its own infusion is part of that infusion.")
            t = t0 + before + len + after + rng.int(5...15)
        }
    }

    /// Chemotherapy: premeds (sometimes a mixed bag), chemo infusions in sequence, chemo pushes, a pump.
    mutating func chemo() {
        let t0 = t
        var c = t0
        if rng.chance(0.5) {
            var r = Draft.Row(med: "dexamethasone 12 mg + ondansetron 16 mg in sodium chloride 0.9 % 50 mL",
                              drug: "dexamethasone+ondansetron", cls: "therapeutic", route: "IV piggyback")
            let len = rng.pick([14, 15, 16, 20, 30])
            r.entries = [e(c, "New Bag"), e(c + len, "Stopped")]
            d.rows.append(r)
            aim("SINGLE-INFUSATE", hint: "The premed bag holds two drugs: how many administrations is it?")
            c += len + rng.int(0...5)
        } else {
            for p in [Med(drug: "dexamethasone", med: "dexamethasone 12 mg/1.2 mL injection", cls: "therapeutic"),
                      Med(drug: "diphenhydramine", med: "diphenhydramine 25 mg/mL injection", cls: "therapeutic")] {
                add(p, route: "IV push", entries: [e(c, "Given")])
                c += rng.int(2...8)
            }
        }
        let a = pick(DrugTables.chemoInfusions)
        let lenA = rng.pick([30, 60, 90, 91, 150, 180])
        let rowA = add(a, route: "IV infusion", entries: [e(c, "New Bag"), e(c + lenA, "Stopped")], order: "\(a.drug) IV over protocol time", volume: true)
        primaryCandidate = primaryCandidate ?? rowA
        aim("CATEGORY-FROM-DATA", "HIER-FACILITY", hint: "Which administration ranks highest in the hierarchy?",
            teach: "Chemotherapy outranks therapeutic infusions, pushes and hydration for the initial slot.")
        c += lenA
        let variants = ["96417-ONCE-96415-HOURS", "CHEMO-PUSH-96411", "CHEMO-CONCURRENT", "CHEMO-PROLONGED-96416"]
        let steered = variants.indices.filter { wanted.contains(variants[$0]) }
        switch steered.isEmpty ? rng.int(0...3) : rng.pick(steered) {
        case 0:
            let b = pick(DrugTables.chemoInfusions, except: [a.drug])
            let lenB = rng.pick([16, 30, 61, 91, 120])
            add(b, route: "IV infusion", entries: [e(c, "New Bag"), e(c + lenB, "Stopped")], volume: true)
            aim("96417-ONCE-96415-HOURS", teach: "A second chemotherapy drug infused in sequence is 96417, once, with hours as 96415.")
            c += lenB
        case 1:
            let p1 = pick(DrugTables.chemoPushes), p2 = pick(DrugTables.chemoPushes, except: [p1.drug])
            add(p1, route: "IV push", entries: [e(c + 5, "Given")])
            add(p2, route: "IV push", entries: [e(c + 12, "Given")])
            aim("CHEMO-PUSH-96411", teach: "Each additional chemotherapy push of a different drug is 96411.")
            c += 15
        case 2:
            let b = pick(DrugTables.chemoInfusions, except: [a.drug])
            add(b, route: "IV infusion", entries: [e(c - lenA + 10, "New Bag"), e(c - 5, "Stopped")], volume: true)
            aim("CHEMO-CONCURRENT", hint: "Two chemotherapy drugs ran together: is there a code for that?")
        default:
            var r = Draft.Row(med: "fluorouracil 2,400 mg/m2 via portable pump over 46 hours", drug: "fluorouracil",
                              cls: "chemotherapy", route: "IV infusion")
            r.pump = "portable"
            r.planned = "46 h"
            r.entries = [e(c + 5, "Started")]
            d.rows.append(r)
            aim("CHEMO-PROLONGED-96416", teach: "Starting a chemotherapy pump planned for more than 8 hours is 96416.")
            c += 10
        }
        t = c + rng.int(10...25)
    }

    /// IM or SubQ injections, sometimes a hormonal antineoplastic.
    mutating func injections() {
        let (m, route) = rng.chance(0.3) ? rng.pick(DrugTables.hormonal) : rng.pick(DrugTables.injections)
        add(m, route: route, entries: [e(t, "Given")])
        aim("IMSQ-PER-INJECTION", hint: "How is an injection into muscle or under the skin coded?")
        if m.cls == "chemotherapy-hormonal" { aim("CATEGORY-FROM-DATA") }
        t += rng.int(5...20)
    }

    /// A subcutaneous infusion by pump, sometimes with a second set-up.
    mutating func scInfusion() {
        let t0 = t
        let len = rng.pick([14, 16, 60, 91, 120])
        var r = Draft.Row(med: "immune globulin subcutaneous 20 % 10 g", drug: "immune globulin subcutaneous",
                          cls: "therapeutic", route: "SubQ infusion")
        r.entries = [e(t0, "New Bag"), e(t0 + len, "Stopped")]
        d.rows.append(r)
        if rng.chance(0.5) {
            var r2 = r
            r2.med = "immune globulin subcutaneous 20 % 10 g (second pump set-up, new sites)"
            r2.entries = [e(t0 + len + 10, "New Bag"), e(t0 + len + 10 + 40, "Stopped")]
            d.rows.append(r2)
        }
        aim("SC-INFUSION", teach: "Subcutaneous infusion by pump is the 96369 family, timed like an IV infusion.")
        t = t0 + len + 60
    }

    /// An infusion stopped early for a reaction, treated with a push.
    mutating func reaction() {
        let m = pick(DrugTables.infusions, except: usedDrugs)
        let len = rng.pick([12, 15, 16, 20, 40])
        add(m, route: "IV piggyback", entries: [e(t, "New Bag"), e(t + len, "Stopped", reason: "reaction")], volume: true)
        add(Med(drug: "diphenhydramine", med: "diphenhydramine 50 mg/mL injection", cls: "therapeutic"), route: "IV push",
            entries: [e(t + len + 3, "Given")])
        aim("REACTION-STOP", hint: "The \(m.drug) was stopped for a reaction: which minutes count?",
            teach: "An infusion stopped early is coded on the minutes it actually ran.")
        t += len + 20
    }

    /// An infusion with no documented stop, or a documented push that took long.
    mutating func missingOrLong() {
        if rng.chance(0.5) {
            let m = pick(DrugTables.infusions, except: usedDrugs)
            add(m, route: rng.pick(["IV piggyback", "IV infusion"]), entries: [e(t, "New Bag"), e(t + 15, "Rate Verify")], volume: true)
            aim("NO-STOP-TIME", hint: "When did the \(m.drug) stop?", teach: "Without a documented stop an infusion cannot be timed: code it as a push.")
        } else {
            let m = Med(drug: "phenytoin", med: "phenytoin 1,000 mg slow IV push", cls: "therapeutic")
            add(m, route: "IV push", entries: [e(t, "Given"), e(t + rng.pick([16, 20, 25]), "Stopped")])
            aim("PUSH-METHOD-DOCUMENTED", teach: "A documented push technique stays a push however long it took.")
        }
        t += rng.int(25...40)
    }

    /// Services bundled elsewhere: contrast, sedation, or an intra-arterial injection.
    mutating func bundledOrOther() {
        switch rng.int(0...2) {
        case 0:
            add(Med(drug: "iohexol", med: "iohexol 350 mg iodine/mL 100 mL", cls: "contrast"), route: "IV", entries: [e(t, "Given")])
            aim("CONTRAST", teach: "Contrast for imaging is part of the imaging study.")
        case 1:
            let r = add(Med(drug: "propofol", med: "propofol 10 mg/mL injection", cls: "sedation"), route: "IV push",
                        entries: [e(t, "Given"), e(t + 4, "Given")])
            d.rows[r].bundled = "procedural sedation for shoulder reduction"
            aim("BUNDLED-PROCEDURE-SEDATION", teach: "Drugs integral to a procedure are not coded as drug administration.")
        default:
            add(Med(drug: "verapamil", med: "verapamil 2.5 mg intra-arterial", cls: "therapeutic"), route: "intra-arterial",
                entries: [e(t, "Given")])
            aim("INTRA-ARTERIAL-96373")
        }
        t += rng.int(15...30)
    }

    /// A second access: medically necessary (59) or not (merged), or a multi-lumen line.
    mutating func twoSites() {
        let m1 = pick(DrugTables.infusions, except: usedDrugs)
        let m2 = pick(DrugTables.infusions, except: usedDrugs.union([m1.drug]))
        switch rng.int(0...2) {
        case 0:
            d.sites = [.init(id: "A", description: "R antecubital 20 g"),
                       .init(id: "B", description: "L forearm 22 g", separate: "\(m2.drug) incompatible with \(m1.drug), both needed at once")]
            aim("SECOND-SITE-59", "MODIFIERS", hint: "Was the second IV line medically necessary?")
        case 1:
            d.sites = [.init(id: "A", description: "R antecubital 20 g"), .init(id: "B", description: "L hand 22 g")]
            aim("SECOND-SITE-59", hint: "Was the second IV line medically necessary?")
        default:
            d.sites = [.init(id: "A", description: "R internal jugular triple-lumen catheter", device: "multi-lumen")]
            aim("MULTI-LUMEN-ONE-SITE")
        }
        let sB = d.sites.count > 1 ? "B" : "A"
        for i in d.rows.indices where d.rows[i].route.hasPrefix("IV") || d.rows[i].route == "intracatheter" { d.rows[i].site = "A" }
        add(m1, route: "IV infusion", entries: [e(t, "New Bag"), e(t + 60, "Stopped")], site: "A", volume: true)
        add(m2, route: "IV infusion", entries: [e(t + 10, "New Bag"), e(t + 55, "Stopped")], site: sB, volume: true)
        t += 70
    }

    /// MAR noise: oral meds, nebs, held doses, order-only rows, flushes, a vaccine, a canceled entry, blood.
    mutating func noise(_ n: Int, until end: Int) {
        for _ in 0..<n {
            let at = arrival + rng.int(5...max(6, end - arrival - 5))
            switch rng.int(0...7) {
            case 0:
                add(pick(DrugTables.oral), route: "PO", entries: [e(at, "Given")])
                aim("ROUTE-NOT-IV")
            case 1:
                add(pick(DrugTables.nebs), route: "nebulized", entries: [e(at, "Given")])
                aim("ROUTE-NOT-IV")
            case 2:
                let p = pick(DrugTables.pushes, except: usedDrugs)
                add(p, route: "IV push", entries: [e(at, rng.pick(["Held", "Refused", "Patient Unavailable"]))], order: "\(p.drug) IV push PRN")
                aim("HELD-NOT-GIVEN")
            case 3:
                let p = pick(DrugTables.infusions, except: usedDrugs)
                var r = Draft.Row(med: p.med, drug: p.drug, cls: p.cls, route: "IV piggyback")
                r.order = (at, "\(p.drug) IV once — pharmacy verified")
                d.rows.append(r)
                aim("ORDER-NOT-ADMIN")
            case 4:
                var r = Draft.Row(med: "sodium chloride 0.9 % flush 10 mL syringe", drug: "saline flush", cls: "flush", route: "IV push")
                r.entries = [e(at, "Given")]
                d.rows.append(r)
                aim("FLUSH-EXCLUDED")
            case 5:
                add(Med(drug: "tetanus-diphtheria toxoids", med: "Td vaccine 0.5 mL", cls: "vaccine"), route: "IM", entries: [e(at, "Given")])
                aim("VACCINE-ADMIN")
            case 6:
                let p = pick(DrugTables.oral)
                add(p, route: "PO", entries: [e(at, "Given"), e(at + 1, "Canceled Entry"), e(at + 2, "Given")])
                aim("ROUTE-NOT-IV")
            default:
                var r = Draft.Row(med: "methotrexate 12 mg intrathecal", drug: "methotrexate", cls: "chemotherapy", route: "intrathecal")
                r.entries = [e(at, "Given")]
                d.rows.append(r)
                aim("NOT-IN-SCOPE")
            }
        }
    }

    /// A unit of packed red cells (flagged, not scored).
    mutating func blood() {
        let minutes = rng.int(90...150)
        var r = Draft.Row(med: "packed red blood cells 1 unit", drug: "packed red blood cells", cls: "blood", route: "IV infusion")
        r.entries = [e(t, "Started"), e(t + minutes, "Stopped")]
        d.rows.append(r)
        aim("TRANSFUSION-NOT-DRUG-ADMIN")
        if rng.int(0...1) == 0 {
            // Saline keeping the line open around the unit: not hydration.
            var kvo = Draft.Row(med: "sodium chloride 0.9 % 250 mL at 10 mL/hr", drug: "sodium chloride", cls: "kvo", route: "IV infusion")
            kvo.entries = [e(t - 10, "New Bag"), e(t + minutes + 10, "Stopped")]
            kvo.order = (t - 15, "sodium chloride 0.9 % KVO with blood")
            d.rows.append(kvo)
            aim("BLOOD-TRANSFUSION-HYD", "KVO-FLUSH", teach: "Saline that keeps the line open for blood is not hydration.")
        }
        t += minutes + 20
    }
}

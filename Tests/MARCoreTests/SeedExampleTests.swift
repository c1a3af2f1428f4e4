import MARCore
import MARScenarios
import Testing

/// Every worked example of the five seed articles (`/work/shared/seeds/000…004`), reproduced as a
/// small scenario with the codes `rules.md` gives it. Where the article's own answer is wrong per
/// `rules.md` §3 (Conflicts) or §5 (Decisions), the expectation is the corrected one and the case
/// says so, citing the seed and the rule. Expectations are reasoned from the rules, never copied from
/// the engine.
@Suite struct SeedExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        /// `seed NNN — example`.
        var name: String
        /// Scenario YAML without `title:` (added by `scenario(_:)`).
        var yaml: String
        /// Canonical answer text, codes sorted (`96365 96366 96367`).
        var expected: String
        /// Set when the engine is known to disagree with a carefully reasoned expectation.
        var knownIssue: String? = nil
        var testDescription: String { name }
    }

    // MARK: - YAML builders (keep the cases to the article's facts)

    /// A timeline on 01/04 from `arrival` to `discharge` (ED), or any events given.
    static func timeline(_ events: [String] = ["01/04 00:30 ED arrival", "01/04 23:30 Discharge"]) -> String {
        "encounter:\n  timeline:\n" + events.map { "    - \($0)\n" }.joined()
    }

    /// One MAR row. `entries` are `MM/DD HH:MM Action` strings (times on 01/04 when only `HH:MM` is given).
    static func row(_ med: String, _ cls: String, _ route: String, _ entries: [String], site: String? = nil,
                    extra: [String] = []) -> String {
        var s = "  - med: \(med)\n    class: \(cls)\n    route: \(route)\n"
        if let site { s += "    site: \(site)\n" }
        for e in extra { s += "    \(e)\n" }
        let list = entries.map { $0.contains("/") ? $0 : "01/04 \($0)" }
        return s + "    entries: [" + list.joined(separator: ", ") + "]\n"
    }

    /// An infusion row started at `start` and stopped at `stop` (nil: no stop charted).
    static func infusion(_ med: String, _ cls: String, _ start: String, _ stop: String?, route: String = "IV piggyback",
                         site: String? = nil, extra: [String] = []) -> String {
        row(med, cls, route, [start + " New Bag"] + (stop.map { [$0 + " Stopped"] } ?? []), site: site, extra: extra)
    }

    /// A push row with one `Given` per time.
    static func push(_ med: String, _ times: [String], cls: String = "therapeutic", route: String = "IV push",
                     site: String? = nil) -> String {
        row(med, cls, route, times.map { $0 + " Given" }, site: site)
    }

    static func mar(_ rows: String...) -> String { "mar:\n" + rows.joined() }

    static func yaml(_ parts: String...) -> String { parts.joined(separator: "\n") }

    // MARK: - Seed 000: "The MAR Explained" (ED → observation → inpatient)

    static let seed000: [Case] = [
        Case(name: "seed 000 — ED push 01/04, observation infusion 01/05: infusion is initial (hierarchy, not time)",
             // ED-OBS-CONTINUOUS, HIER-FACILITY, SUBSEQUENT-EVEN-IF-FIRST-OF-TYPE; the inpatient-day infusion
             // after the 01/09 order is excluded (INPATIENT-EXCLUDED, C15: the cut is the order time).
             yaml: yaml(timeline(["01/04 20:55 ED arrival", "01/05 06:39 Observation order", "01/09 10:12 Inpatient order",
                                  "01/10 14:00 Discharge"]),
                        mar(push("ondansetron 4 mg injection", ["01/04 21:05"]),
                            infusion("ceftriaxone 1 g IVPB", "therapeutic", "01/05 08:00", "01/05 08:30"),
                            infusion("vancomycin 1 g IVPB", "therapeutic", "01/09 12:00", "01/09 13:30"))),
             expected: "96365 96375"),
        Case(name: "seed 000 — infusion in ED, another drug infused in observation: no reset of the initial",
             // Seed 000's "common mistake" (resetting the initial in observation): one 96365, then 96367.
             yaml: yaml(timeline(["01/04 20:55 ED arrival", "01/05 06:39 Observation order", "01/05 18:00 Discharge"]),
                        mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "01/04 22:00", "01/04 22:40"),
                            infusion("metronidazole 500 mg IVPB", "therapeutic", "01/05 08:00", "01/05 09:00"))),
             expected: "96365 96367"),
        Case(name: "seed 000 — 96376 'at least 30 minutes apart': a repeat push at exactly 30 min",
             // Seed 000: 96376 at ≥30 min. Wrong per C1 / REPEAT-PUSH-30 (default repeatPushMinGap 31):
             // 30 min is "within 30 minutes", so only 96374.
             yaml: yaml(timeline(), mar(push("morphine 4 mg injection", ["08:00", "08:30"]))),
             expected: "96374"),
        Case(name: "seed 000 — 96376: a repeat push 31 min after the first",
             // REPEAT-PUSH-30: 31 min start to start (D18) → 96376; seed 000 agrees.
             yaml: yaml(timeline(), mar(push("morphine 4 mg injection", ["08:00", "08:31"]))),
             expected: "96374 96376"),
        Case(name: "seed 000 — 96376 'not scheduled dosing': a scheduled q4h repeat push",
             // Seed 000: not reported for scheduled dosing. Unsupported per C1 ("do not implement"):
             // REPEAT-PUSH-30 only asks for > 30 min from the last reported push → 96374 + 96376.
             yaml: yaml(timeline(), mar(push("morphine 4 mg injection", ["08:00", "12:00"]))),
             expected: "96374 96376"),
        Case(name: "seed 000 — MAR noise: oral, held, nebulizer, patch and contrast rows code nothing",
             // ROUTE-NOT-IV, HELD-NOT-GIVEN, CONTRAST; only the push is a service (96374).
             yaml: yaml(timeline(),
                        mar(row("acetaminophen 650 mg tablet", "therapeutic", "PO", ["09:00 Given"]),
                            row("ketorolac 15 mg injection", "therapeutic", "IV push", ["09:00 Held"]),
                            row("albuterol 2.5 mg nebulizer", "therapeutic", "nebulized", ["09:10 Given"]),
                            row("nicotine 21 mg patch", "therapeutic", "transdermal", ["09:15 Given"]),
                            row("iohexol 350 contrast", "contrast", "IV push", ["09:30 Given"]),
                            push("ondansetron 4 mg injection", ["10:00"]))),
             expected: "96374"),
    ]

    // MARK: - Seed 001: "Billing and Coding Infusion, Injection and Hydration"

    static let seed001: [Case] = [
        Case(name: "seed 001 — IV medication with a start time but no stop time is coded as a push",
             // NO-STOP-TIME default chain step (2), D6: an IVPB New Bag with no stop → push 96374 (C9 fallback).
             yaml: yaml(timeline(), mar(row("ceftriaxone 1 g IVPB", "therapeutic", "IV piggyback", ["09:00 New Bag"]))),
             expected: "96374"),
        Case(name: "seed 001 — two different drugs pushed at the exact same minute",
             // Seed 001: only one push may be charged. Wrong under the default per C8 / SAME-TIME-PUSH:
             // each different drug is reportable → 96374 + 96375 (one-charge reading is option sameMinutePushesOnce).
             yaml: yaml(timeline(), mar(push("ondansetron 4 mg injection", ["09:00"]),
                                        push("famotidine 20 mg injection", ["09:00"]))),
             expected: "96374 96375"),
        Case(name: "seed 001 — same-minute pushes under sameMinutePushesOnce (the article's facility policy)",
             // C8 option: only the first in MAR order is charged (D20).
             yaml: yaml("policy: {sameMinutePushesOnce: true}", timeline(),
                        mar(push("ondansetron 4 mg injection", ["09:00"]),
                            push("famotidine 20 mg injection", ["09:00"]))),
             expected: "96374"),
        Case(name: "seed 001 — two different drugs pushed one minute apart: each charged",
             // PUSH-NEW-DRUG-96375; seed agrees.
             yaml: yaml(timeline(), mar(push("ondansetron 4 mg injection", ["09:00"]),
                                        push("famotidine 20 mg injection", ["09:01"]))),
             expected: "96374 96375"),
        Case(name: "seed 001 — same drug again less than 31 minutes later cannot be charged",
             // REPEAT-PUSH-30 (C1): 30 min → nothing more; seed agrees.
             yaml: yaml(timeline(), mar(push("hydromorphone 1 mg injection", ["09:00", "09:30"]))),
             expected: "96374"),
        Case(name: "seed 001 — routine fluids without documented necessity are not reportable",
             // HYD-MEDICAL-NECESSITY; seed agrees.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "09:00", "11:00",
                                                 route: "IV infusion", extra: ["necessity: not-documented"]))),
             expected: ""),
        Case(name: "seed 001 — medically necessary hydration is billable",
             // HYD-MEDICAL-NECESSITY met; 120 min alone → 96360 + 96361 ×⌊(120−31)/60⌋ = 1.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "09:00", "11:00",
                                                 route: "IV infusion"))),
             expected: "96360 96361"),
        Case(name: "seed 001 — IM or SubQ injections are 96372",
             // IMSQ-PER-INJECTION; seed agrees.
             yaml: yaml(timeline(), mar(row("enoxaparin 40 mg syringe", "therapeutic", "SubQ", ["09:00 Given"]),
                                        row("ceftriaxone 1 g IM", "therapeutic", "IM", ["10:00 Given"]))),
             expected: "96372x2"),
        Case(name: "seed 001 — sequential: different drugs infused back to back on one line",
             // SEQ-NEW-DRUG: 96365 + 96367; seed agrees.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "09:40"),
                                        infusion("metronidazole 500 mg IVPB", "therapeutic", "09:40", "10:40"))),
             expected: "96365 96367"),
        Case(name: "seed 001 — concurrent: two drugs from separate bags at the same time on one line",
             // CONCURRENT-SAME-ACCESS, CONCURRENT-OVERLAP-ALLOC: same start and stop, residual 0 → 96368.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "10:00"),
                                        infusion("magnesium sulfate 2 g IVPB", "therapeutic", "09:00", "10:00"))),
             expected: "96365 96368"),
        Case(name: "seed 001 — drugs mixed in one bag are not concurrent",
             // SINGLE-INFUSATE (D9): one infusion of a joined key → 96365 only.
             yaml: yaml(timeline(), mar(infusion("ondansetron 8 mg and dexamethasone 10 mg in 50 mL", "therapeutic",
                                                 "09:00", "09:30", extra: ["drug: ondansetron+dexamethasone"]))),
             expected: "96365"),
    ]

    // MARK: - Seed 002: "Infusion & Hydration Billing & Coding Guide"

    static let seed002: [Case] = [
        Case(name: "seed 002 — 0–15 minutes is a push (15-minute IVPB)",
             // PUSH-MAX-15; seed agrees.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "09:15"))),
             expected: "96374"),
        Case(name: "seed 002 — 16+ minutes is an infusion (16-minute IVPB)",
             // INF-MIN-16; seed agrees.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "09:16"))),
             expected: "96365"),
        Case(name: "seed 002 — 96365 covers 16–90 minutes (90-minute infusion)",
             // INITIAL-COVERS-90; seed agrees.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "10:30"))),
             expected: "96365"),
        Case(name: "seed 002 — additional hours 'begin after 90 minutes' (91-minute infusion)",
             // ADDL-HOUR-31: 91 → one 96366; seed agrees.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "10:31"))),
             expected: "96365 96366"),
        Case(name: "seed 002 — 96366 'reported in 30-minute increments' (150-minute infusion)",
             // Seed 002: 30-minute increments would give two units at 150 min. Wrong per ADDL-HOUR-31 / §1.1:
             // one unit per additional hour, the next at 151 → 96365 + 96366 ×1.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "11:30"))),
             expected: "96365 96366"),
        Case(name: "seed 002 — sequential 96367 must run at least 16 minutes (16 min)",
             // INF-MIN-16, SEQ-NEW-DRUG; seed agrees.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "09:40"),
                                        infusion("famotidine 20 mg IVPB", "therapeutic", "10:00", "10:16"))),
             expected: "96365 96367"),
        Case(name: "seed 002 — a 15-minute second drug is a sequential push, not 96367",
             // INF-MIN-16: ≤15 min sequential "infusion" → 96375.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "09:40"),
                                        infusion("famotidine 20 mg IVPB", "therapeutic", "10:00", "10:15"))),
             expected: "96365 96375"),
        Case(name: "seed 002 — 96368 'report once per concurrent drug' (two drugs concurrent with the initial)",
             // Seed 002: 96368 per concurrent drug (×2). Wrong per C5 / CONCURRENT-ONCE: once per date per access.
             // A 120 min → 96365 + 96366; B and C nested inside A (residual 0) → 96368 ×1.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "11:00"),
                                        infusion("magnesium sulfate 2 g IVPB", "therapeutic", "09:10", "09:50"),
                                        infusion("famotidine 20 mg IVPB", "therapeutic", "10:00", "10:30"))),
             expected: "96365 96366 96368"),
        Case(name: "seed 002 — hydration must run at least 31 minutes (30 min)",
             // HYD-MIN-31; seed agrees.
             yaml: yaml(timeline(), mar(infusion("lactated Ringer's 1,000 mL", "hydration", "09:00", "09:30",
                                                 route: "IV infusion"))),
             expected: ""),
        Case(name: "seed 002 — hydration 31 minutes",
             // HYD-MIN-31; seed agrees.
             yaml: yaml(timeline(), mar(infusion("lactated Ringer's 1,000 mL", "hydration", "09:00", "09:31",
                                                 route: "IV infusion"))),
             expected: "96360"),
        Case(name: "seed 002 — '96360 = 31–60 minutes' (a 90-minute hydration)",
             // Seed 002 implies an add-on past 60 min. Incomplete per C20 / INITIAL-COVERS-90: 96360 covers 31–90.
             yaml: yaml(timeline(), mar(infusion("lactated Ringer's 1,000 mL", "hydration", "09:00", "10:30",
                                                 route: "IV infusion"))),
             expected: "96360"),
        Case(name: "seed 002 — therapeutic > hydration regardless of which bag was hung first",
             // HIER-FACILITY, HYD-NEVER-INITIAL-WITH-DRUG, HYD-SECONDARY-UNITS: 120 min secondary → ⌊149/60⌋ = 2.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "08:00", "10:00",
                                                 route: "IV infusion"),
                                        infusion("ceftriaxone 1 g IVPB", "therapeutic", "10:00", "10:30"))),
             expected: "96361x2 96365"),
        Case(name: "seed 002 — paused time does not count (hydration 20 + 10 active minutes)",
             // PAUSE-EXCLUDED (D1): 08:00–08:20 and 09:00–09:10 = 30 active → HYD-MIN-31 not met.
             yaml: yaml(timeline(), mar(row("sodium chloride 0.9 % 1,000 mL", "hydration", "IV infusion",
                                            ["08:00 New Bag", "08:20 Paused", "09:00 Restarted", "09:10 Stopped"]))),
             expected: ""),
        Case(name: "seed 002 — time between bags does not count",
             // PAUSE-EXCLUDED, D1, HYD-SUM-SEGMENTS: 08:00–09:00 and 10:00–10:30 = 90 min (the hour between
             // bags excluded; counted it would be 150 → 96361) → 96360 only.
             yaml: yaml(timeline(), mar(row("sodium chloride 0.9 % 1,000 mL", "hydration", "IV infusion",
                                            ["08:00 New Bag", "09:00 Stopped", "10:00 New Bag", "10:30 Stopped"]))),
             expected: "96360"),
        Case(name: "seed 002 — an IV line flush adds no time or code",
             // FLUSH-EXCLUDED: push 96374; the flush after it nothing.
             yaml: yaml(timeline(), mar(push("ondansetron 4 mg injection", ["09:00"]),
                                        row("sodium chloride 0.9 % flush 10 mL", "flush", "IV push", ["09:01 Given"]))),
             expected: "96374"),
    ]

    // MARK: - Seed 003: "Infusion Therapy Coding 2026: Push vs Infusion Guidelines"

    static let seed003: [Case] = [
        Case(name: "seed 003 — 'delivered in 14 minutes, it's a push'",
             // PUSH-MAX-15; seed agrees (route IV: decided by time).
             yaml: yaml(timeline(), mar(row("levetiracetam 1,000 mg", "therapeutic", "IV", ["09:00 Given", "09:14 Stopped"]))),
             expected: "96374"),
        Case(name: "seed 003 — 'if it takes 16 minutes, it's an infusion'",
             // INF-MIN-16; seed agrees.
             yaml: yaml(timeline(), mar(row("levetiracetam 1,000 mg", "therapeutic", "IV", ["09:00 Given", "09:16 Stopped"]))),
             expected: "96365"),
        Case(name: "seed 003 — 'the 15-minute threshold is absolute': a documented 20-minute IV push",
             // Seed 003: 20 min → infusion. Wrong per C7 / PUSH-METHOD-DOCUMENTED (method-first default):
             // a documented push stays a push → 96374 (96365 only under timeOnlyClassification).
             yaml: yaml(timeline(), mar(row("furosemide 80 mg injection", "therapeutic", "IV push",
                                            ["09:00 Given", "09:20 Stopped"]))),
             expected: "96374"),
        Case(name: "seed 003 — flowsheet shows a 25-minute administration (route IV): infusion",
             // PUSH-MAX-15 / INF-MIN-16 by clock on an `IV` row; seed agrees.
             yaml: yaml(timeline(), mar(row("levetiracetam 1,000 mg", "therapeutic", "IV", ["09:00 Given", "09:25 Stopped"]))),
             expected: "96365"),
        Case(name: "seed 003 — chemotherapy, antibiotic and hydration in one encounter",
             // HIER-FACILITY: 96413 initial; antibiotic after it 96367; hydration secondary 60 min → 96361.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "08:00", "09:00",
                                                 route: "IV infusion"),
                                        infusion("cyclophosphamide 1,000 mg", "chemotherapy", "09:00", "10:00",
                                                 route: "IV infusion"),
                                        infusion("cefazolin 2 g IVPB", "therapeutic", "10:00", "10:30"))),
             expected: "96361 96367 96413"),
        Case(name: "seed 003 — chemotherapy with the antibiotic running at the same time: concurrent",
             // CHEMO-CONCURRENT: a non-chemo drug concurrent with chemo (nested, residual 0) → 96368.
             yaml: yaml(timeline(), mar(infusion("cyclophosphamide 1,000 mg", "chemotherapy", "09:00", "10:00",
                                                 route: "IV infusion"),
                                        infusion("cefazolin 2 g IVPB", "therapeutic", "09:10", "09:40"))),
             expected: "96368 96413"),
        Case(name: "seed 003 — FAQ: an antiemetic push followed by a chemotherapy infusion",
             // HIER-FACILITY, PUSH-NEW-DRUG-96375: the infusion is initial although the push came first.
             yaml: yaml(timeline(), mar(push("ondansetron 8 mg injection", ["08:30"]),
                                        infusion("cyclophosphamide 1,000 mg", "chemotherapy", "09:00", "10:00",
                                                 route: "IV infusion"))),
             expected: "96375 96413"),
        Case(name: "seed 003 — FAQ 'the push and infusion must involve different substances' (same drug, 1 h later)",
             // Seed 003 would not report the push. Wrong per PUSH-AFTER-INFUSION-SAME-DRUG / H6 (AAPC: 96365,
             // 96376): a push of the infused drug more than 30 min after its stop → 96376.
             yaml: yaml(timeline(), mar(infusion("levetiracetam 1,000 mg IVPB", "therapeutic", "09:00", "10:00"),
                                        push("levetiracetam 500 mg injection", ["11:00"]))),
             expected: "96365 96376"),
        Case(name: "seed 003 — the same drug pushed 15 min after its infusion stopped",
             // D19: a push of X within 30 min after X's infusion stopped is not reported → 96365 only.
             yaml: yaml(timeline(), mar(infusion("levetiracetam 1,000 mg IVPB", "therapeutic", "09:00", "10:00"),
                                        push("levetiracetam 500 mg injection", ["10:15"]))),
             expected: "96365"),
        Case(name: "seed 003 — fluid merely used to maintain IV access is not reported",
             // KVO-FLUSH: only the chemo infusion → 96413.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 500 mL KVO", "kvo", "08:00", "11:00",
                                                 route: "IV infusion"),
                                        infusion("cyclophosphamide 1,000 mg", "chemotherapy", "09:00", "10:00",
                                                 route: "IV infusion"))),
             expected: "96413"),
        Case(name: "seed 003 — additional hour: 1 h 28 min bills only the initial code",
             // ADDL-HOUR-31 (88 min); seed agrees.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "10:00", "11:28"))),
             expected: "96365"),
        Case(name: "seed 003 — additional hour: 1 h 32 min bills one additional hour",
             // ADDL-HOUR-31 (92 min); seed agrees.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "10:00", "11:32"))),
             expected: "96365 96366"),
        Case(name: "seed 003 — FAQ: infusion from 1000 to 1135",
             // ADDL-HOUR-31 (95 min); seed agrees.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "10:00", "11:35"))),
             expected: "96365 96366"),
        Case(name: "seed 003 — order entered at 1300, infusion started 1345: the order time is not the start",
             // TIME-FROM-MAR, ORDER-NOT-ADMIN: 13:45–14:00 = 15 min → push 96374 (order time would give 60 min).
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "13:45", "14:00",
                                                 extra: ["order: 01/04 13:00 ceftriaxone 1 g IV once over 30 minutes"]))),
             expected: "96374"),
        Case(name: "seed 003 — hydration started first, therapeutic infusion later: hydration is not initial",
             // HYD-NEVER-INITIAL-WITH-DRUG: 96365 + 96361 (60 min secondary → 1 unit).
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "08:00", "09:00",
                                                 route: "IV infusion"),
                                        infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:30", "10:00"))),
             expected: "96361 96365"),
        Case(name: "seed 003 — 'if two infusions overlap in time, the second is concurrent' (partial overlap)",
             // Seed 003: any overlap → 96368. Wrong under the default per C19 / CONCURRENT-OVERLAP-ALLOC:
             // A 09:00–10:00 wins (tie on 60 min, earlier start); B keeps 10:00–10:30 = 30 min → 96367.
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "10:00"),
                                        infusion("metronidazole 500 mg IVPB", "therapeutic", "09:30", "10:30"))),
             expected: "96365 96367"),
        Case(name: "seed 003 — 'concurrent … through different IV sites' (separately necessary second site)",
             // Seed 003: concurrent through different sites. Wrong per C4 / CONCURRENT-SAME-ACCESS (D10):
             // a separately coded access gets its own initial with 59 (D11), never 96368 across accesses.
             yaml: yaml(timeline(), """
                        sites:
                          A: R antecubital 20 g
                          B: {description: L hand 22 g, separate: vancomycin incompatible with the running drip}
                        """,
                        mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "10:00", site: "A"),
                            infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "10:00", site: "B"))),
             expected: "96365 96365-59"),
        Case(name: "seed 003 — concurrent code lists (96416, 96371, 96375 as 'concurrent'): a nested piggyback is 96368",
             // C3: 96368 is the only concurrent code. A 120 min → 96365 + 96366; B nested → 96368.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "11:00"),
                                        infusion("potassium chloride 20 mEq IVPB", "electrolyte", "09:30", "10:30"))),
             expected: "96365 96366 96368"),
        Case(name: "seed 003 — 'can't bill two initial codes on the same date' (two registrations the same day)",
             // Seed 003. Wrong per C13 / SEPARATE-ENCOUNTER-SAME-DAY: a return visit is a separate encounter,
             // its own initial with 59 (D11) → 96365 + 96365-59.
             yaml: yaml(timeline(["01/04 07:00 Arrival", "01/04 09:00 Discharge", "01/04 19:00 Arrival", "01/04 21:00 Discharge"]),
                        mar(row("vancomycin 1 g IVPB", "therapeutic", "IV piggyback",
                                ["07:30 New Bag", "08:30 Stopped", "19:30 New Bag", "20:30 Stopped"]))),
             expected: "96365 96365-59"),
        Case(name: "seed 003 — 'routine hydration is bundled into the ED E/M' (necessary ED hydration)",
             // Seed 003. Unsupported per C20: medically necessary hydration is reported → 96360.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "09:00", "10:00",
                                                 route: "IV infusion"))),
             expected: "96360"),
    ]

    // MARK: - Seed 004: "Drug Administration - Infusion Coding And Common Challenges"

    static let seed004: [Case] = [
        Case(name: "seed 004 — 96413: Drug A 1:00–2:00",
             yaml: yaml(timeline(), mar(infusion("cisplatin 100 mg", "chemotherapy", "01:00", "02:00", route: "IV infusion"))),
             expected: "96413"),
        Case(name: "seed 004 — 96413: Drug A infused only 16 minutes",
             // INF-MIN-16 (the article's "16–60 min" wording is incomplete per C20; 16 min is enough).
             yaml: yaml(timeline(), mar(infusion("cisplatin 100 mg", "chemotherapy", "01:00", "01:16", route: "IV infusion"))),
             expected: "96413"),
        Case(name: "seed 004 — 96413 covers up to 90 min ('16–60 minutes' wording): Drug A 1:00–2:30",
             // Seed 004 says 96413 covers 16–60 min. Incomplete per C20 / INITIAL-COVERS-90: 90 min → 96413 only.
             yaml: yaml(timeline(), mar(infusion("cisplatin 100 mg", "chemotherapy", "01:00", "02:30", route: "IV infusion"))),
             expected: "96413"),
        Case(name: "seed 004 — +96415: Drug A 1:00–2:31",
             // ADDL-HOUR-31 (91 min); seed agrees.
             yaml: yaml(timeline(), mar(infusion("cisplatin 100 mg", "chemotherapy", "01:00", "02:31", route: "IV infusion"))),
             expected: "96413 96415"),
        Case(name: "seed 004 — +96417: Drug A 1:00–2:31, Drug B 3:00–3:16",
             // SEQ-NEW-DRUG; seed agrees.
             yaml: yaml(timeline(), mar(infusion("cisplatin 100 mg", "chemotherapy", "01:00", "02:31", route: "IV infusion"),
                                        infusion("etoposide 100 mg", "chemotherapy", "03:00", "03:16", route: "IV infusion"))),
             expected: "96413 96415 96417"),
        Case(name: "seed 004 — 'If Drug B runs for 2 hours, report 96417 × 2 units'",
             // Seed 004: 96417×2. Wrong per C2 / 96417-ONCE-96415-HOURS: 96417 once, the extra hour 96415.
             // A 91 min → 96413 + 96415; B 120 min → 96417 + 96415 ⇒ 96413, 96415×2, 96417.
             yaml: yaml(timeline(), mar(infusion("cisplatin 100 mg", "chemotherapy", "01:00", "02:31", route: "IV infusion"),
                                        infusion("etoposide 100 mg", "chemotherapy", "03:00", "05:00", route: "IV infusion"))),
             expected: "96413 96415x2 96417"),
        Case(name: "seed 004 — 96409: chemo Drug A 1:00–1:15",
             // PUSH-MAX-15 (route IV, 15 min); seed agrees.
             yaml: yaml(timeline(), mar(row("vincristine 2 mg", "chemotherapy", "IV", ["01:00 Given", "01:15 Stopped"]))),
             expected: "96409"),
        Case(name: "seed 004 — +96411: chemo Drug A 1:00–1:15, Drug B 3:00–3:15",
             // CHEMO-PUSH-96411; seed agrees.
             yaml: yaml(timeline(), mar(row("vincristine 2 mg", "chemotherapy", "IV", ["01:00 Given", "01:15 Stopped"]),
                                        row("doxorubicin 50 mg", "chemotherapy", "IV", ["03:00 Given", "03:15 Stopped"]))),
             expected: "96409 96411"),
        Case(name: "seed 004 — 'two initial codes … unless drugs are incompatible' (one line, one after another)",
             // Seed 004: incompatibility alone allows two initials. Wrong per H9 / SECOND-SITE-59 / C16: given
             // one after another through one line they are simply sequential → 96365 + 96367.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "10:00"),
                                        infusion("pantoprazole 40 mg IVPB", "therapeutic", "10:05", "10:35"))),
             expected: "96365 96367"),
        Case(name: "seed 004 — 'two separate IV sites are used and documented' (no documented necessity)",
             // Seed 004 (loose reading, C16). Default strict: a site without `separate:` is the same access (D10)
             // → 96365 + 96367, not a second initial (that is option anyDocumentedSecondSite).
             yaml: yaml(timeline(), """
                        sites:
                          A: R antecubital 20 g
                          B: L forearm 20 g
                        """,
                        mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "10:00", site: "A"),
                            infusion("metronidazole 500 mg IVPB", "therapeutic", "10:30", "11:30", site: "B"))),
             expected: "96365 96367"),
        Case(name: "seed 004 — two separate IV sites with the medical necessity documented",
             // SECOND-SITE-59: second initial with 59 (D11: the later start carries it).
             yaml: yaml(timeline(), """
                        sites:
                          A: R antecubital 20 g
                          B: {description: L forearm 20 g, separate: protocol requires a dedicated line}
                        """,
                        mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "09:00", "10:00", site: "A"),
                            infusion("metronidazole 500 mg IVPB", "therapeutic", "10:30", "11:30", site: "B"))),
             expected: "96365 96365-59"),
        Case(name: "seed 004 — 96365: non-chemo Drug A 1:00–1:16",
             yaml: yaml(timeline(), mar(infusion("ceftriaxone 1 g IVPB", "therapeutic", "01:00", "01:16"))),
             expected: "96365"),
        Case(name: "seed 004 — +96366: Drug A 1:00–2:31",
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "01:00", "02:31"))),
             expected: "96365 96366"),
        Case(name: "seed 004 — +96367: Drug A 1:00–2:31, Drug B 3:00–3:16",
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "01:00", "02:31"),
                                        infusion("famotidine 20 mg IVPB", "therapeutic", "03:00", "03:16"))),
             expected: "96365 96366 96367"),
        Case(name: "seed 004 — +96368: Drug A 1:00–2:31, Drug B 3:00–3:16, Drug C 1:00–1:16",
             // CONCURRENT-OVERLAP-ALLOC (D15): priority A (91 min), then C (16, earlier start), then B (16).
             // C lies inside A (residual 0) → 96368; B keeps all 16 min → 96367. Seed agrees.
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "01:00", "02:31"),
                                        infusion("famotidine 20 mg IVPB", "therapeutic", "03:00", "03:16"),
                                        infusion("magnesium sulfate 2 g IVPB", "therapeutic", "01:00", "01:16"))),
             expected: "96365 96366 96367 96368"),
        Case(name: "seed 004 — 96368 once per day: a second concurrent drug the same day",
             // CONCURRENT-ONCE (seed 004 "chargeable once per day" agrees).
             yaml: yaml(timeline(), mar(infusion("vancomycin 1 g IVPB", "therapeutic", "01:00", "04:00"),
                                        infusion("magnesium sulfate 2 g IVPB", "therapeutic", "01:00", "01:20"),
                                        infusion("famotidine 20 mg IVPB", "therapeutic", "03:00", "03:20"))),
             expected: "96365 96366x2 96368"),
        Case(name: "seed 004 — 96374: Drug A 3:00–3:15",
             yaml: yaml(timeline(), mar(row("metoclopramide 10 mg", "therapeutic", "IV", ["03:00 Given", "03:15 Stopped"]))),
             expected: "96374"),
        Case(name: "seed 004 — +96375: Drug A 3:00, Drug B 3:00–3:15",
             // SAME-TIME-PUSH (C8 default): both reportable; A first in MAR order is initial (D14).
             yaml: yaml(timeline(), mar(push("ondansetron 4 mg injection", ["03:00"]),
                                        row("metoclopramide 10 mg", "therapeutic", "IV", ["03:00 Given", "03:15 Stopped"]))),
             expected: "96374 96375"),
        Case(name: "seed 004 — +96376: Drug A 3:00, Drug B 3:00–3:15, Drug A 3:31",
             // REPEAT-PUSH-30: 31 min start to start (D18); seed agrees.
             yaml: yaml(timeline(), mar(push("ondansetron 4 mg injection", ["03:00", "03:31"]),
                                        row("metoclopramide 10 mg", "therapeutic", "IV", ["03:00 Given", "03:15 Stopped"]))),
             expected: "96374 96375 96376"),
        Case(name: "seed 004 — 96360: hydration 11:00–11:31",
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "11:00", "11:31",
                                                 route: "IV infusion"))),
             expected: "96360"),
        Case(name: "seed 004 — +96361: hydration 11:00–12:31 (the article writes '12:31 AM', 'additional 30 min')",
             // ADDL-HOUR-31: 91 min → one 96361 (the article's wording is wrong, the result right; rules §2.E).
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "11:00", "12:31",
                                                 route: "IV infusion"))),
             expected: "96360 96361"),
        Case(name: "seed 004 — 96360 needs no other drug administration on the site (hydration with a push)",
             // HYD-NEVER-INITIAL-WITH-DRUG: the push is initial (96374); hydration 60 min (a push without a
             // documented duration deducts nothing, HYD-CONCURRENT) is secondary → 96361 ×1.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "11:00", "12:00",
                                                 route: "IV infusion"),
                                        push("ondansetron 4 mg injection", ["11:30"]))),
             expected: "96361 96374"),
        Case(name: "seed 004 — less than 31 minutes of hydration is not considered",
             yaml: yaml(timeline(), mar(infusion("lactated Ringer's 1,000 mL", "hydration", "11:00", "11:30",
                                                 route: "IV infusion"))),
             expected: ""),
        Case(name: "seed 004 — no stop time: a drug infusion is reported as a push",
             // NO-STOP-TIME (C9 default chain step 2).
             yaml: yaml(timeline(), mar(row("ceftriaxone 1 g IVPB", "therapeutic", "IV piggyback", ["09:00 New Bag"]))),
             expected: "96374"),
        Case(name: "seed 004 — no stop time: hydration is not reported",
             // NO-STOP-TIME step 3: ≥31 min cannot be shown.
             yaml: yaml(timeline(), mar(row("sodium chloride 0.9 % 1,000 mL", "hydration", "IV infusion", ["09:00 New Bag"]))),
             expected: ""),
        Case(name: "seed 004 — no stop time, but volume and rate charted: the stop is calculated",
             // NO-STOP-TIME step 1 (D3): 1,000 mL at 500 mL/hr from 09:00 → 120 min → 96360 + 96361.
             yaml: yaml(timeline(), """
                        mar:
                          - med: sodium chloride 0.9 % 1,000 mL
                            class: hydration
                            route: IV infusion
                            volume: 1,000 mL
                            entries:
                              - {at: 01/04 09:00, action: New Bag, rate: 500 mL/hr}
                        """),
             expected: "96360 96361"),
        Case(name: "seed 004 — 'hydration is not billable before, during or after blood transfusion' (KVO with blood)",
             // BLOOD-TRANSFUSION-HYD, KVO-FLUSH: line-patency fluid with blood → nothing; the blood itself is
             // flagged 36430, not scored (TRANSFUSION-NOT-DRUG-ADMIN).
             yaml: yaml(timeline(), mar(infusion("packed red blood cells 1 unit", "blood", "08:00", "10:00",
                                                 route: "IV infusion"),
                                        infusion("sodium chloride 0.9 % 250 mL", "kvo", "07:55", "10:10",
                                                 route: "IV infusion"))),
             expected: ""),
        Case(name: "seed 004 — blood transfusion, then separately ordered necessary hydration later that day",
             // Seed 004's blanket statement would report nothing. Over-broad per C17 / BLOOD-TRANSFUSION-HYD:
             // separately ordered, medically necessary hydration 13:00–14:00 is reportable → 96360.
             yaml: yaml(timeline(), mar(infusion("packed red blood cells 1 unit", "blood", "08:00", "10:00",
                                                 route: "IV infusion"),
                                        infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "13:00", "14:00",
                                                 route: "IV infusion"))),
             expected: "96360"),
        Case(name: "seed 004 — flushing or keeping the vein open (TKO) is not hydration",
             // KVO-FLUSH: only the push → 96374.
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 500 mL TKO", "kvo", "08:00", "12:00",
                                                 route: "IV infusion"),
                                        push("ondansetron 4 mg injection", ["09:00"]))),
             expected: "96374"),
        Case(name: "seed 004 — hydration concurrent with contrast is not billed",
             // HYD-CONCURRENT, D16: contrast infusion minutes deducted: 60 − 30 = 30 → HYD-MIN-31 not met;
             // contrast itself bundled (CONTRAST).
             yaml: yaml(timeline(), mar(infusion("sodium chloride 0.9 % 1,000 mL", "hydration", "08:00", "09:00",
                                                 route: "IV infusion"),
                                        infusion("iohexol 350 100 mL", "contrast", "08:10", "08:40",
                                                 route: "IV infusion"))),
             expected: ""),
        Case(name: "seed 004 — sedation drugs bundled with a procedure",
             // BUNDLED-PROCEDURE-SEDATION: nothing.
             yaml: yaml(timeline(), mar(push("midazolam 2 mg injection", ["09:00"], cls: "sedation"),
                                        push("fentanyl 50 mcg injection", ["09:02"], cls: "sedation"))),
             expected: ""),
        Case(name: "seed 004 — multi-port IV counts as one site",
             // MULTI-LUMEN-ONE-SITE: one access; same start/stop → 96365 + 96368 (not a second initial).
             yaml: yaml(timeline(), """
                        sites:
                          C: {description: R IJ triple-lumen, device: multi-lumen}
                        """,
                        mar(infusion("vancomycin 1 g IVPB", "therapeutic", "09:00", "10:00"),
                            infusion("piperacillin-tazobactam 3.375 g IVPB", "therapeutic", "09:00", "10:00"))),
             expected: "96365 96368"),
        Case(name: "seed 004 — hierarchy does not apply to SQ or IM injections",
             // IMSQ-PER-INJECTION: the IV push is initial whatever the injection's time → 96374 + 96372.
             yaml: yaml(timeline(), mar(row("enoxaparin 40 mg syringe", "therapeutic", "SubQ", ["08:00 Given"]),
                                        push("ondansetron 4 mg injection", ["09:00"]))),
             expected: "96372 96374"),
        Case(name: "seed 004 — hierarchy: a chemo push outranks a therapeutic infusion",
             // HIER-FACILITY rank 2 over rank 3: 96409 initial; the infusion → 96367 (D12: pairing list is
             // background).
             yaml: yaml(timeline(), mar(push("vincristine 2 mg", ["08:00"], cls: "chemotherapy"),
                                        infusion("ondansetron 8 mg IVPB", "therapeutic", "08:30", "09:00"))),
             expected: "96367 96409"),
    ]

    static let all = seed000 + seed001 + seed002 + seed003 + seed004

    @Test(arguments: all)
    func seedExample(_ c: Case) throws {
        let s = try #require(scenario(c.yaml))
        if let issue = c.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) {
                #expect(codes(s) == c.expected, "\(c.name)")
            }
        } else {
            #expect(codes(s) == c.expected, "\(c.name)")
        }
    }

    @Test func everyCaseHasAUniqueName() {
        #expect(Set(Self.all.map(\.name)).count == Self.all.count)
    }
}

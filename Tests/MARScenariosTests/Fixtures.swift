import Foundation
import TestScratch
/// The big example of `scenario-format.md`, exactly as written.
let bigExample = #"""
format: 1                       # optional, default 1
id: ed-obs-pyelo-fluids         # optional, default: file name without .yaml; kebab-case, unique
title: Pyelonephritis — ED into observation
difficulty: 3                   # 1 (first week) … 5 (audit-level); default 1
topics: [hierarchy, sequential-infusion, repeat-push, ed-obs]   # free tags for the curriculum
setting: facility               # facility (default) | professional
profile: cms-facility           # rule profile (see rules.md); default cms-facility
story: |
  58-year-old with flank pain, fever and vomiting. ED physician documents dehydration
  (BUN 38, dry mucosa) and orders a 1 L bolus, IV antibiotics and antiemetics.

encounter:
  year: 2026                    # optional; lets MM/DD times cross a new year (12/31 → 01/01)
  timeline:                     # the events that bound what may be charged
    - 01/04 20:55 ED arrival
    - 01/05 06:39 Observation order
    - 01/09 10:12 Inpatient order
    - 01/10 14:00 Discharge

sites:                          # optional; IV access sites, when more than one matters
  A: R antecubital 20 g
  B:                            # a second access that was medically necessary
    description: L hand 22 g
    separate: vancomycin incompatible with the running drip

mar:
  - med: sodium chloride 0.9 % bolus 1,000 mL
    class: hydration
    route: IV infusion
    site: A
    order: 01/04 21:02 sodium chloride 0.9 % 1,000 mL IV once over 1 hour
    entries:
      - 01/04 21:10 New Bag (rate 1,000 mL/hr)
      - 01/04 21:40 Rate Verify
      - 01/04 22:12 Stopped

  - med: ondansetron 4 mg/2 mL injection
    drug: ondansetron           # substance key for same/different-drug decisions
    class: therapeutic
    route: IV push
    site: A
    entries:
      - 01/04 21:05 Given
      - 01/04 21:25 Given       # 20 min later: no repeat-push charge
      - 01/05 07:30 Given       # in observation, > 30 min after the last push

  - med: ceftriaxone 1 g in sodium chloride 0.9 % 50 mL IVPB
    class: therapeutic
    route: IV piggyback
    site: A
    entries:
      - at: 01/04 22:15
        action: New Bag
        rate: 100 mL/hr
      - 01/04 22:30 Paused      # pump alarm
      - 01/04 22:34 Restarted
      - 01/04 22:50 Stopped

  - med: acetaminophen 650 mg tablet
    route: PO
    entries:
      - 01/04 21:05 Given

  - med: enoxaparin 40 mg/0.4 mL syringe
    class: therapeutic
    route: SubQ
    entries:
      - 01/05 09:00 Given
      - 01/06 09:00 Held        # held doses are not administrations

key:                            # the author's answer, written by reasoning from the rules
  codes: [96365, 96361, 96375, 96376, 96372]
  by_department:                # optional: where each charge drops
    ED: [96365, 96361, 96375]
    OBS: [96376, 96372]
  rationale: |
    Ceftriaxone ran 31 active minutes (the 4-minute pause does not count), so it is an
    infusion and wins the initial slot by hierarchy although fluids and pushes came first …

hints:                          # optional, shown one at a time on request
  - Which administration is highest in the hierarchy?
  - How many minutes apart are the ondansetron pushes?
teaching: |                     # optional, shown after the answer is scored
  Time order never decides the initial service; the hierarchy does.
"""#

/// Writes `files` (relative path → text) under a fresh temporary folder and returns the folder.
func writeTree(_ files: [String: String]) throws -> String {
    let root = Scratch.path("tree")
    for (rel, text) in files {
        let p = (root as NSString).appendingPathComponent(rel)
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: p, atomically: true, encoding: .utf8)
    }
    return root
}

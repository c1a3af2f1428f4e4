import Foundation
import Yams

/// The commented skeleton `marcoach new-scenario` writes, and the only copy of its text:
/// `docs/scenario-template.yaml` is this skeleton rendered with its defaults, and a test keeps the two equal.
///
/// Rendered as it is, the skeleton is a complete, valid scenario (an ED → observation cellulitis case
/// with MAR noise) whose `key` agrees with the engine under `cms-facility`, so an educator starts from
/// a file that passes `marcoach validate` and edits it one block at a time.
public enum ScenarioSkeleton {
    /// The id, title and difficulty of `docs/scenario-template.yaml`.
    public static let templateID = "template-ed-obs-antibiotic"
    public static let templateTitle = "Template — cellulitis, ED into observation"
    public static let templateDifficulty = 2

    /// The skeleton with `id`, `title` and `difficulty` filled in. The title is quoted when YAML needs it.
    public static func text(id: String = templateID, title: String = templateTitle,
                            difficulty: Int = templateDifficulty) -> String {
        template
            .replacingOccurrences(of: "{{ID}}", with: commented("id: \(id)",
                "# optional; kebab-case, unique in Scenarios/; default = file name"))
            .replacingOccurrences(of: "{{TITLE}}", with: commented("title: \(yamlScalar(title))",
                "# required; one line shown in lists", column: 53))
            .replacingOccurrences(of: "{{DIFFICULTY}}", with: commented("difficulty: \(difficulty)",
                "# optional; 1 (first week) … 5 (audit level); default 1"))
            + "\n"
    }

    /// The shortest skeleton that passes `marcoach validate` with no warning (`new-scenario --minimal`):
    /// one push in the ED, keyed 96374, with no comments.
    public static func minimalText(id: String, title: String, difficulty: Int) -> String {
        """
        id: \(id)
        title: \(yamlScalar(title))
        difficulty: \(difficulty)
        story: |
          What the learner reads before the MAR.
        encounter:
          timeline:
            - 01/04 20:55 ED arrival
            - 01/05 02:00 Discharge
        mar:
          - med: ondansetron 4 mg/2 mL injection
            class: therapeutic
            route: IV push
            entries:
              - 01/04 21:05 Given
        key:
          codes: [96374]
          rationale: One push of one drug is the only service, so it is the initial push, 96374.
        hints:
          - How many drugs were given, and how?

        """
    }

    /// `id` is kebab-case: lower-case letters and digits joined by single hyphens.
    public static func isValidID(_ id: String) -> Bool { IDs.isKebab(id) }

    /// The closest of `candidates` to `word`, when it is close enough to be a typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: word, in: candidates)
    }

    /// The id of every scenario file under `directory` (any depth), in path order: its `id:` line, else
    /// its file name. Read line by line, so a file with errors elsewhere still reports its id.
    public static func existingIDs(in directory: String) -> [(id: String, path: String)] {
        let files = Library.scenarioPaths(in: directory)
        return concurrentMap(files.count) { i in
            (declaredID(inFile: files[i].full) ?? ScenarioLoader.defaultID(forPath: files[i].full), files[i].full)
        }
    }

    /// The value of a top-level `id:` line, without quotes or a trailing comment; nil when the file is not UTF-8.
    /// Lines are found on the bytes (`\n` or `\r\n`) and only the `id:` line is made into text: splitting a whole
    /// file into `Character` lines cost more than loading it, and took a `\r\n` file for one line.
    static func declaredID(inFile path: String) -> String? {
        guard let lines = SourceLines(utf8FileAt: path) else { return nil }
        for n in 1...lines.count where lines.line(n, hasPrefix: "id:") {
            guard let line = lines.text(n) else { continue }
            var v = line.dropFirst(3)
            if let hash = v.range(of: " #") { v = v[..<hash.lowerBound] }
            let t = v.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return t.isEmpty ? nil : t
        }
        return nil
    }

    /// `value` as a plain YAML scalar when that reads back as the same text, else double-quoted.
    public static func yamlScalar(_ value: String) -> String {
        let plainSafe = !value.isEmpty && value == value.trimmingCharacters(in: .whitespaces)
            && !value.contains(": ") && !value.contains(" #") && !value.hasSuffix(":")
            && !value.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 32 } ?? false) })
            && !"-?:,[]{}#&*!|>'\"%@`".contains(value.first!)
            && (try? Yams.load(yaml: "v: " + value) as? [String: String])?["v"] == value
        if plainSafe { return value }
        var q = "\""
        for ch in value.unicodeScalars {
            switch ch {
            case "\\": q += "\\\\"
            case "\"": q += "\\\""
            case "\n": q += "\\n"
            case "\t": q += "\\t"
            default:
                if ch.value < 32 { q += String(format: "\\x%02X", ch.value) } else { q.unicodeScalars.append(ch) }
            }
        }
        return q + "\""
    }

    /// `field` followed by `comment` at `column` (1-based), or after one space when the field is longer.
    private static func commented(_ field: String, _ comment: String, column: Int = 36) -> String {
        let pad = max(1, column - 1 - field.count)
        return field + String(repeating: " ", count: pad) + comment
    }

    private static let template = #"""
# MARCoach scenario template (format 1)
#
# `marcoach new-scenario ID --module M` writes this skeleton to Scenarios/M/ID.yaml (or copy this
# file there by hand). Kept as it is, it is a valid scenario whose key matches the default rules
# (cms-facility): replace the values one block at a time and run `marcoach validate FILE` after each.
# How to write a scenario from a real MAR, and every word below: docs/authoring.md in the MARCoach source.
#
# Conventions
#   Times     MM/DD HH:MM on the 24-hour clock, as the MAR prints them (YYYY-MM-DD HH:MM also
#             accepted). The year comes from encounter.year (default 2026); a date that jumps
#             back by more than six months (12/31 -> 01/01) is the next year.
#   Words     Every list of accepted words below is closed: an unknown key, route, class,
#             action or event is an error that names file:line:column and suggests the nearest.
#   Case      Routes, actions and events are case-insensitive.
#   Quoting   A value that contains ': ' or ' #' must be put in quotes: "Why: the order time".

format: 1                          # optional; the format version, default 1
{{ID}}
{{TITLE}}
{{DIFFICULTY}}
topics: [hierarchy, HIER-FACILITY, REPEAT-PUSH-30, HYD-SECONDARY-UNITS, ed-obs]
                                   # optional; free tags, rule IDs are valid tags
setting: facility                  # optional; facility (default: hierarchy picks the initial)
                                   #   | professional (physician office: primary reason picks it,
                                   #   96376 never reported; needs exactly one `primary: true`
                                   #   when there is more than one IV service)
profile: cms-facility              # optional; cms-facility (built in, default) | commercial-cpt
                                   #   | strict-charge-capture (Curriculum/profiles.yaml)
policy:                            # optional; overrides the profile for this scenario only.
  repeatPushMinGap: 31             #   Keys (rules.md §3.1), shown with their defaults:
                                   #   repeatPushMinGap: 31 (or 30)
                                   #   anchorAnyPush: false            timeOnlyClassification: false
                                   #   noStopStrict: false             sameMinutePushesOnce: false
                                   #   concurrentOncePerEncounter: false
                                   #   anyOverlapIsConcurrent: false   hydrationPerSegment: false
                                   #   sameDrugIntermittent: perInterval
                                   #     (| sumTimes | sequential96367 | repeat96376)
                                   #   electrolyteRiderCategory: therapeutic (| hydration)
                                   #   initialPerCalendarDay: false    anyDocumentedSecondSite: false
                                   #   ippsPaymentWindow: false        allocateUnitsByDate: false
                                   #   splitDosePerInjection: false    hydVolume500: false
                                   #   transfusionPremedBundled: false truncatedShortAsPush: false
                                   #   bolusBeforeInfusionIncluded: true
story: |                           # optional; what the learner reads before the MAR
  46-year-old with a spreading red, hot left leg and two days of vomiting. The ED physician
  documents dehydration (dry mucosa, BUN 36) and orders a fluid bolus and IV antibiotics.
  Placed in observation overnight for IV antibiotics; discharged the next morning.

encounter:                         # required
  year: 2026                       # optional; the year of the first timeline date
  timeline:                        # required; the first event is an arrival. Events:
                                   #   ED arrival | Arrival (clinic/infusion centre, dept CLINIC)
                                   #   | Observation order | Inpatient order | Discharge
                                   #   | Transfer <DEPT> (ED, OBS, CLINIC; not INPATIENT)
                                   #   An arrival after a Discharge starts a separate encounter.
    - 03/14 18:20 ED arrival
    - 03/14 23:05 Observation order
    - 03/15 11:30 Discharge

sites:                             # optional; IV access sites, when more than one matters
  A: R antecubital 20 g            # short form: id → description
  B:                               # long form
    description: L forearm 20 g
    device: peripheral             # peripheral (default) | central | PICC | port | multi-lumen
    # separate: vancomycin incompatible with the running drip
    #                              # only with a documented reason is this a second access
    #                              # (SECOND-SITE-59: its own initial, with 59). Without it, all
    #                              # sites are coded as one access. Lumens of one catheter = one site.

mar:                               # required; one row per medication order, in MAR order
  - med: sodium chloride 0.9 % bolus 1,000 mL   # required; as the MAR prints it
    class: hydration               # optional when the drug is in Curriculum/formulary.yaml.
                                   #   chemotherapy | chemotherapy-hormonal | therapeutic
                                   #   | electrolyte | hydration | kvo | carrier | flush | blood
                                   #   | contrast | sedation | vaccine
    route: IV infusion             # required. IV push | IV infusion | IV piggyback | IV
                                   #   | IM | SubQ | SubQ infusion | intra-arterial | intracatheter
                                   #   | PO | SL | inhalation | nebulized | topical | transdermal
                                   #   | PR | intranasal | ophthalmic | otic | intradermal
                                   #   | intrathecal | epidural | intra-articular | intralesional
    site: A                        # optional; a key of `sites`; default the only or first site
    order: 03/14 18:30 sodium chloride 0.9 % 1,000 mL IV once over 1 hour
                                   # optional; shown above the entries; never an administration
    necessity: documented          # optional; documented (default) | not-documented
    volume: 1,000 mL               # optional; with a nurse-documented mL/hr rate it lets a
                                   #   missing stop be calculated
    entries:                       # required; in time order. Short form: MM/DD HH:MM Action [text]
      - at: 03/14 18:40            # long form: at, action, and optionally rate, dose, purpose,
        action: New Bag            #   reason, note
        rate: 1000 mL/hr           # <number> <unit>/hr; the only rate the engine reads
      - 03/14 19:40 Stopped        # Actions (aliases in brackets):
                                   #   Given [Push, Administered, Bolus]
                                   #   New Bag [Started, Start, Infusion Started]
                                   #   Rate Change [Rate Verify, Verify, Bag Verified, Handoff,
                                   #     Dose Change]
                                   #   Paused [Pause, On Hold]
                                   #   Restarted [Resumed, Restart, MAR Unhold]
                                   #   Stopped [Stop, Completed, Infusion Completed, Discontinued]
                                   #   Held [Not Given, Refused, Due, Missed, Patient Unavailable,
                                   #     MAR Hold, Automatically Held, Pending, Prepared,
                                   #     See Alternative]
                                   #   Canceled Entry [Cancelled Entry]
                                   #   Pump Refill [Refill]   (pump rows only)

  - med: ondansetron 4 mg/2 mL injection
    drug: ondansetron              # optional; substance key for same/new-drug decisions.
                                   #   Default: the longest formulary name or alias `med` begins
                                   #   with. A mixed bag or syringe joins keys with +
                                   #   (dexamethasone+ondansetron).
    class: therapeutic
    route: IV push
    site: A
    entries:
      - 03/14 18:45 Given
      - 03/14 19:05 Held           # not an administration
      - 03/15 06:00 Given          # hours after the last reported push: 96376

  - med: ceftriaxone 1 g in sodium chloride 0.9 % 50 mL IVPB
    class: therapeutic
    route: IV piggyback
    site: B                        # no `separate:` on B, so it is coded with A as one access
    primary: true                  # optional; the primary reason for the encounter. Used by the
                                   #   professional setting; at most one row; IV services only
    entries:
      - at: 03/14 20:00
        action: New Bag
        rate: 100 mL/hr
        dose: 1 g
        note: second line placed, first site positional
      - 03/14 20:10 Paused         # pump occlusion alarm; paused minutes do not count
      - 03/14 20:12 Restarted
      - at: 03/14 20:32
        action: Stopped
        # reason: reaction         # on a Stopped: infusion ended early (REACTION-STOP)

  - med: sodium chloride 0.9 % 1,000 mL at 10 mL/hr
    class: kvo                     # keep-vein-open fluid: no code (KVO-FLUSH)
    route: IV infusion
    site: A
    entries:
      - 03/14 20:35 New Bag
      - at: 03/15 07:00
        action: Rate Change
        note: rate confirmed at shift change
        # purpose: hydration       # on a Rate Change: the fluid becomes hydration from this
        #                          #   minute (purpose: kvo switches it back)
      - 03/15 10:50 Stopped

  - med: acetaminophen 650 mg tablet
    route: PO                      # not IV: no drug-administration code (ROUTE-NOT-IV)
    entries:
      - 03/14 19:00 Given

  - med: enoxaparin 40 mg/0.4 mL syringe
    class: therapeutic
    route: SubQ                    # one 96372 per injection, outside the IV hierarchy
    entries:
      - 03/15 09:00 Given

  # Optional row fields not used above:
  #   bundled: moderate sedation for abscess drainage
  #                                # drug integral to a procedure: no administration code
  #   pump: portable               # portable | implantable: chemo started on a pump that goes
  #   planned: 46 h                #   home; planned over 8 h → 96416 (8 h or less is an error)

key:                               # required for curriculum scenarios; reason it from the rules
  codes: [96365, 96361, 96375, 96376, 96372]
                                   # as answers are written: 96361x2, 96374-59; [] = nothing
  by_department:                   # optional; ED | OBS | CLINIC: codes by where they drop
    ED: [96365, 96361, 96375]
    OBS: [96376, 96372]
  rationale: |                     # recommended; shown after scoring
    Sites A and B are one access: B has no documented reason. Ceftriaxone ran 20:00–20:10 and
    20:12–20:32, 30 active minutes: an infusion, and the highest-ranked service, so it is the
    initial 96365 although fluid and a push came first (HIER-FACILITY). The 18:45 ondansetron
    push is a sequential push, 96375; the 19:05 dose was held; the 06:00 push is far more than
    30 minutes after the reported one, 96376 (REPEAT-PUSH-30). The bolus ran 60 minutes with
    documented dehydration; the push has no charted duration and the antibiotic started after
    the bolus stopped, so 60 minutes of secondary hydration: 96361 x1 (HYD-SECONDARY-UNITS).
    The KVO line and the oral acetaminophen get nothing; enoxaparin SubQ is 96372.

hints:                             # optional; shown one at a time on request
  - Which administration is highest in the hierarchy, whatever its time?
  - Is site B a separate access?
  - How many minutes lie between the ondansetron doses that were actually given?
teaching: |                        # optional; shown after the answer is scored
  Time order never decides the initial service; the hierarchy does. A second IV site is a
  second access only when the record says why it was medically necessary.
"""#
}

/// The engine's result for one scenario: the codes, and every decision behind them.
public struct Coding: Sendable {
    public var scenario: String
    public var profile: String
    public var setting: Setting
    /// Billable lines, merged by code, modifiers, department and date, in order of first service.
    public var lines: [CodeLine]
    /// Administrations (or entries) that produced nothing, each with the rule that excluded it.
    public var excluded: [Exclusion]
    /// Codes recognised but not scored (unlisted chemo, transfusion, vaccine, no-code cases).
    public var flagged: [Flag]
    /// Every administration that passed the window, non-service and time steps, with its codes and
    /// the codes it ruled out.
    public var administrations: [AdministrationRecord]
    /// Every rule that fired, in order, with what it did.
    public var firings: [Firing]

    public init(scenario: String, profile: String, setting: Setting, lines: [CodeLine] = [], excluded: [Exclusion] = [],
                flagged: [Flag] = [], administrations: [AdministrationRecord] = [], firings: [Firing] = []) {
        self.scenario = scenario
        self.profile = profile
        self.setting = setting
        self.lines = lines
        self.excluded = excluded
        self.flagged = flagged
        self.administrations = administrations
        self.firings = firings
    }

    /// The coding as an answer (for scoring and display).
    public var answer: Answer {
        Answer(lines.map { .init(code: $0.code, modifiers: $0.modifiers, units: $0.units, department: $0.department) })
    }

    /// Whether the MAR's administrations and exclusions fall on several dates (times are then written with their
    /// date, as the engine's own wording does).
    public var spansSeveralDates: Bool {
        let first = administrations.first?.start.day ?? excluded.lazy.compactMap(\.at).first?.day
        return administrations.contains { $0.start.day != first }
            || excluded.contains { $0.at.map { $0.day != first } ?? false }
    }

    /// Every rule that fired anywhere (lines, exclusions, flags, records, trace).
    public var rulesFired: Set<RuleID> {
        var s = Set(firings.map(\.rule))
        lines.forEach { s.formUnion($0.rules) }
        excluded.forEach { s.insert($0.rule) }
        flagged.forEach { s.insert($0.rule) }
        return s
    }
}

/// An administration as it appears on a line.
public struct AdministrationRef: Sendable, Hashable {
    public var med: String
    public var row: Int
    public var start: Instant
    public var stop: Instant?
    /// Stop minus start as charted (nil for a push without a documented stop).
    public var chartedMinutes: Int?
    /// Minutes that qualified after pauses and deductions.
    public var minutes: Int?

    public init(med: String, row: Int, start: Instant, stop: Instant? = nil, chartedMinutes: Int? = nil, minutes: Int? = nil) {
        self.med = med
        self.row = row
        self.start = start
        self.stop = stop
        self.chartedMinutes = chartedMinutes
        self.minutes = minutes
    }

    /// Every field equal; the numbers first (refs on one line differ by row or time far more often than by name,
    /// and comparing names is the dear part).
    public static func == (a: AdministrationRef, b: AdministrationRef) -> Bool {
        a.row == b.row && a.start == b.start && a.stop == b.stop && a.chartedMinutes == b.chartedMinutes
            && a.minutes == b.minutes && a.med == b.med
    }
}

/// A billable line.
public struct CodeLine: Sendable, Hashable {
    public var code: String
    public var units: Int
    public var modifiers: [String]
    public var department: Department
    public var date: CalendarDate
    public var rules: [RuleID]
    public var administrations: [AdministrationRef]

    public init(code: String, units: Int, modifiers: [String] = [], department: Department, date: CalendarDate,
                rules: [RuleID], administrations: [AdministrationRef]) {
        self.code = code
        self.units = units
        self.modifiers = modifiers
        self.department = department
        self.date = date
        self.rules = rules
        self.administrations = administrations
    }

    public var text: String {
        Answer.Item(code: code, modifiers: modifiers, units: units).text
    }
}

/// Something on the MAR that produced no code, and why.
public struct Exclusion: Sendable, Hashable {
    public var med: String
    public var row: Int
    /// The entry's time, or nil when only an order line stands (ORDER-NOT-ADMIN).
    public var at: Instant?
    public var rule: RuleID
    /// Why, as the engine wrote it (`reason` is its text).
    public var reasonSentence: Sentence
    /// Codes a learner might write for it (used to pair a wrong code with this entry).
    public var lookalikes: [String]

    public init(med: String, row: Int, at: Instant?, rule: RuleID, reason: String, lookalikes: [String] = []) {
        self.init(med: med, row: row, at: at, rule: rule, reasonSentence: Sentence(reason), lookalikes: lookalikes)
    }

    /// With the reason as the engine wrote it (kept as bytes; `reason` reads it as text).
    public init(med: String, row: Int, at: Instant?, rule: RuleID, reasonSentence: Sentence, lookalikes: [String] = []) {
        self.med = med
        self.row = row
        self.at = at
        self.rule = rule
        self.reasonSentence = reasonSentence
        self.lookalikes = lookalikes
    }

    /// Why, in plain words.
    public var reason: String {
        get { reasonSentence.text }
        set { reasonSentence = Sentence(newValue) }
    }

    /// The drug and time, as administrations are named: `ondansetron at 12:50` (`09/24 12:50` when the coding spans
    /// several dates; no time for an order line).
    public func label(severalDates: Bool) -> String {
        med.prefixWords + (at.map { " at " + (severalDates ? $0.chart : $0.clock) } ?? "")
    }

    /// Whether this exclusion only repeats `record`: a row the engine took out of service but kept for its minutes
    /// (contrast, sedation, blood: D16) has both, for the same entry.
    public func echoes(_ record: AdministrationRecord) -> Bool {
        record.path.notService != nil && record.row == row && record.start == at
    }
}

/// A code recognised but not scored.
public struct Flag: Sendable, Hashable {
    /// nil where no code exists (a repeat push of the same chemotherapy drug).
    public var code: String?
    public var rule: RuleID
    /// Why, as the engine wrote it (`reason` is its text).
    public var reasonSentence: Sentence
    public var med: String
    public var at: Instant?

    public init(code: String?, rule: RuleID, reason: String, med: String, at: Instant?) {
        self.init(code: code, rule: rule, reasonSentence: Sentence(reason), med: med, at: at)
    }

    /// With the reason as the engine wrote it (kept as bytes; `reason` reads it as text).
    public init(code: String?, rule: RuleID, reasonSentence: Sentence, med: String, at: Instant?) {
        self.code = code
        self.rule = rule
        self.reasonSentence = reasonSentence
        self.med = med
        self.at = at
    }

    /// Why, in plain words.
    public var reason: String {
        get { reasonSentence.text }
        set { reasonSentence = Sentence(newValue) }
    }
}

/// One code an administration produced, with the rules and a plain-words reason (minutes included).
public struct Emission: Sendable, Hashable {
    public var code: String {
        didSet { number = CPTCode.fiveDigits(code) ?? 0 }
    }
    /// The code as a number (`CPTCode.fiveDigits`; 0 for any other text), worked out when the code is set: the engine
    /// reads an emission's family and mode by it, without reading the text again.
    private(set) var number: Int
    public var units: Int
    public var modifiers: [String]
    public var rules: [RuleID]
    /// Why, as the engine wrote it (`reason` is its text).
    public var reasonSentence: Sentence

    public init(code: String, units: Int = 1, modifiers: [String] = [], rules: [RuleID], reason: String) {
        self.init(code: code, units: units, modifiers: modifiers, rules: rules, reasonSentence: Sentence(reason))
    }

    /// With the reason as the engine wrote it (kept as bytes; `reason` reads it as text).
    public init(code: String, units: Int = 1, modifiers: [String] = [], rules: [RuleID], reasonSentence: Sentence) {
        self.init(code: code, number: CPTCode.fiveDigits(code) ?? 0, units: units, modifiers: modifiers, rules: rules,
                  reasonSentence: reasonSentence)
    }

    /// With the code's number already worked out (`number`).
    init(code: String, number: Int, units: Int, modifiers: [String], rules: [RuleID], reasonSentence: Sentence) {
        self.code = code
        self.number = number
        self.units = units
        self.modifiers = modifiers
        self.rules = rules
        self.reasonSentence = reasonSentence
    }

    /// Why, in plain words (minutes included).
    public var reason: String {
        get { reasonSentence.text }
        set { reasonSentence = Sentence(newValue) }
    }

    /// As an answer writes it: `96366x2`, `96365-59`.
    public var text: String { Answer.Item(code: code, modifiers: modifiers, units: units).text }
}

extension Emission: CustomReflectable {
    /// Shown by its public fields (its code's number is worked out from the code).
    public var customMirror: Mirror {
        Mirror(self, children: ["code": code, "units": units, "modifiers": modifiers, "rules": rules,
                                "reasonSentence": reasonSentence], displayStyle: .struct)
    }
}

/// A code the engine considered for an administration and did not report.
public struct RuledOut: Sendable, Hashable {
    public var code: String
    public var rule: RuleID
    /// Why not, as the engine wrote it (`reason` is its text).
    public var reasonSentence: Sentence
    /// Rules a learner needs beside the deciding one (an ED push and an observation infusion are one encounter).
    public var context: [RuleID]

    public init(code: String, rule: RuleID, reason: String, context: [RuleID] = []) {
        self.init(code: code, rule: rule, reasonSentence: Sentence(reason), context: context)
    }

    /// With the reason as the engine wrote it (kept as bytes; `reason` reads it as text).
    public init(code: String, rule: RuleID, reasonSentence: Sentence, context: [RuleID] = []) {
        self.code = code
        self.rule = rule
        self.reasonSentence = reasonSentence
        self.context = context
    }

    /// Why not, in plain words.
    public var reason: String {
        get { reasonSentence.text }
        set { reasonSentence = Sentence(newValue) }
    }
}

/// One administration's decisions.
public struct AdministrationRecord: Sendable, Hashable {
    public var med: String
    public var row: Int
    public var drug: String
    public var start: Instant
    public var stop: Instant?
    /// A short description as the engine wrote it: "ondansetron push at 21:05", "ceftriaxone 22:15–22:50 (31 min)"
    /// (`label` is its text).
    public var labelSentence: Sentence
    public var codes: RecordList<Emission>
    /// Codes the engine weighed at the place step and did not report, with the rule that decided each.
    public var ruledOut: RecordList<RuledOut>
    /// The decisions the engine took for this administration, in path order (`cli.md`, "The explanation contract").
    public var path: DecisionPath
    /// Codes a learner might write for a row of this route and class (to pair a wrong code with it).
    public var lookalikes: [String]
    /// The department in force at the start (each of its codes takes it, D22).
    public var department: Department?

    public init(med: String, row: Int, drug: String, start: Instant, stop: Instant?, label: String,
                codes: [Emission] = [], ruledOut: [RuledOut] = [], path: DecisionPath = DecisionPath(),
                lookalikes: [String] = [], department: Department? = nil) {
        self.med = med
        self.row = row
        self.drug = drug
        self.start = start
        self.stop = stop
        self.labelSentence = Sentence(label)
        self.codes = RecordList(codes)
        self.ruledOut = RecordList(ruledOut)
        self.path = path
        self.lookalikes = lookalikes
        self.department = department
    }

    /// As the engine first writes it: no label, codes or path yet (nothing to convert or copy).
    init(med: String, row: Int, drug: String, start: Instant, stop: Instant?, lookalikes: [String], department: Department?) {
        self.med = med
        self.row = row
        self.drug = drug
        self.start = start
        self.stop = stop
        labelSentence = ""
        codes = []
        ruledOut = []
        path = DecisionPath()
        self.lookalikes = lookalikes
        self.department = department
    }

    /// A short description: "ondansetron push at 21:05", "ceftriaxone 22:15–22:50 (31 min)".
    public var label: String {
        get { labelSentence.text }
        set { labelSentence = Sentence(newValue) }
    }
}

/// A rule firing in the trace.
public struct Firing: Sendable, Hashable {
    public var rule: RuleID
    /// What it did, as the engine wrote it (`message` is its text).
    public var messageSentence: Sentence

    public init(_ rule: RuleID, _ message: String) {
        self.init(rule, Sentence(message))
    }

    /// With the message as the engine wrote it (kept as bytes; `message` reads it as text).
    public init(_ rule: RuleID, _ message: Sentence) {
        self.rule = rule
        messageSentence = message
    }

    /// What it did, in plain words.
    public var message: String {
        get { messageSentence.text }
        set { messageSentence = Sentence(newValue) }
    }
}

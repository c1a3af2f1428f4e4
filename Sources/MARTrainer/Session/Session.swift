import Foundation
import MARCore

/// One learner's practice session: reads lines, acts on commands, records attempts.
///
/// Every line goes through `Command.parse`; every outcome is text written to the output. No
/// input can end the session except `quit`/`exit` and end of input.
public final class Session {
    public let curriculum: Curriculum
    public let options: TrainerOptions
    private let output: TextOutput
    let width: () -> Int
    let style: Style
    let store: ProgressStore
    var attempts: [Attempt]
    private var loadWarnings: [String]
    /// Long screens go through it on a terminal; nil when piped.
    let pager: Pager?
    /// How many attempts the log held when the session began (the recap counts the rest).
    let attemptsBeforeSession: Int
    /// The course's order and places (`next`, headers, module results).
    let map: CourseMap

    /// The open scenario.
    public internal(set) var current: Scenario?
    /// Scenarios of the course whose file failed to load when opened this session (its problems were shown): `next`
    /// passes over them.
    var unopenable: Set<String> = []
    /// The last scenario that failed to open, while no other is open: where `next` goes on from.
    var failedToOpen: String?
    private var coding: Coding?
    private var scored = false
    /// Answers given since the scenario was opened (the next one is try `tries + 1`).
    private var tries = 0
    /// Whether `reveal` has shown the engine's answer for the open scenario.
    private var revealed = false
    private var hintsShown = 0
    private var openedAt = Date()

    public init(curriculum: Curriculum, options: TrainerOptions, output: TextOutput,
                width: @escaping () -> Int, style: Style, pager: Pager? = nil) {
        self.curriculum = curriculum
        self.options = options
        self.output = output
        self.width = width
        self.style = style
        self.store = options.store
        self.pager = pager
        self.map = CourseMap(curriculum)
        (attempts, loadWarnings) = store.load()
        attemptsBeforeSession = attempts.count
    }

    /// The prompt: `marcoach [scenario-id] › ` or `marcoach › `.
    public var prompt: String { current.map { "marcoach [\($0.id)] › " } ?? "marcoach › " }

    /// Reads and handles lines until `quit` or end of input. Returns 0.
    public func run(input: LineInput) -> Int32 {
        welcome()
        while let line = input.readLine(prompt: prompt) {
            if !handle(line) { break }
        }
        say(recap())
        say(Wrap.text("Progress is saved in \(store.path). Bye.", width: width()))
        return 0
    }

    // MARK: Commands

    /// Handles one line; false when the session should end.
    @discardableResult
    public func handle(_ line: String) -> Bool {
        switch Command.parse(line) {
        case .empty: break
        case .quit: return false
        case .answer(let text, let offset): answer(text, offset: offset)
        case .help(let topic): page(Screen.help(topic, width: width(), style: style))
        case .list(let module): list(module)
        case .start(let id): start(id)
        case .next, .skip: goForward()
        case .show: withScenario { say(Screen.mar($0, width: width(), style: style)) }
        case .story: withScenario { say(Screen.story($0, width: width(), style: style)) }
        case .timeline: withScenario { say(Screen.timeline($0, width: width(), style: style)) }
        case .hint: hint()
        case .why(let code): whyCode(code)
        case .trace: afterScoring { page(Screen.trace($0, width: width(), style: style)) }
        case .rule(let id): rule(id)
        case .rules: page(Screen.rules(options.rules, width: width(), style: style))
        case .lesson(let module): lesson(module)
        case .reveal: reveal()
        case .progress: progress()
        case .usage(.trace):
            say(Wrap.text("'trace' takes nothing after it: it lists every decision once the answer is scored. "
                          + "To explain one code, 'why CODE' (e.g. why 96365).", width: width()))
        case .usage(let name):
            say(Wrap.text("Usage: \(name.usage) — e.g. \(name.example)", width: width(), rest: "  "))
        case .unknown(let word, _) where Department(rawValue: word.uppercased()) != nil:
            say(Wrap.text("To give departments, put a colon after each one: \(word.uppercased()): 96365 96375 | OBS: 96366 "
                          + "(or leave departments out).", width: width()))
        case .unknown(let word, let suggestion):
            let shown = word.count > 24 ? String(word.prefix(24)) + "…" : word
            say(Wrap.text("Unknown command '\(shown)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                          + " Type 'help' for the commands, or codes to answer.", width: width()))
        }
        return true
    }

    private func welcome() {
        var text = (curriculum.title.hasPrefix("MARCoach") ? curriculum.title : "MARCoach — \(curriculum.title)") + ". Learner: \(options.learner)."
        for w in loadWarnings { text += "\n" + style.yellow("warning: ") + w }
        say(Wrap.text(text, width: width()))
        if let id = options.scenario {
            start(id)
        } else if let m = options.module {
            startModule(m)
        } else {
            greet()
        }
    }

    func start(_ id: String) {
        guard let scenario = curriculum.scenario(id) else {
            if curriculum.hasScenario(id) {
                // In the course, but its file did not load (its located problems were just shown).
                unopenable.insert(id)
                failedToOpen = id
                current = nil
                say(Wrap.text("Scenario \(id) cannot be opened: its file has the problem shown above. 'next' goes on "
                              + "without it; 'marcoach validate' shows an educator every problem in the course.",
                              width: width()))
                return
            }
            let suggestion = closest(to: id, in: curriculum.scenarioIDs)
            say("No scenario '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'list' to see them.")
            return
        }
        failedToOpen = nil
        current = scenario
        coding = nil
        scored = false
        tries = 0
        revealed = false
        hintsShown = 0
        openedAt = options.clock()
        say(Screen.opening(scenario, place: place(of: id), width: width(), style: style))
    }


    private func answer(_ text: String, offset: Int) {
        guard let scenario = current else {
            say("Open a scenario first: 'next', or 'start ID' ('list' shows them).")
            return
        }
        let parsed: Answer
        do {
            parsed = try AnswerParser.parse(text)
        } catch {
            say(Screen.answerError(text, column: error.column, message: error.message, width: width(), style: style))
            return
        }
        // `none` is an answer (nothing is reportable); other text without codes is not.
        if parsed.isEmpty && !AnswerParser.isNothing(text) {
            say("No codes in that answer. Type codes such as 96365 96375x2, or 'none' when nothing is reportable.")
            return
        }
        let coding = codingOf(scenario)
        var assessment = options.assessor(parsed, coding)
        if !assessment.perfect { assessment.alternative = Scorer.alternative(for: parsed, scenario: scenario) }
        scored = true
        tries += 1
        // The rationale gives the answer away: it waits until the scenario is solved or revealed.
        say(Screen.feedback(assessment, scenario: scenario, width: width(), style: style,
                            showRationale: assessment.perfect || revealed))
        let now = options.clock()
        record(Attempt(learner: options.learner, scenario: scenario.id, mode: options.mode, at: now,
                       answer: parsed.isEmpty ? "none" : parsed.text, assessment: assessment, hints: hintsShown,
                       seconds: seconds(until: now), tryNumber: tries, afterReveal: revealed))
        if assessment.perfect && revealed {
            say(style.dim("Right — counted as practised, not solved, since the answer was revealed."))
        }
        if assessment.perfect {
            say(style.dim("'next' opens the next unsolved scenario; 'trace' shows the engine's reasoning."))
        } else {
            say(style.dim("Try again, or 'why CODE', 'trace', 'reveal'."))
        }
    }

    private func hint() {
        withScenario { scenario in
            guard hintsShown < scenario.hints.count else {
                say(scenario.hints.isEmpty ? "This scenario has no hints." : "No more hints.")
                return
            }
            let text = scenario.hints[hintsShown]
            hintsShown += 1
            say(Wrap.text(text, width: width(), first: "Hint \(hintsShown) of \(scenario.hints.count): ", rest: "  "))
        }
    }

    private func whyCode(_ raw: String) {
        let code = String(raw.prefix(while: \.isNumber))
        guard code.count == 5 else {
            say("'why' takes a five-digit code, like 'why 96375'.")
            return
        }
        afterScoring { say(Screen.why(code: code, coding: $0, width: width(), style: style)) }
    }

    private func rule(_ id: String) {
        if let r = options.rules.first(where: { $0.id.rawValue == id }) {
            say(Screen.rule(r, width: width(), style: style))
        } else if let cpt = CPTCode.named(id) {
            let citing = options.rules.filter { r in r.statement.contains(cpt.code) || r.title.contains(cpt.code) }
            // One pair of parentheses: "(facility only; add-on)", not "(facility only) (add-on)".
            let d = cpt.descriptor
            var text = "\(cpt.code) — " + (d.hasSuffix(")") ? "\(d.dropLast()); \(cpt.kind.rawValue))" : "\(d) (\(cpt.kind.rawValue))")
            if !citing.isEmpty { text += "\nRules that mention it: " + citing.map(\.id.rawValue).joined(separator: ", ") }
            say(Wrap.text(text, width: width(), rest: "  "))
        } else {
            let suggestion = closest(to: id, in: options.rules.map(\.id.rawValue))
            say("No rule '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'rules' for the catalog.")
        }
    }

    private func lesson(_ name: String?) {
        guard let (number, module) = moduleNamed(name) else { return }
        page(lessonScreen(number: number, module: module))
    }

    private func reveal() {
        withScenario { scenario in
            let coding = codingOf(scenario)
            scored = true
            say(Screen.reveal(coding, width: width(), style: style))
            for part in Screen.rationale(scenario, width: width(), style: style) { say(part.joined(separator: "\n")) }
            defer { revealed = true; tries += 1 }
            var rules = Set(coding.lines.flatMap(\.rules))
            coding.administrations.forEach { a in a.codes.forEach { rules.formUnion($0.rules) } }
            let now = options.clock()
            record(Attempt(learner: options.learner, scenario: scenario.id, mode: options.mode, at: Attempt.timestamp(now),
                           answer: "", score: 0, hints: hintsShown, seconds: seconds(until: now), discrepancies: [],
                           rules: rules.map(\.rawValue).sorted(), gaveUp: true, tryNumber: tries + 1))
        }
    }

    private func progress() {
        let (attempts, warnings) = store.load()
        self.attempts = attempts
        let today = CalendarDate(dayNumber: Int((options.clock().timeIntervalSince1970 / 86_400).rounded(.down)))
        page(Screen.progress(learner: options.learner, state: LearnerState(attempts: attempts), warnings: warnings,
                             today: today, curriculum: options.sequence == nil ? curriculum : nil, width: width(), style: style))
    }

    // MARK: Helpers

    var state: LearnerState { LearnerState(attempts: attempts) }

    private func codingOf(_ scenario: Scenario) -> Coding {
        if let c = coding, c.scenario == scenario.id { return c }
        let c = options.coder(scenario)
        coding = c
        return c
    }

    private func withScenario(_ body: (Scenario) -> Void) {
        guard let s = current else {
            say("No scenario is open: 'next', or 'start ID' ('list' shows them).")
            return
        }
        body(s)
    }

    private func afterScoring(_ body: (Coding) -> Void) {
        guard let scenario = current else {
            say("No scenario is open: 'next', or 'start ID' ('list' shows them).")
            return
        }
        guard scored else {
            say("'why' and 'trace' explain the engine's answer: answer first (or 'reveal').")
            return
        }
        body(codingOf(scenario))
    }

    private func seconds(until now: Date) -> Int { max(0, Int(now.timeIntervalSince(openedAt).rounded())) }

    private func record(_ attempt: Attempt) {
        let before = state
        do {
            try store.append(attempt)
            attempts.append(attempt)
        } catch {
            attempts.append(attempt)
            say(style.yellow("warning: ") + "this attempt could not be saved: \(error.description)")
        }
        announceModuleFinished(by: attempt, before: before)
    }

    func say(_ text: String) { output.write(text + "\n\n") }
}

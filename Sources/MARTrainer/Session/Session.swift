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
    private let width: () -> Int
    private let style: Style
    private let store: ProgressStore
    private var attempts: [Attempt]
    private var loadWarnings: [String]

    /// The open scenario.
    public private(set) var current: Scenario?
    private var coding: Coding?
    private var scored = false
    /// Answers given since the scenario was opened (the next one is try `tries + 1`).
    private var tries = 0
    /// Whether `reveal` has shown the engine's answer for the open scenario.
    private var revealed = false
    private var hintsShown = 0
    private var openedAt = Date()

    public init(curriculum: Curriculum, options: TrainerOptions, output: TextOutput,
                width: @escaping () -> Int, style: Style) {
        self.curriculum = curriculum
        self.options = options
        self.output = output
        self.width = width
        self.style = style
        self.store = options.store
        (attempts, loadWarnings) = store.load()
    }

    /// The prompt: `marcoach [scenario-id] › ` or `marcoach › `.
    public var prompt: String { current.map { "marcoach [\($0.id)] › " } ?? "marcoach › " }

    /// Reads and handles lines until `quit` or end of input. Returns 0.
    public func run(input: LineInput) -> Int32 {
        welcome()
        while let line = input.readLine(prompt: prompt) {
            if !handle(line) { break }
        }
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
        case .help(let topic): say(Screen.help(topic, width: width(), style: style))
        case .list: say(Screen.list(curriculum, state: state, current: current?.id, width: width(), style: style))
        case .start(let id): start(id)
        case .next: next(after: nil)
        case .skip: next(after: current?.id)
        case .show: withScenario { say(Screen.mar($0, width: width(), style: style)) }
        case .story: withScenario { say(Screen.story($0, width: width(), style: style)) }
        case .timeline: withScenario { say(Screen.timeline($0, width: width(), style: style)) }
        case .hint: hint()
        case .why(let code): whyCode(code)
        case .trace: afterScoring { say(Screen.trace($0, width: width(), style: style)) }
        case .rule(let id): rule(id)
        case .rules: say(Screen.rules(options.rules, width: width(), style: style))
        case .lesson: lesson()
        case .reveal: reveal()
        case .progress: progress()
        case .usage(let name):
            say(Wrap.text("Usage: \(name.usage) — e.g. \(name.example)", width: width(), rest: "  "))
        case .unknown(let word, let suggestion):
            say(Wrap.text("Unknown command '\(word)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
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
            guard let module = curriculum.modules.first(where: { $0.id == m }) else {
                let suggestion = closest(to: m, in: curriculum.modules.map(\.id))
                say("No module '\(m)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'list' for the modules.")
                return
            }
            let state = self.state
            if let id = module.scenarioIDs.first(where: { state.status(of: $0) != .solved }) ?? module.scenarioIDs.first {
                start(id)
            } else {
                say("Module '\(m)' has no scenarios.")
            }
        } else {
            say(style.dim("Type 'next' to begin, 'list' for the modules, 'help' for the commands."))
        }
    }

    private func start(_ id: String) {
        guard let scenario = curriculum.scenario(id) else {
            let suggestion = closest(to: id, in: curriculum.scenarios.map(\.id))
            say("No scenario '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'list' to see them.")
            return
        }
        current = scenario
        coding = nil
        scored = false
        tries = 0
        revealed = false
        hintsShown = 0
        openedAt = options.clock()
        say(Screen.opening(scenario, width: width(), style: style))
    }

    /// Opens the first unsolved scenario in curriculum order; with `after`, the first unsolved one
    /// following that scenario (wrapping), never that scenario itself.
    private func next(after skipped: String?) {
        if let sequence = options.sequence {
            let from = (skipped ?? current?.id).flatMap { sequence.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            if from < sequence.count { start(sequence[from]) } else { say("That was the last scenario of this list. 'quit' to leave.") }
            return
        }
        let order = curriculumOrder
        let state = self.state
        var candidates = order
        if let s = skipped, let i = order.firstIndex(of: s) {
            candidates = Array(order[(i + 1)...] + order[..<i])
        } else if let c = current?.id {
            candidates.removeAll { $0 == c }
        }
        if let id = candidates.first(where: { state.status(of: $0) != .solved && curriculum.scenario($0) != nil }) {
            start(id)
        } else {
            say("Every scenario is solved. 'list' shows your scores; 'start ID' opens any scenario again.")
        }
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
            say("  " + text + "\n  " + Screen.spaces(error.column - 1) + style.red("^") + " " + error.message)
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
            var text = "\(cpt.code) — \(cpt.descriptor) (\(cpt.kind.rawValue))"
            if !citing.isEmpty { text += "\nRules that mention it: " + citing.map(\.id.rawValue).joined(separator: ", ") }
            say(Wrap.text(text, width: width(), rest: "  "))
        } else {
            let suggestion = closest(to: id, in: options.rules.map(\.id.rawValue))
            say("No rule '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'rules' for the catalog.")
        }
    }

    private func lesson() {
        let module = current.flatMap { curriculum.module(of: $0.id) }
            ?? options.module.flatMap { m in curriculum.modules.first { $0.id == m } }
            ?? curriculum.modules.first
        guard let module else {
            say("This curriculum has no modules.")
            return
        }
        say(Screen.lesson(title: module.title, markdown: module.lesson, width: width(), style: style))
    }

    private func reveal() {
        withScenario { scenario in
            let coding = codingOf(scenario)
            scored = true
            say(Screen.reveal(coding, width: width(), style: style))
            if let r = scenario.key?.rationale, !r.isEmpty {
                say(Wrap.lines(Wrap.reflow(r), width: width(), first: style.bold("Rationale: "), rest: "").joined(separator: "\n"))
            }
            if let t = scenario.teaching, !t.isEmpty {
                say(Wrap.lines(Wrap.reflow(t), width: width(), first: style.bold("Teaching: "), rest: "").joined(separator: "\n"))
            }
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
        say(Screen.progress(learner: options.learner, state: LearnerState(attempts: attempts), warnings: warnings,
                            today: today, width: width(), style: style))
    }

    // MARK: Helpers

    private var state: LearnerState { LearnerState(attempts: attempts) }

    /// Module order, then scenarios no module lists.
    private var curriculumOrder: [String] {
        var order: [String] = []
        for m in curriculum.modules { for id in m.scenarioIDs where !order.contains(id) { order.append(id) } }
        for s in curriculum.scenarios where !order.contains(s.id) { order.append(s.id) }
        return order
    }

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
        do {
            try store.append(attempt)
            attempts.append(attempt)
        } catch {
            attempts.append(attempt)
            say(style.yellow("warning: ") + "this attempt could not be saved: \(error.description)")
        }
    }

    private func say(_ text: String) { output.write(text + "\n\n") }
}

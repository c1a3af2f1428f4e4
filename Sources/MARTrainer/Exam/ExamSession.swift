import Foundation
import MARCore

/// A timed exam over drawn scenarios. No feedback, hints, `why` or `trace` until the end; items can
/// be skipped, revisited (`back`, `prev`, `goto N`) and re-answered until `finish`/`submit` or end of
/// input. The clock (`TrainerOptions.clock`, injectable) keeps running: the prompt shows the time left
/// (kept current while the learner sits at a terminal prompt), a warning comes at one minute left, and
/// when the limit has passed, even at the prompt, the exam ends and unanswered items score zero.
/// Every item is recorded in progress (mode exam).
public final class ExamSession {
    public let options: TrainerOptions
    public let exam: ExamOptions
    private let output: TextOutput
    private let width: () -> Int
    private let style: Style
    private var scenarios: [Scenario]
    private var answers: [Answer?]
    private var spent: [Double]
    private var index = 0
    private let started: Date
    private var lastTick: Date
    private var timedOut = false
    private var warnedLastMinute = false
    /// The prompt last shown while waiting (the terminal clock redraws only when it changes).
    private var shownPrompt = ""

    public init(scenarios: [Scenario], options: TrainerOptions, exam: ExamOptions, output: TextOutput,
                width: @escaping () -> Int = { Terminal.defaultWidth }, style: Style = .plain) {
        self.scenarios = scenarios
        self.options = options
        self.exam = exam
        self.output = output
        self.width = width
        self.style = style
        answers = Array(repeating: nil, count: scenarios.count)
        spent = Array(repeating: 0, count: scenarios.count)
        started = options.clock()
        lastTick = started
    }

    var limit: TimeInterval { TimeInterval(exam.limitMinutes * 60) }
    /// Whole seconds left, rounded up (a clock that shows 0:00 has ended).
    var remaining: Int { max(0, Int((limit - options.clock().timeIntervalSince(started)).rounded(.up))) }

    /// `exam 3/10 · 14:32 left › `
    public var prompt: String { "exam \(index + 1)/\(scenarios.count) · \(ExamReport.clock(remaining)) left › " }

    /// Runs the exam to its end and returns the report (also recorded and printed).
    public func run(input: LineInput) -> ExamReport {
        // Nothing to sit: no report, nothing recorded (an empty report read "Score 0% … Every item right").
        guard !scenarios.isEmpty else {
            say(Wrap.text("No scenarios match this exam's filters (--topics, --modules, --difficulty): widen them, or "
                          + "leave them out to draw from the whole course.", width: width()))
            return ExamReport(options: exam, secondsUsed: 0, items: [], timedOut: false)
        }
        say(Wrap.text("Exam: \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s"), \(exam.limitMinutes) minutes, "
                      + "pass mark \(ExamReport.percent(exam.passMark)). Answer with codes ('none' when nothing is reportable); "
                      + "'skip' or 'next', 'back', 'goto N', 'list', 'finish'. No feedback until the end. "
                      + "Seed \(exam.seed): the same options with --seed \(exam.seed) give this exam again.", width: width()))
        open()
        let editor = input as? LineEditor
        editor?.whileWaiting { [unowned self] in self.waiting() }
        defer { editor?.whileWaiting(nil) }
        while !timeUp() {
            warnIfLastMinute()
            shownPrompt = prompt
            guard let line = input.readLine(prompt: shownPrompt) else { break }
            if timeUp() { break }
            if !handle(line) { break }
        }
        return finish()
    }

    static let lastMinuteWarning = "One minute left: answer what you can; unanswered items score zero."

    /// Before a prompt: the one-minute warning, once (exams of more than a minute).
    private func warnIfLastMinute() {
        guard !warnedLastMinute, limit > 60, remaining <= 60 else { return }
        warnedLastMinute = true
        say(style.yellow(Self.lastMinuteWarning))
    }

    /// While the learner sits at a terminal prompt: redraw the clock each second, warn at one minute,
    /// end the line when time is up.
    func waiting() -> LineEditor.Waiting {
        if options.clock().timeIntervalSince(started) >= limit { return .finish }
        let p = prompt
        if !warnedLastMinute, limit > 60, remaining <= 60 {
            warnedLastMinute = true
            shownPrompt = p
            return .notice(style.yellow(Self.lastMinuteWarning), prompt: p)
        }
        guard p != shownPrompt else { return .keep }
        shownPrompt = p
        return .prompt(p)
    }

    private func timeUp() -> Bool {
        if options.clock().timeIntervalSince(started) >= limit { timedOut = true }
        return timedOut
    }

    /// Handles one line; false when the exam should end.
    func handle(_ line: String) -> Bool {
        tick()
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let word = trimmed.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let rest = trimmed.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        switch word {
        case "": return true
        case "finish", "submit", "quit", "exit", "end": return false
        case "skip", "next", "n": move(to: nextIndex())
        case "back", "prev", "previous", "p": move(to: max(0, index - 1))
        case "goto", "go":
            if let n = Int(rest), (1...scenarios.count).contains(n) { move(to: n - 1) } else { say("goto takes an item number, 1–\(scenarios.count).") }
        case "show", "mar": say(Screen.mar(scenarios[index], width: width(), style: style))
        case "story": say(Screen.story(scenarios[index], width: width(), style: style))
        case "timeline": say(Screen.timeline(scenarios[index], width: width(), style: style))
        case "list", "status": list()
        case "hint", "why", "trace", "reveal", "rule", "rules", "lesson", "progress":
            say(Wrap.text("'\(word)' is not available during the exam: no feedback, hints or explanations until you finish.",
                          width: width()))
        case "help", "?":
            say(Wrap.text("Codes (or 'answer CODES', 'none') answer the current item and move on; you can change an answer "
                          + "until 'finish'. Move with 'skip' or 'next', 'back' or 'prev', 'goto N'; 'list' shows every item "
                          + "and your answers; 'show', 'story' and 'timeline' show this item again; 'finish' submits.",
                          width: width()))
        case "none": record(Answer())
        default:
            let text = word == "answer" ? rest : trimmed
            guard word == "answer" || trimmed.first?.isNumber == true || trimmed.contains(":") else {
                say("Unknown command '\(word)'. Type codes to answer, or 'help'.")
                return true
            }
            do {
                let a = try AnswerParser.parse(text)
                if a.isEmpty { say("No codes in that answer; type 'none' if nothing is reportable.") } else { record(a) }
            } catch {
                say("  " + text + "\n  " + Screen.spaces(error.column - 1) + "^ " + error.message)
            }
        }
        return true
    }

    private func record(_ a: Answer) {
        let changed = answers[index] != nil
        answers[index] = a
        say((changed ? "Changed" : "Recorded") + " answer \(index + 1): \(a.text.isEmpty ? "none" : a.text).")
        if answers.allSatisfy({ $0 != nil }) {
            say("Every item has an answer. 'finish' to submit, or 'goto N' to change one.")
        } else {
            move(to: nextIndex())
        }
    }

    /// The next unanswered item after the current one (wrapping), else the next item.
    private func nextIndex() -> Int {
        let n = scenarios.count
        for k in 1...n { let i = (index + k) % n; if answers[i] == nil { return i } }
        return (index + 1) % n
    }

    private func move(to i: Int) {
        index = i
        open()
    }

    private func open() {
        say(style.bold("Item \(index + 1) of \(scenarios.count)") + (answers[index].map { " — your answer: \($0.text.isEmpty ? "none" : $0.text)" } ?? ""))
        say(Screen.opening(scenarios[index], invitation: Screen.examInvitation, width: width(), style: style))
    }

    private func list() {
        var lines: [String] = []
        for (i, s) in scenarios.enumerated() {
            let lead = "\(i == index ? "›" : " ") \(i + 1). "
            lines += Wrap.lines("\(s.title) — " + (answers[i].map { $0.text.isEmpty ? "none" : $0.text } ?? "unanswered"),
                                width: width(), first: lead, rest: Screen.spaces(lead.count))
        }
        say(lines.joined(separator: "\n"))
    }

    private func tick() {
        let now = options.clock()
        spent[index] += now.timeIntervalSince(lastTick)
        lastTick = now
    }

    private func finish() -> ExamReport {
        tick()
        if timedOut { say("Time is up: the exam has ended. Unanswered items score zero.") }
        let used = min(Int(limit), max(0, Int(options.clock().timeIntervalSince(started).rounded())))
        let items: [ExamReport.Item] = scenarios.indices.map { i in
            let coding = options.coder(scenarios[i])
            let assessment = options.assessor(answers[i] ?? Answer(), coding)
            return ExamReport.Item(scenario: scenarios[i], answer: answers[i], coding: coding, assessment: assessment,
                                   seconds: Int(spent[i].rounded()))
        }
        let report = ExamReport(options: exam, secondsUsed: used, items: items, timedOut: timedOut)
        let store = options.store
        let now = options.clock()
        for item in items {
            let attempt = Attempt(learner: options.learner, scenario: item.scenario.id, mode: .exam, at: Attempt.timestamp(now),
                                  answer: item.answer?.text ?? "", score: item.score, hints: 0, seconds: item.seconds,
                                  discrepancies: item.assessment.discrepancies.map {
                                      Attempt.Miss(kind: $0.kind.rawValue, code: $0.code, rules: $0.deciding.map(\.rawValue))
                                  },
                                  rules: item.rules.map(\.rawValue), gaveUp: item.answer == nil)
            do { try store.append(attempt) } catch {
                say(style.yellow("warning: ") + "an exam item could not be saved: \(error.description)")
            }
        }
        say(report.text(width: width(), style: style))
        return report
    }

    private func say(_ text: String) { output.write(text + "\n\n") }
}

extension Trainer {
    /// Draws and runs an exam on the given input and output; returns its report.
    public static func exam(curriculum: Curriculum, options: TrainerOptions, exam: ExamOptions, input: LineInput,
                            output: TextOutput, width: @escaping () -> Int = { Terminal.defaultWidth },
                            style: Style = .plain) -> ExamReport {
        let drawn = ExamDraw.draw(curriculum: curriculum, options: exam, coder: options.coder)
        return ExamSession(scenarios: drawn, options: options, exam: exam, output: output, width: width, style: style)
            .run(input: input)
    }

    /// An exam on the process's terminal (plain lines when piped).
    public static func exam(curriculum: Curriculum, options: TrainerOptions, exam: ExamOptions) -> ExamReport {
        let env = options.environment
        let output = StandardOutput()
        let style = Style.detect(environment: env, stdoutIsTerminal: Terminal.stdoutIsTerminal)
        let input: LineInput = Terminal.stdinIsTerminal
            ? LineEditor(completer: Completer(scenarioIDs: [], ruleIDs: []), historyPath: nil)
            : PlainInput(output: output, echo: true)
        return Self.exam(curriculum: curriculum, options: options, exam: exam, input: input, output: output,
                         width: { Terminal.width(environment: env) }, style: style)
    }
}

import MARCore

/// The course as a journey: where the learner is, where `next` goes, what a module's end and a
/// session's end say. Kept apart from the answer and explanation path of `Session`.
extension Session {
    /// Today (UTC) by the session's clock.
    var today: CalendarDate {
        CalendarDate(dayNumber: Int((options.clock().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The header's place line: `Module 2 of 13 · scenario 3 of 8`, or `Review · item 2 of 5` in a list.
    func place(of id: String) -> String? {
        if let sequence = options.sequence {
            guard let i = sequence.firstIndex(of: id) else { return nil }
            return "\(options.sequenceLabel) · item \(i + 1) of \(sequence.count)"
        }
        return map.place(of: id)?.text
    }

    /// Prints `text`, through the pager when on a terminal and taller than the window.
    func page(_ text: String) {
        if pager?.show(text) != true { say(text) }
    }

    // MARK: next

    /// `next`/`skip`. In a list (review, drills): the following item. In the course: the first unsolved
    /// scenario after the current one (or, with none open, after where the learner left off), never one
    /// behind; entering a new module shows its lesson first. At the end of the course, says so.
    func goForward() {
        if let sequence = options.sequence {
            let from = (current?.id ?? failedToOpen).flatMap { sequence.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            if from < sequence.count {
                start(sequence[from])
            } else {
                say(Wrap.text("That was the last item of this list. 'progress' shows where you stand; 'quit' to leave.", width: width()))
            }
            return
        }
        let state = self.state
        let anchor = current?.id ?? failedToOpen ?? map.resumePoint(state: state)
        // A returning learner resumes on the scenario they left unsolved (unless it failed to open).
        if current == nil, failedToOpen == nil, let a = anchor, state.status(of: a) != .solved, !unopenable.contains(a) {
            start(a)
            return
        }
        // Scenarios that failed to open this session are passed over.
        var step = map.next(after: anchor, state: state)
        while case .open(let id) = step, unopenable.contains(id) { step = map.next(after: id, state: state) }
        switch step {
        case .open(let id):
            let from = anchor.flatMap { map.moduleNumber(of: $0) }
            if let to = map.moduleNumber(of: id), to != from {
                enterModule(to, leaving: from)
            }
            start(id)
        case .courseEnd(let unsolved):
            say(courseEndText(unsolved: unsolved.filter { !unopenable.contains($0) }))
        }
    }

    /// What the end of the course says.
    func courseEndText(unsolved: [String]) -> String {
        if unsolved.isEmpty {
            return Wrap.text("You have reached the end of the course, and every scenario is solved. 'progress' shows your "
                             + "record; 'marcoach exam' tests you on a fresh draw; 'start ID' opens any scenario again.",
                             width: width())
        }
        let first = unsolved[0]
        let n = unsolved.count
        return Wrap.text("You have reached the end of the course. \(n) scenario\(n == 1 ? " is" : "s are") still unsolved; "
                         + "the first is \(first): 'start \(first)' opens it, 'list' shows the others, and "
                         + "'marcoach review' drills the rules you are due to review.", width: width())
    }

    /// Entering module `number`: a word on the module left behind if it is unfinished, then the new
    /// module's lesson.
    func enterModule(_ number: Int, leaving previous: Int?) {
        let state = self.state
        if let p = previous, p >= 1, p <= curriculum.modules.count {
            let left = curriculum.modules[p - 1]
            let r = map.results(of: left, state: state)
            if r.solved < r.total {
                say(Wrap.text("You leave module \(p) with \(r.solved) of \(r.total) solved ('list \(p)' shows the rest).",
                              width: width()))
            }
        }
        let module = curriculum.modules[number - 1]
        say(style.bold(Wrap.text("Module \(number) of \(curriculum.modules.count) begins: \(module.title). Its lesson first "
                                 + "('lesson' shows it again):", width: width())))
        page(lessonScreen(number: number, module: module))
    }

    /// `practice --module M`: the module's lesson, then its first unsolved scenario.
    func startModule(_ name: String) {
        guard let (number, module) = map.module(named: name) else {
            say(Wrap.text(unknownModuleText(name), width: width()))
            return
        }
        let state = self.state
        guard let id = module.scenarioIDs.first(where: { state.status(of: $0) != .solved }) ?? module.scenarioIDs.first else {
            say("Module \(number) has no scenarios.")
            return
        }
        enterModule(number, leaving: nil)
        start(id)
    }

    func unknownModuleText(_ name: String) -> String {
        let suggestion = closest(to: name, in: curriculum.modules.map(\.id))
        return "No module '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
            + " Give a number 1–\(curriculum.modules.count) or a module id ('list' shows them)."
    }

    /// A module by number or id; with no name, the current scenario's module (else where the learner is).
    func moduleNamed(_ name: String?) -> (Int, Module)? {
        if let name {
            if let found = map.module(named: name) { return found }
            say(Wrap.text(unknownModuleText(name), width: width()))
            return nil
        }
        if let id = current?.id, let n = map.moduleNumber(of: id) { return (n, curriculum.modules[n - 1]) }
        if let found = map.currentModule(state: state) { return found }
        say("This curriculum has no modules.")
        return nil
    }

    func lessonScreen(number: Int, module: Module) -> String {
        style.dim("Lesson \(number) of \(curriculum.modules.count)") + "\n"
            + Screen.lesson(title: module.title, markdown: module.lesson, width: width(), style: style)
    }

    /// `list` / `list N`.
    func list(_ name: String?) {
        var only: Int?
        if let name {
            guard let (n, _) = map.module(named: name) else {
                say(Wrap.text(unknownModuleText(name), width: width()))
                return
            }
            only = n
        }
        page(Screen.list(curriculum, state: state, current: current?.id, only: only, width: width(), style: style))
    }

    // MARK: Greeting, module end, recap

    /// The first words: for a new learner, how to begin; for a returning one, "welcome back" with the
    /// solved count, the module they are in and the rules due for review.
    func greet() {
        let state = self.state
        guard !state.attempts.isEmpty, options.sequence == nil else {
            say(style.dim(Wrap.text("Type 'next' to begin with module 1's lesson and first scenario, 'list' for the modules, "
                                    + "'help' for the commands.", width: width())))
            return
        }
        let solved = map.order.filter { state.status(of: $0) == .solved }.count
        var text = "Welcome back, \(options.learner): \(solved) of \(map.order.count) scenarios solved."
        if let (n, module) = map.currentModule(state: state) {
            let r = map.results(of: module, state: state)
            text += " You are in module \(n) of \(curriculum.modules.count), \(module.title) (\(r.solved) of \(r.total) solved)."
        }
        let due = state.mastery.filter { $0.schedule.isDue(on: today) }.map(\.rule)
        if due.isEmpty {
            text += " No rules are due for review."
        } else {
            let shown = due.prefix(6).joined(separator: ", ") + (due.count > 6 ? ", …" : "")
            text += " \(due.count) rule\(due.count == 1 ? " is" : "s are") due for review (\(shown)): "
                + "'marcoach review' drills them."
        }
        say(Wrap.text(text, width: width()))
        let resume = map.resumePoint(state: state)
        let hint: String
        if let r = resume, state.status(of: r) != .solved {
            hint = "Type 'next' to go back to \(r), 'list' for the modules, 'help' for the commands."
        } else if case .open(let id) = map.next(after: resume, state: state) {
            hint = "Type 'next' to go on with \(id), 'list' for the modules, 'help' for the commands."
        } else {
            hint = "Type 'list' for the modules, 'progress' for your record, 'help' for the commands."
        }
        say(style.dim(Wrap.text(hint, width: width())))
    }

    /// After a solved attempt completes a module: its results and what comes next.
    func announceModuleFinished(by attempt: Attempt, before: LearnerState) {
        guard options.sequence == nil, attempt.solved, before.status(of: attempt.scenario) != .solved,
              let n = map.moduleNumber(of: attempt.scenario) else { return }
        let module = curriculum.modules[n - 1]
        let state = self.state
        guard map.isComplete(module, state: state) else { return }
        let r = map.results(of: module, state: state)
        var text = "Module \(n) of \(curriculum.modules.count) finished: \(module.title). All \(r.total) scenarios solved, "
            + "\(r.firstTry) right on the first try"
        if let mean = r.firstTryMean { text += " (first tries averaged \(Screen.percent(mean)))" }
        text += ", \(r.hints) hint\(r.hints == 1 ? "" : "s") used."
        if n < curriculum.modules.count {
            let next = curriculum.modules[n]
            text += " Next: module \(n + 1), \(next.title): 'next' opens its lesson and first scenario."
        } else {
            text += " That was the last module: 'progress' shows your record and 'marcoach exam' tests you."
        }
        say(style.bold(Wrap.text(text, width: width())))
    }

    /// What leaving says about this session: answers, scenarios solved, hints, rules missed.
    func recap() -> String {
        let mine = Array(attempts.dropFirst(attemptsBeforeSession))
        guard !mine.isEmpty else { return "No answers this session." }
        let answers = mine.filter { !$0.gaveUp }
        let scenarios = Set(mine.map(\.scenario))
        let solved = unique(mine.filter(\.solved).map(\.scenario))
        let gaveUp = unique(mine.filter(\.gaveUp).map(\.scenario))
        let hints = CourseMap.hintsUsed(mine)
        var text = "This session: \(answers.count) answer\(answers.count == 1 ? "" : "s") on \(scenarios.count) "
            + "scenario\(scenarios.count == 1 ? "" : "s"); \(solved.count) solved"
        if !solved.isEmpty { text += " (" + solved.joined(separator: ", ") + ")" }
        if !gaveUp.isEmpty { text += "; \(gaveUp.count) revealed" }
        text += "; \(hints) hint\(hints == 1 ? "" : "s")."
        let missed = unique(mine.flatMap { $0.discrepancies.flatMap(\.rules) }.sorted())
        if !missed.isEmpty {
            text += " Rules to look at again: " + missed.prefix(8).joined(separator: ", ") + (missed.count > 8 ? ", …" : "") + "."
        }
        return Wrap.text(text, width: width())
    }

    private func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}

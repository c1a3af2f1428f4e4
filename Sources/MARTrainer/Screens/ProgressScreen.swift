import MARCore

extension Screen {
    /// `progress`: the learner's attempts in brief (with hints used); with the course, one row per
    /// module (solved, first-try mean, hints); the trend of first-try scores as a one-line chart; one row
    /// per rule: seen, right, a bar of right/seen and the next review date (from the Leitner schedule);
    /// with the course, the next step; then any log warnings.
    public static func progress(learner: String, state: LearnerState, warnings: [String], today: CalendarDate,
                                curriculum: Curriculum? = nil, width: Int, style: Style) -> String {
        var out = [style.heading("Progress — \(learner)")]
        let attempts = state.attempts
        let solved = Set(attempts.filter(\.solved).map(\.scenario)).count
        let tried = Set(attempts.map(\.scenario)).count
        let hints = CourseMap.hintsUsed(attempts)
        out.append("\(attempts.count) attempt\(attempts.count == 1 ? "" : "s") on \(tried) scenario\(tried == 1 ? "" : "s"); "
                   + "\(solved) solved; \(hints) hint\(hints == 1 ? "" : "s") used.")
        if let curriculum, !attempts.isEmpty {
            out.append("")
            out += moduleTable(CourseMap(curriculum), state: state, width: width, style: style)
        }
        let trend = firstTryScores(state)
        if !trend.isEmpty {
            out.append("")
            out += trendChart(trend, width: width, style: style)
        }
        let mastery = state.mastery
        if mastery.isEmpty {
            out.append(style.dim("No rules seen yet: answer a scenario to start."))
        } else {
            let idWidth = (mastery.map(\.rule.count).max() ?? 4) + 2
            out.append("")
            out.append(style.bold("rule".padded(idWidth) + "seen  right  " + "".padded(10) + "  next review"))
            for m in mastery {
                let filled = m.seen == 0 ? 0 : Int((Double(m.right) / Double(m.seen) * 10).rounded())
                let bar = style.green(String(repeating: "█", count: filled)) + style.dim(String(repeating: "░", count: 10 - filled))
                let due: String
                if let d = m.schedule.due {
                    due = d <= today ? style.yellow("due now") : d.iso
                } else {
                    due = "—"
                }
                out.append(m.rule.padded(idWidth) + String(m.seen).leftPadded(4) + String(m.right).leftPadded(7)
                           + "  " + bar + "  " + due)
                // The rule's title under its ID, so a learner knows what it is without opening it.
                if let id = RuleID(rawValue: m.rule), let title = RuleCatalog.rule(id)?.title {
                    out += Wrap.lines(title, width: width, first: "  ", rest: "  ").map { style.dim($0) }
                }
            }
        }
        if let curriculum {
            out.append("")
            out += Wrap.lines(nextStep(CourseMap(curriculum), state: state, today: today), width: width, first: "Next step: ",
                              rest: "  ")
        }
        if !warnings.isEmpty {
            out.append("")
            for w in warnings { out += Wrap.lines(w, width: width, first: style.yellow("warning: "), rest: "  ") }
        }
        return out.joined(separator: "\n")
    }
}

extension Screen {
    /// One row per module: number, title (cut to fit), solved of total, the mean first-try score, hints.
    static func moduleTable(_ map: CourseMap, state: LearnerState, width: Int, style: Style) -> [String] {
        let numbers = "\(map.curriculum.modules.count).".count + 1
        let titleWidth = max(12, width - numbers - 30)
        var out = [style.bold("module".padded(numbers + titleWidth) + "  solved  first try  hints")]
        for (i, module) in map.curriculum.modules.enumerated() {
            let r = map.results(of: module, state: state)
            var title = module.title
            if title.count > titleWidth { title = String(title.prefix(titleWidth - 1)) + "…" }
            let first = r.firstTryMean.map { percent($0) } ?? "—"
            out.append("\(i + 1).".padded(numbers) + title.padded(titleWidth) + "  " + "\(r.solved)/\(r.total)".leftPadded(6)
                       + first.leftPadded(11) + String(r.hints).leftPadded(7))
        }
        return out
    }

    /// The score of each scenario's first attempt (given up: 0), in the order they were first tried.
    static func firstTryScores(_ state: LearnerState) -> [Double] {
        var seen = Set<String>()
        return state.attempts.compactMap { a in seen.insert(a.scenario).inserted ? (a.gaveUp ? 0 : a.score) : nil }
    }

    /// A one-line chart of `scores` (0…1), oldest left: one bar per scenario, or per group of scenarios
    /// (their mean) when there are more than the line holds; then the overall and recent means.
    static func trendChart(_ scores: [Double], width: Int, style: Style) -> [String] {
        let room = max(10, width - 4)
        let group = max(1, (scores.count + room - 1) / room)
        var points: [Double] = []
        var i = 0
        while i < scores.count {
            let chunk = scores[i..<min(scores.count, i + group)]
            points.append(chunk.reduce(0, +) / Double(chunk.count))
            i += group
        }
        let bars = Array("▁▂▃▄▅▆▇█")
        let line = String(points.map { bars[Int(($0 * Double(bars.count - 1)).rounded())] })
        let mean = scores.reduce(0, +) / Double(scores.count)
        let recent = scores.suffix(5)
        let recentMean = recent.reduce(0, +) / Double(recent.count)
        let per = group == 1 ? "one bar per scenario" : "one bar per \(group) scenarios"
        return [style.bold("First-try scores") + style.dim(" (oldest → newest, \(per))"), "  " + style.green(line)]
            + Wrap.lines("average \(percent(mean)); last \(recent.count): \(percent(recentMean))", width: width, first: "  ", rest: "  ")
    }

    /// What to do next: review the rules due, then go on in the course (or back to an unsolved scenario).
    static func nextStep(_ map: CourseMap, state: LearnerState, today: CalendarDate) -> String {
        let due = state.mastery.filter { $0.schedule.isDue(on: today) }.count
        var steps: [String] = []
        if due > 0 { steps.append("'marcoach review' drills the \(due) rule\(due == 1 ? "" : "s") due") }
        let resume = map.resumePoint(state: state)
        if let r = resume, state.status(of: r) != .solved {
            steps.append("'next' in the trainer goes back to \(r)")
        } else {
            switch map.next(after: resume, state: state) {
            case .open(let id):
                let place = map.moduleNumber(of: id).map { "module \($0)" } ?? "the course"
                steps.append((resume == nil ? "'next' in the trainer begins \(place) with its lesson"
                              : "'next' in the trainer goes on with \(place) (\(id))"))
            case .courseEnd(let unsolved):
                steps.append(unsolved.isEmpty ? "every scenario is solved: 'marcoach exam' draws a fresh exam"
                             : "the course is behind you; \(unsolved.count) unsolved: 'list' in the trainer shows them")
            }
        }
        return steps.joined(separator: "; then ") + "."
    }
}

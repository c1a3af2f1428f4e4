import MARCore

extension Screen {
    /// `progress`: the learner's attempts in brief, then one row per rule: seen, right, a bar of
    /// right/seen and the next review date (from the Leitner schedule), then any log warnings.
    public static func progress(learner: String, state: LearnerState, warnings: [String], today: CalendarDate,
                                width: Int, style: Style) -> String {
        var out = [style.heading("Progress — \(learner)")]
        let attempts = state.attempts
        let solved = Set(attempts.filter(\.solved).map(\.scenario)).count
        let tried = Set(attempts.map(\.scenario)).count
        out.append("\(attempts.count) attempt\(attempts.count == 1 ? "" : "s") on \(tried) scenario\(tried == 1 ? "" : "s"); \(solved) solved.")
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
            }
        }
        if !warnings.isEmpty {
            out.append("")
            for w in warnings { out += Wrap.lines(w, width: width, first: style.yellow("warning: "), rest: "  ") }
        }
        return out.joined(separator: "\n")
    }
}

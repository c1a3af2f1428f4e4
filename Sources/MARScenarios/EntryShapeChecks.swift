import MARCore

/// `rules.md` D33: MAR shapes that would lose or invent a dose are load errors, located at the entry.
///
/// Each check is a pure function of what the reader already has (entries with their locations,
/// the file's lines), so a faster loader can call the same functions.
enum EntryShapeChecks {
    /// A located problem.
    struct Problem: Equatable {
        var at: SourceLocation
        var message: String
    }

    /// An entry written as a plain scalar that runs onto a later line: YAML folds a line indented
    /// under an entry into that entry's text, which hides the next dose. Returns the problem,
    /// located at the continuation line, or nil when the entry sits on one line.
    static func continuedEntry(_ node: Node, lines: SourceLines) -> Problem? {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any, let mark = node.mark,
              let onOneLine = lines.text(mark.line, from: mark.column, startsWith: s.string) else { return nil }
        // On one line, the line holds the scalar's text as written; folded lines put a space where a line ended.
        guard !onOneLine, let next = lines.nextContentLine(after: mark.line) else { return nil }
        let column = lines.indentColumn(next) ?? 1
        let shown = (lines.text(next) ?? "").trimmingWhitespace()
        let clipped = shown.count > 50 ? String(shown.prefix(47)) + "…" : shown
        return Problem(at: SourceLocation(line: next, column: column),
                       message: "this line ('\(clipped)') is indented under the entry on line \(mark.line), so YAML reads it "
                       + "as more text of that entry and it is not an entry of its own: start every entry of a row in the "
                       + "same column, one `- MM/DD HH:MM Action` per line")
    }

    /// A row with neither `entries` nor `order` says nothing about the medication.
    static func emptyRow(med: String, hasEntries: Bool, hasOrder: Bool, at: SourceLocation) -> Problem? {
        guard !hasEntries && !hasOrder else { return nil }
        return Problem(at: at, message: "the row '\(med)' has neither `entries:` nor `order:`: list what was charted under "
                       + "`entries:`, or write the `order:` line if it was ordered and never given")
    }

    /// `Canceled Entry` with no earlier entry on its row, and `Stopped`/`Paused` with nothing running,
    /// replayed as the engine reads a row (`rules.md` D1, D4, D5).
    static func rowProblems(_ entries: [(MAREntry, SourceLocation)], isDoseRow: Bool) -> [Problem] {
        var problems: [Problem] = []
        var live: [(MAREntry, SourceLocation)] = []
        for (e, at) in entries {
            if e.action == .canceledEntry {
                if live.popLast() == nil {
                    problems.append(Problem(at: at, message: "`\(e.charted)` at \(e.at.chart) has no earlier entry left on its row "
                                            + "to cancel: it cancels the latest entry above it on the same row, so put it "
                                            + "under the entry it cancels"))
                }
                continue
            }
            live.append((e, at))
        }
        var running = false, paused = false
        for (e, at) in live {
            switch e.action {
            case .given, .newBag:
                running = true; paused = false
            case .rateChange where e.rate != nil:
                running = true; paused = false
            case .restarted:
                running = true; paused = false
            case .paused:
                if !running && !(isDoseRow && paused) {
                    problems.append(nothingRunning(e, at, verb: "pause"))
                }
                if !isDoseRow { running = false; paused = true }
            case .stopped:
                if !running && !paused { problems.append(nothingRunning(e, at, verb: "stop")) }
                running = false; paused = false
            default:
                continue
            }
        }
        return problems
    }

    private static func nothingRunning(_ e: MAREntry, _ at: SourceLocation, verb: String) -> Problem {
        Problem(at: at, message: "`\(e.charted)` at \(e.at.chart) has nothing running on its row to \(verb): chart the "
                + "`New Bag` or `Given` that started it before this entry, or check that the entry is on the right row")
    }

    /// Rows whose entries are doses (pushes, injections) rather than infusion intervals, as the engine reads them.
    static func isDoseRow(route: Route, pump: PumpKind?) -> Bool {
        guard pump == nil else { return false }
        switch route {
        case .ivInfusion, .ivPiggyback, .iv, .subQInfusion: return false
        default: return true
        }
    }
}

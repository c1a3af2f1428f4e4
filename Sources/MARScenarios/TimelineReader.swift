import MARCore

/// Reads `encounter.timeline` (`rules.md` D7, D23).
struct TimelineReader {
    let r: NodeReader

    static let eventWords = ["ED arrival", "Arrival", "Observation order", "Inpatient order", "Discharge",
                             "Transfer <DEPT>"]

    /// The events in order. Out-of-order and unknown events are logged and left out.
    func read(_ node: Node, year: Int) -> [TimelineEvent] {
        guard case .sequence(let items) = node else {
            r.log.error(r.location(node), "timeline should be a list of `MM/DD HH:MM Event` lines, not \(r.kindName(node))")
            return []
        }
        var events: [TimelineEvent] = []
        var previous: Instant?
        var dropped = false   // an earlier line already has an error: do not also blame the next one for not being first
        for item in items {
            let countBefore = events.count
            defer { if events.count == countBefore { dropped = true } }
            guard let text = r.string(item, "a timeline event") else { continue }
            let time: ChartTime, rest: Substring
            do {
                (time, rest) = try ChartTime.parsePrefix(text)
            } catch {
                r.log.error(r.location(item, offset: error.offset), error.message)
                continue
            }
            let restAt = r.location(item, offset: text.unicodeScalars.count - rest.unicodeScalars.count)
            guard let kind = kind(String(rest), at: restAt) else { continue }
            let instant: Instant
            switch YearResolver.timeline(time, after: previous, defaultYear: year) {
            case .success(let i): instant = i
            case .failure(.outOfOrder):
                let before = previous.map { " \($0.chart)" } ?? ""
                r.log.error(r.textStart(item), "timeline out of order: '\(text.trimmingWhitespace())' comes before the "
                            + "previous event\(before); list events in time order")
                continue
            case .failure(.noSuchDay):
                r.log.error(r.textStart(item), "'\(text.trimmingWhitespace())' is not a day of the encounter's year")
                continue
            }
            if events.isEmpty, case .arrival = kind {} else if events.isEmpty && !dropped {
                r.log.error(r.textStart(item), "the first timeline event must be an arrival ('ED arrival' or 'Arrival'), "
                            + "not '\(rest)'")
            }
            previous = instant
            events.append(TimelineEvent(at: instant, kind: kind, text: String(rest)))
        }
        return events
    }

    private func kind(_ text: String, at: SourceLocation) -> TimelineEvent.Kind? {
        let words = text.split(separator: " ").map { $0.lowercased() }
        switch words {
        case ["ed", "arrival"]: return .arrival(.ED)
        case ["arrival"]: return .arrival(.CLINIC)
        case ["observation", "order"]: return .observationOrder
        case ["inpatient", "order"]: return .inpatientOrder
        case ["discharge"]: return .discharge
        default: break
        }
        if words.first == "transfer" {
            let dept = text.split(separator: " ").dropFirst().joined(separator: " ")
            guard !dept.isEmpty else {
                r.log.error(at, "Transfer needs a department: Transfer ED, Transfer OBS or Transfer CLINIC")
                return nil
            }
            guard let d = Department.allCases.first(where: { $0.rawValue.lowercased() == dept.lowercased() }) else {
                let names = Department.allCases.map(\.rawValue)
                r.log.error(at.shifted(by: 9), Suggestion.unknown("department", dept, names.filter { $0 != "INPATIENT" } ,
                                                                  listed: names.filter { $0 != "INPATIENT" }))
                return nil
            }
            if d == .INPATIENT {
                r.log.error(at, "'Transfer INPATIENT' is not accepted: inpatient status starts with an 'Inpatient order' "
                            + "event; write that instead (rules.md D23)")
                return nil
            }
            return .transfer(d)
        }
        let shown = text.isEmpty ? "" : text
        guard !shown.isEmpty else {
            r.log.error(at, "the event is missing after the time (accepted: " + Self.eventWords.joined(separator: ", ") + ")")
            return nil
        }
        r.log.error(at, Suggestion.unknown("timeline event", shown,
                                           ["ED arrival", "Arrival", "Observation order", "Inpatient order", "Discharge",
                                            "Transfer ED", "Transfer OBS", "Transfer CLINIC"],
                                           listed: Self.eventWords))
        return nil
    }
}

extension EngineRun {
    /// The hierarchy rank (HIER-FACILITY) of an initial code given as its number (`LinePart.number`), nil for any
    /// other code.
    static func initialRank(number: Int) -> Int? {
        initialNumbers.firstIndex(of: number).map { $0 + 1 }
    }

    /// `Administration.initialCodes` as numbers, in rank order.
    private static let initialNumbers = Administration.initialCodes.map { Int($0)! }

    /// SECOND-SITE-59 / D11 and SEPARATE-ENCOUNTER-SAME-DAY: which initial lines carry 59.
    func applyModifiers() {
        // A 59 needs two initials in one span, or a visit after the first: nearly every run has neither, so the
        // initials are counted first and no list is made for them (by index: `count(where:)` over the parts would
        // copy each part, counting its references).
        let isInitial = { (k: Int) in Self.initialRank(number: self.trace.parts[k].number) != nil }
        guard visits.all.count > 1 || trace.parts.indices.count(where: isInitial) > 1 else { return }
        let initials = trace.parts.indices.filter(isInitial)
        // The initials of each span (a run has a few spans at most: a list, not a table).
        var bySpan: [(key: SpanKey, parts: [Int])] = []
        for i in initials {
            guard let a = byID[trace.parts[i].admin] else { continue }
            let key = spanKey(a)
            if let k = bySpan.firstIndex(where: { $0.key == key }) { bySpan[k].parts.append(i) } else { bySpan.append((key, [i])) }
        }
        for (_, idx) in bySpan.sorted(by: { $0.key < $1.key }) where idx.count > 1 {
            let ordered = idx.sorted { a, b in
                let pa = trace.parts[a], pb = trace.parts[b]
                return (Self.initialRank(number: pa.number)!, pa.start, pa.row)
                    < (Self.initialRank(number: pb.number)!, pb.start, pb.row)
            }
            let top = trace.parts[ordered[0]]
            for i in ordered.dropFirst() { addModifier59(i, rule: .secondSite59, "\(trace.parts[i].administration.row.med.prefixWords) has its own "
                + "documented access (\(byID[trace.parts[i].admin].flatMap { site(ofAccess: $0.access)?.separate } ?? "separate site")): "
                + "a second initial, \(trace.parts[i].code)-59, ranked below \(top.code)") }
        }
        guard !policy.initialPerCalendarDay else { return }
        for v in visits.all.dropFirst() {
            let earlierDates = Set(visits.all.prefix(v.index).flatMap { [$0.arrival.date] + ($0.discharge.map { [$0.date] } ?? []) })
            guard earlierDates.contains(v.arrival.date) else { continue }
            for i in initials where byID[trace.parts[i].admin]?.visit == v.index {
                addModifier59(i, rule: .separateEncounterSameDay, "the return visit at \(t(v.arrival)) is a separate encounter "
                              + "the same day: its initial \(trace.parts[i].code) carries 59 (XE)")
            }
        }
    }

    private func addModifier59(_ i: Int, rule: RuleID, _ reason: Sentence) {
        guard !trace.parts[i].modifiers.contains("59") else { return }
        trace.parts[i].modifiers.append("59")
        trace.parts[i].rules += [rule, .modifiers]
        let admin = trace.parts[i].admin
        let code = trace.parts[i].code
        if let e = trace.emissions.firstPosition(of: admin, where: { $0.code == code && !$0.modifiers.contains("59") }) {
            trace.emissions[e].modifiers.append("59")
            trace.emissions[e].rules += [rule, .modifiers]
            trace.emissions[e].reasonSentence = trace.emissions[e].reasonSentence + "; \(reason)"
        }
        trace.fire(rule, reason)
        trace.fire(.modifiers, "59 (or XS/XE) marks the second initial service")
    }

    /// Merges line parts into billable lines and adds the encounter-level notes.
    func finish() -> Coding {
        var parts = trace.parts
        if policy.allocateUnitsByDate { parts = parts.flatMap { splitByBlockDate($0, byID[$0.admin]) } }
        // Sorted by position (a part is large to move about; its index is not).
        let order = parts.indices.sorted { i, j in
            (parts[i].start, parts[i].row) != (parts[j].start, parts[j].row)
                ? (parts[i].start, parts[i].row) < (parts[j].start, parts[j].row) : parts[i].codePrecedes(parts[j])
        }
        // First the line each part joins (lines numbered as they first appear in that order) and how many parts each
        // line collects: each line's list of administrations is then made once, with room for them all.
        let (lineOf, joined) = linesJoined(parts, in: order)
        var lines: [CodeLine] = []
        lines.reserveCapacity(joined.count)
        // Field by field, by position: a part is never copied whole.
        for k in order {
            let ref = ref(parts[k].administration, minutes: parts[k].minutes)
            let i = lineOf[k]
            if i < lines.count {
                lines[i].units += parts[k].units
                for r in parts[k].rules where !lines[i].rules.contains(r) { lines[i].rules.append(r) }
                if !lines[i].administrations.contains(ref) { lines[i].administrations.append(ref) }
            } else {
                var refs: [AdministrationRef] = []
                refs.append(addingCapacity: joined[i].parts) { $0.append(ref) }
                lines.append(CodeLine(code: parts[k].code, units: parts[k].units, modifiers: parts[k].modifiers,
                                      department: parts[k].department, date: CalendarDate(dayNumber: parts[k].day),
                                      rules: unique(parts[k].rules),
                                      administrations: refs))
            }
        }
        // Encounter-level notes: per visit, whether it has coded services and on how many dates (one table).
        var coded = [(any: Bool, firstDate: Int?, severalDates: Bool)](filling: (false, nil, false),
                                                                       count: visits.all.count)
        // By index: a part holds several references, and a `for … in` copies each part.
        for k in trace.parts.indices {
            guard let a = byID[trace.parts[k].admin] else { continue }
            let v = a.visit, date = a.start.day
            coded[v].any = true
            if let d = coded[v].firstDate { if d != date { coded[v].severalDates = true } } else { coded[v].firstDate = date }
        }
        for v in visits.all where coded[v.index].any {
            if v.observationOrder != nil {
                trace.fire(.edObsContinuous, "ED and observation from \(t(v.arrival)) are one encounter: one initial service per access")
            }
            if coded[v.index].severalDates {
                trace.fire(.midnightNoReset, policy.initialPerCalendarDay
                           ? "under initialPerCalendarDay each calendar date has its own initial service"
                           : "the encounter crosses midnight: the initial service does not reset")
            }
        }
        // (By index: a line copied out of the list counts its references.)
        if let first = lines.first?.date, lines.indices.contains(where: { lines[$0].date != first }) {
            trace.fire(.lineItemDos, "each line carries the date its service was given")
        }
        if coded.count(where: { $0.any }) > 1 {
            trace.fire(.separateEncounterSameDay, "the timeline holds more than one visit: each is its own encounter")
        }
        trace.settleRecords()
        return Coding(scenario: scenario.id, profile: scenario.profile, setting: scenario.setting, lines: lines,
                      excluded: trace.excluded, flagged: trace.flagged, administrations: trace.records, firings: trace.firings)
    }

    /// The line each part joins, by part index, and each line's first part and how many parts it collects: parts taken
    /// in `order` join the first line of the same code, modifiers, department and date, or start the next line.
    private func linesJoined(_ parts: [LinePart], in order: [Int])
        -> (lineOf: [Int], lines: [(firstPart: Int, parts: Int)]) {
        var lineOf = [Int](filling: 0, count: parts.count)
        // By line: the part that started it, and how many parts it has (one list: one allocation).
        var lines: [(firstPart: Int, parts: Int)] = []
        lines.reserveCapacity(parts.count)
        for k in order {
            // The numbers first: the texts are compared only where they then nearly always match.
            let line = lines.firstIndex { line in
                let f = line.firstPart
                return parts[f].number == parts[k].number && parts[f].day == parts[k].day
                    && parts[f].department == parts[k].department && parts[f].code == parts[k].code
                    && parts[f].modifiers == parts[k].modifiers
            }
            if let line {
                lineOf[k] = line
                lines[line].parts += 1
            } else {
                lineOf[k] = lines.count
                lines.append((k, 1))
            }
        }
        return (lineOf, lines)
    }

    /// LINE-ITEM-DOS under `allocateUnitsByDate`: each hour-block unit is dated by the day its block began.
    private func splitByBlockDate(_ p: LinePart, _ a: Administration?) -> [LinePart] {
        guard let a, CPTCode.named(p.code)?.isHourly == true else { return [p] }
        let spans = Spans.union(a.spans)
        let hasFirstHour = trace.parts.contains { $0.admin == a.id && CPTCode.named($0.code)?.coversFirstHour == true }
        func instant(atCumulative m: Int) -> Instant {
            var left = m
            for s in spans { if left < s.minutes { return s.start + left }; left -= s.minutes }
            return spans.last?.end ?? a.start
        }
        var out: [LinePart] = []
        for k in 0..<p.units {
            var q = p
            q.units = 1
            q.day = instant(atCumulative: 60 * (hasFirstHour ? k + 1 : k)).day
            if let i = out.firstIndex(where: { $0.day == q.day }) { out[i].units += 1 } else { out.append(q) }
        }
        return out
    }
}

extension String {
    /// The drug words of a med line (before the first word starting with a digit).
    public var prefixWords: String {
        let words = split(separator: " ").prefix { !($0.first?.isNumber ?? false) }
        return words.isEmpty ? self : words.joined(separator: " ")
    }
}

import MARCore

/// What a learner's log says, derived fresh from the attempts (nothing else is stored).
public struct LearnerState: Sendable {
    /// A scenario's standing.
    public enum Status: String, Sendable {
        case new, attempted, solved
    }

    /// One rule's mastery.
    public struct RuleMastery: Sendable, Equatable {
        public var rule: String
        /// First tries whose `rules` contain it (one outcome per rule per attempt).
        public var seen: Int
        /// Of those, attempts where no discrepancy cites it.
        public var right: Int
        public var schedule: Leitner
    }

    public let attempts: [Attempt]

    public init(attempts: [Attempt]) { self.attempts = attempts }

    public func status(of scenario: String) -> Status {
        let mine = attempts.filter { $0.scenario == scenario }
        if mine.isEmpty { return .new }
        return mine.contains(where: \.solved) ? .solved : .attempted
    }

    /// The best score on a scenario (given-up attempts count as 0), nil if never attempted.
    public func bestScore(of scenario: String) -> Double? {
        attempts.filter { $0.scenario == scenario }.map { $0.gaveUp ? 0 : $0.score }.max()
    }

    /// Mastery of every rule seen, sorted by rule id. Attempts are taken in log order.
    public var mastery: [RuleMastery] {
        var table: [String: RuleMastery] = [:]
        for a in attempts where a.countsForMastery {
            let cited = Set(a.discrepancies.flatMap(\.rules))
            let date = a.date ?? CalendarDate(year: 1970, month: 1, day: 1)
            for rule in Set(a.rules) {
                var m = table[rule] ?? RuleMastery(rule: rule, seen: 0, right: 0, schedule: Leitner())
                let right = !cited.contains(rule) && !a.gaveUp
                m.seen += 1
                if right { m.right += 1 }
                m.schedule = m.schedule.after(right: right, on: date)
                table[rule] = m
            }
        }
        return table.values.sorted { $0.rule < $1.rule }
    }
}

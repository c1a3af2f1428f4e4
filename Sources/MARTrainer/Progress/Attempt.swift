import Foundation
import MARCore

/// How an attempt was made.
public enum AttemptMode: String, Codable, Sendable, CaseIterable {
    case practice, exam, review
}

/// One scored attempt, as one line of `attempts.jsonl`.
public struct Attempt: Codable, Sendable, Equatable {
    /// A discrepancy, reduced to what mastery needs.
    public struct Miss: Codable, Sendable, Equatable {
        public var kind: String
        public var code: String
        public var rules: [String]

        public init(kind: String, code: String, rules: [String]) {
            self.kind = kind
            self.code = code
            self.rules = rules
        }
    }

    public var learner: String
    public var scenario: String
    public var mode: AttemptMode
    /// ISO-8601 UTC, seconds precision (`2026-11-23T10:02:11Z`).
    public var at: String
    /// The answer as typed (canonical text when it parsed).
    public var answer: String
    public var score: Double
    public var hints: Int
    public var seconds: Int
    public var discrepancies: [Miss]
    /// The rules this attempt decided (`Assessment.rulesDecided`): the deciding rules of its discrepancies and
    /// the rules behind the codes it got right, sorted.
    public var rules: [String]
    public var gaveUp: Bool
    /// 1 for the first answer to a scenario since it was opened, 2 for the first retry, … (mastery counts
    /// only first tries). Logs written before this field read as 1.
    public var tryNumber: Int
    /// Answered after `reveal` showed the engine's answer: practised, not solved.
    public var afterReveal: Bool

    enum CodingKeys: String, CodingKey {
        case learner, scenario, mode, at, answer, score, hints, seconds, discrepancies, rules
        case gaveUp = "gave_up"
        case tryNumber = "try"
        case afterReveal = "after_reveal"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        learner = try c.decode(String.self, forKey: .learner)
        scenario = try c.decode(String.self, forKey: .scenario)
        mode = try c.decode(AttemptMode.self, forKey: .mode)
        at = try c.decode(String.self, forKey: .at)
        answer = try c.decode(String.self, forKey: .answer)
        score = try c.decode(Double.self, forKey: .score)
        hints = try c.decode(Int.self, forKey: .hints)
        seconds = try c.decode(Int.self, forKey: .seconds)
        discrepancies = try c.decode([Miss].self, forKey: .discrepancies)
        rules = try c.decode([String].self, forKey: .rules)
        gaveUp = try c.decode(Bool.self, forKey: .gaveUp)
        tryNumber = try c.decodeIfPresent(Int.self, forKey: .tryNumber) ?? 1
        afterReveal = try c.decodeIfPresent(Bool.self, forKey: .afterReveal) ?? false
    }

    public init(learner: String, scenario: String, mode: AttemptMode, at: String, answer: String, score: Double,
                hints: Int, seconds: Int, discrepancies: [Miss], rules: [String], gaveUp: Bool,
                tryNumber: Int = 1, afterReveal: Bool = false) {
        self.learner = learner
        self.scenario = scenario
        self.mode = mode
        self.at = at
        self.answer = answer
        self.score = score
        self.hints = hints
        self.seconds = seconds
        self.discrepancies = discrepancies
        self.rules = rules
        self.gaveUp = gaveUp
        self.tryNumber = tryNumber
        self.afterReveal = afterReveal
    }

    /// An attempt from an assessment.
    public init(learner: String, scenario: String, mode: AttemptMode, at: Date, answer: String,
                assessment: Assessment, hints: Int, seconds: Int, tryNumber: Int = 1, afterReveal: Bool = false) {
        self.init(learner: learner, scenario: scenario, mode: mode, at: Attempt.timestamp(at), answer: answer,
                  score: assessment.score, hints: hints, seconds: seconds,
                  discrepancies: assessment.discrepancies.map {
                      Miss(kind: $0.kind.rawValue, code: $0.code, rules: $0.deciding.map(\.rawValue))
                  },
                  rules: assessment.rulesDecided.map(\.rawValue).sorted(), gaveUp: false,
                  tryNumber: tryNumber, afterReveal: afterReveal)
    }

    /// Solved: a perfect score, not given up, not copied from a revealed answer.
    public var solved: Bool { !gaveUp && !afterReveal && score >= 1 }
    /// Counted for mastery: the first answer (or give-up) after the scenario was opened.
    public var countsForMastery: Bool { tryNumber == 1 }

    /// The UTC calendar date of `at`, if it parses.
    public var date: CalendarDate? {
        let parts = at.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CalendarDate.isValid(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    /// `2026-11-23T10:02:11Z`
    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}

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
    /// Every rule involved (`Assessment.rulesInvolved`), sorted.
    public var rules: [String]
    public var gaveUp: Bool

    enum CodingKeys: String, CodingKey {
        case learner, scenario, mode, at, answer, score, hints, seconds, discrepancies, rules
        case gaveUp = "gave_up"
    }

    public init(learner: String, scenario: String, mode: AttemptMode, at: String, answer: String, score: Double,
                hints: Int, seconds: Int, discrepancies: [Miss], rules: [String], gaveUp: Bool) {
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
    }

    /// An attempt from an assessment.
    public init(learner: String, scenario: String, mode: AttemptMode, at: Date, answer: String,
                assessment: Assessment, hints: Int, seconds: Int) {
        self.init(learner: learner, scenario: scenario, mode: mode, at: Attempt.timestamp(at), answer: answer,
                  score: assessment.score, hints: hints, seconds: seconds,
                  discrepancies: assessment.discrepancies.map {
                      Miss(kind: $0.kind.rawValue, code: $0.code, rules: $0.rules.map(\.rawValue))
                  },
                  rules: assessment.rulesInvolved.map(\.rawValue).sorted(), gaveUp: false)
    }

    /// Solved: a perfect score, not given up.
    public var solved: Bool { !gaveUp && score >= 1 }

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

import MARCore

/// A Leitner schedule for one rule.
///
/// Five boxes with review intervals of 0, 2, 4, 8 and 16 days. A rule enters box 1 the first time
/// an attempt involves it. After each attempt that involves the rule:
/// - **right** (no discrepancy cites it): it moves to the next box (box 5 stays in box 5) and is
///   due that box's interval after the attempt's date;
/// - **miss**: it goes back to box 1 and is due at once (the same day), so `marcoach review`
///   brings a rule just missed straight back.
///
/// So a new rule answered right lands in box 2, due in 2 days; answered wrong, box 1, due now.
/// Dates are UTC calendar days of the attempts.
public struct Leitner: Sendable, Equatable {
    /// Review interval in days for boxes 1…5.
    public static let intervals = [0, 2, 4, 8, 16]

    /// 1…5.
    public private(set) var box: Int
    /// When the rule is next due for review (nil before any attempt).
    public private(set) var due: CalendarDate?

    /// A rule not yet seen: box 1, nothing due.
    public init() {
        box = 1
        due = nil
    }

    public init(box: Int, due: CalendarDate?) {
        self.box = min(5, max(1, box))
        self.due = due
    }

    /// The schedule after an attempt on `date`.
    public func after(right: Bool, on date: CalendarDate) -> Leitner {
        let next = right ? min(5, box + 1) : 1
        return Leitner(box: next, due: CalendarDate(dayNumber: date.dayNumber + Self.intervals[next - 1]))
    }

    /// Whether the rule should be reviewed on `today`.
    public func isDue(on today: CalendarDate) -> Bool { due.map { $0 <= today } ?? false }
}

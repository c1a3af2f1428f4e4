/// A calendar date (proleptic Gregorian), as charted on a MAR.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `month`/`day` name a real day of `year`.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2026-01-04`
    public var iso: String { zeroPadded((year, 4), (month, 2), (day, 2), separators: (UInt8(ascii: "-"), UInt8(ascii: "-"), 0)) ?? "\(pad(year, 4))-\(pad(month))-\(pad(day))" }
    /// `01/04`, as a MAR prints it.
    public var short: String { zeroPadded((month, 2), (day, 2), separators: (UInt8(ascii: "/"), 0, 0)) ?? "\(pad(month))/\(pad(day))" }
    public var description: String { iso }
}

/// A wall-clock minute as charted (no time zone): minutes since 1970-01-01 00:00.
///
/// MAR timestamps have minute resolution, so all time arithmetic is integer minutes.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init(date: CalendarDate, hour: Int, minute: Int) {
        minutes = date.dayNumber * 1440 + hour * 60 + minute
    }

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        self.init(date: CalendarDate(year: year, month: month, day: day), hour: hour, minute: minute)
    }

    public var date: CalendarDate { CalendarDate(dayNumber: day) }
    /// Days since 1970-01-01: whether two instants share a date, without working out the calendar date.
    public var day: Int { floorDiv(minutes, 1440) }
    public var hour: Int { floorMod(minutes, 1440) / 60 }
    public var minute: Int { floorMod(minutes, 60) }

    public static func < (a: Instant, b: Instant) -> Bool { a.minutes < b.minutes }
    public static func + (a: Instant, m: Int) -> Instant { Instant(minutes: a.minutes + m) }
    public static func - (a: Instant, m: Int) -> Instant { Instant(minutes: a.minutes - m) }
    /// Whole minutes from `b` to `a`.
    public static func - (a: Instant, b: Instant) -> Int { a.minutes - b.minutes }

    /// `22:15`
    public var clock: String { zeroPadded((hour, 2), (minute, 2), separators: (UInt8(ascii: ":"), 0, 0)) ?? "\(pad(hour)):\(pad(minute))" }
    /// `01/04 22:15`
    public var chart: String {
        let d = date
        return zeroPadded((d.month, 2), (d.day, 2), (hour, 2), (minute, 2),
                          separators: (UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: ":"))) ?? "\(d.short) \(clock)"
    }
    /// `2026-01-04T22:15`
    public var iso: String { "\(date.iso)T\(clock)" }
    public var description: String { iso }
}

func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

/// Dates and times worded thousands of times a run, written straight into the string's storage: `digits` are
/// (value, width) pairs, `separators` the byte after each but the last. Nil when a value does not fit its width
/// (callers then use `pad`).
func zeroPadded(_ a: (Int, Int), _ b: (Int, Int), _ c: (Int, Int)? = nil, _ d: (Int, Int)? = nil,
                separators: (UInt8, UInt8, UInt8) = (0, 0, 0)) -> String? {
    func fits(_ f: (Int, Int)?) -> Bool {
        guard let (v, w) = f else { return true }
        return v >= 0 && v < (w == 4 ? 10_000 : 100)
    }
    guard fits(a), fits(b), fits(c), fits(d) else { return nil }
    let count = a.1 + b.1 + (c?.1 ?? 0) + (d?.1 ?? 0) + (c == nil ? 1 : d == nil ? 2 : 3)
    return String(unsafeUninitializedCapacity: count) { buffer in
        var i = 0
        func put(_ f: (Int, Int), then separator: UInt8?) {
            var v = f.0
            for k in stride(from: f.1 - 1, through: 0, by: -1) {
                buffer[i + k] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
            i += f.1
            if let separator { buffer[i] = separator; i += 1 }
        }
        put(a, then: separators.0)
        put(b, then: c == nil ? nil : separators.1)
        if let c { put(c, then: d == nil ? nil : separators.2) }
        if let d { put(d, then: nil) }
        return i
    }
}

func pad(_ n: Int, _ width: Int = 2) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

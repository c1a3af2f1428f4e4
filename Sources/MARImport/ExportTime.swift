import MARCore

/// Times as MAR exports write them (`mar-import.md`): a date with its year and a clock time.
///
/// Dates: `MM/DD/YYYY`, `MM/DD/YY` (20YY), `YYYY-MM-DD`. Clock: `HH:MM`, `HHMM`, `HH:MM:SS` (24-hour),
/// or `h:MM AM|PM` (12-hour, seconds allowed, the space before AM/PM optional). `T` may join date
/// and clock (`2026-01-04T21:10:00`). Seconds are dropped: the MAR's unit is the minute.
public enum ExportTime {
    /// Why a time cannot be read, written for the person who exported the file.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
    }

    static let help = "write it like 01/04/2026 21:10, 01/04/2026 9:10 PM or 2026-01-04 21:10"

    /// A whole cell holding date and time.
    public static func parse(_ text: String) throws(Problem) -> Instant {
        let t = text.trimmingBlanks()
        guard !t.isEmpty else { throw Problem(message: "the time is empty: " + help) }
        var date = "", clock = ""
        if let tIndex = t.firstIndex(of: "T"), t.contains("-"), !t[..<tIndex].contains(" ") {
            date = String(t[..<tIndex])
            clock = String(t[t.index(after: tIndex)...])
        } else if let space = t.firstIndex(of: " ") {
            date = String(t[..<space])
            clock = String(t[space...]).trimmingBlanks()
        } else {
            throw Problem(message: "'\(clip(t))' is not a date and time: " + help)
        }
        return try parse(date: date, clock: clock, shown: t)
    }

    /// A Date cell and a Time cell, or (with no Date column) one cell holding both.
    public static func parse(date: String?, clock: String) throws(Problem) -> Instant {
        guard let date else { return try parse(clock) }
        return try parse(date: date, clock: clock)
    }

    /// A Date cell and a Time cell. Spreadsheets often write a date cell with a midnight time
    /// (`01/04/2026 00:00:00`, `1/4/2026 12:00:00 AM`): that midnight is dropped; any other time in
    /// the date cell is a problem, since the Time cell is the time.
    public static func parse(date: String, clock: String, shown: String? = nil) throws(Problem) -> Instant {
        var dateText = date.trimmingBlanks()
        if let space = dateText.firstIndex(of: " ") {
            let rest = String(dateText[space...]).trimmingBlanks()
            guard let (h, mi) = try? parseClock(rest, shown: rest), h == 0 && mi == 0 else {
                throw Problem(message: "the date cell '\(clip(dateText))' holds a time as well: the Time column gives the time")
            }
            dateText = String(dateText[..<space])
        }
        let shownText = shown ?? (dateText + " " + clock.trimmingBlanks())
        let (y, m, d) = try parseDate(dateText, shown: shownText)
        let (h, mi) = try parseClock(clock.trimmingBlanks(), shown: shownText)
        return Instant(year: y, month: m, day: d, hour: h, minute: mi)
    }

    static func parseDate(_ text: String, shown: String) throws(Problem) -> (Int, Int, Int) {
        guard !text.isEmpty else { throw Problem(message: "the date is empty: " + help) }
        var y: Int, m: Int, d: Int
        if text.contains("-") {
            let p = text.split(separator: "-", omittingEmptySubsequences: false)
            guard p.count == 3, p[0].count == 4, let yy = digits(p[0], 4), let mm = digits(p[1]), let dd = digits(p[2]) else {
                throw Problem(message: "'\(clip(text))' is not a date: " + help)
            }
            (y, m, d) = (yy, mm, dd)
        } else {
            let p = text.split(separator: "/", omittingEmptySubsequences: false)
            guard p.count == 3, let mm = digits(p[0]), let dd = digits(p[1]), p[2].count == 4 || p[2].count == 2,
                  let yy = digits(p[2], 4) else {
                throw Problem(message: "'\(clip(text))' is not a date: " + help)
            }
            (y, m, d) = (p[2].count == 2 ? 2000 + yy : yy, mm, dd)
        }
        guard (1900...2200).contains(y) else { throw Problem(message: "year \(y) in '\(clip(text))' is out of range (1900–2200)") }
        guard (1...12).contains(m) else { throw Problem(message: "month \(m) does not exist in '\(clip(text))': months run 01 to 12") }
        let most = CalendarDate.daysIn(month: m, year: y)
        guard (1...most).contains(d) else {
            throw Problem(message: "day \(d) does not exist in '\(clip(text))': that month has \(most) days")
        }
        return (y, m, d)
    }

    static func parseClock(_ text: String, shown: String) throws(Problem) -> (Int, Int) {
        guard !text.isEmpty else { throw Problem(message: "the clock time is missing in '\(clip(shown))': " + help) }
        var body = Substring(text)
        var meridiem: String?
        let upper = text.uppercased()
        for m in ["AM", "PM", "A.M.", "P.M."] where upper.hasSuffix(m) {
            meridiem = String(m.prefix(1))
            body = body.dropLast(m.count)
            while body.last == " " { body.removeLast() }
            break
        }
        var h: Int, mi: Int
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1, body.count == 4, meridiem == nil, let hh = digits(body.prefix(2)), let mm = digits(body.suffix(2)) {
            (h, mi) = (hh, mm)
        } else if (parts.count == 2 || parts.count == 3), parts[1].count == 2, let hh = digits(parts[0]), let mm = digits(parts[1]),
                  parts.count == 2 || (parts[2].count == 2 && digits(parts[2]).map { $0 < 60 } == true) {
            (h, mi) = (hh, mm)
        } else {
            throw Problem(message: "'\(clip(text))' is not a clock time: " + help)
        }
        guard (0...59).contains(mi) else { throw Problem(message: "minute \(mi) does not exist in '\(clip(text))': minutes run 00 to 59") }
        if let m = meridiem {
            guard (1...12).contains(h) else {
                throw Problem(message: "hour \(h) does not exist in '\(clip(text))': a 12-hour clock runs 1 to 12 with AM or PM")
            }
            h = (h % 12) + (m == "P" ? 12 : 0)
        } else {
            guard (0...23).contains(h) else {
                throw Problem(message: "hour \(h) does not exist in '\(clip(text))': the clock runs 00:00 to 23:59")
            }
        }
        return (h, mi)
    }

    /// 1 to `max` ASCII digits.
    private static func digits<S: StringProtocol>(_ s: S, _ max: Int = 2) -> Int? {
        guard !s.isEmpty, s.count <= max, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    static func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(37)) + "…" : s }

    /// How `export` writes a time: `MM/DD/YYYY HH:MM`, the first format of the spec.
    public static func write(_ i: Instant) -> String {
        let d = i.date
        return pad(d.month) + "/" + pad(d.day) + "/" + String(d.year) + " " + i.clock
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A date and time at the start of `text`, and the rest (for `--event "01/04/2026 20:55 ED arrival"`).
    /// Tries three words (12-hour `h:MM PM`), then two.
    public static func parsePrefix(_ text: String) throws(Problem) -> (Instant, String) {
        let words = text.trimmingBlanks().split(separator: " ", omittingEmptySubsequences: true)
        var firstProblem: Problem?
        for n in [3, 2] where words.count >= n {
            let candidate = words.prefix(n).joined(separator: " ")
            if n == 3, !["AM", "PM", "A.M.", "P.M."].contains(words[2].uppercased()) { continue }
            do {
                return (try parse(candidate), words.dropFirst(n).joined(separator: " "))
            } catch {
                firstProblem = firstProblem ?? error
            }
        }
        throw firstProblem ?? Problem(message: "'\(clip(text))' does not start with a date and time: " + help)
    }
}

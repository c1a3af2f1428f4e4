import MARCore

/// A time as charted: `MM/DD HH:MM` (year inferred, `rules.md` D7) or `YYYY-MM-DD HH:MM`.
public struct ChartTime: Sendable, Hashable {
    /// The year, when written (`YYYY-MM-DD`).
    public var year: Int?
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int

    public init(year: Int? = nil, month: Int, day: Int, hour: Int, minute: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// Years the loader accepts, in `encounter.year` and `YYYY-MM-DD` times.
    public static let years = 1900...2200

    /// Why a time cannot be read, with the offset (in Unicode scalars) of the bad part.
    public struct ParseError: Error, Sendable, Equatable {
        public var offset: Int
        public var message: String
    }

    static let formatHelp = "write MM/DD HH:MM (24-hour clock), like 01/04 21:10, or YYYY-MM-DD HH:MM"
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// Parses the date and time at the start of `text`; returns the time and where the rest begins.
    public static func parsePrefix(_ text: String) throws(ParseError) -> (ChartTime, rest: Substring) {
        if let parsed = wellFormedPrefix(text) { return parsed }
        return try checkedPrefix(text)
    }

    /// The common case read on bytes: an ASCII `MM/DD HH:MM` or `YYYY-MM-DD HH:MM` that is a real time and is
    /// not followed by AM/PM. Anything else is nil, and `checkedPrefix` reads it again to say what is wrong.
    static func wellFormedPrefix(_ text: String) -> (ChartTime, rest: Substring)? {
        let read = text.utf8.withContiguousStorageIfAvailable { wellFormedPrefix(bytes: $0) } ?? nil
        guard let (time, restOffset) = read else { return nil }
        return (time, text[text.utf8.index(text.utf8.startIndex, offsetBy: restOffset)...])
    }

    /// `wellFormedPrefix` on the text's bytes: the time and the offset of the rest.
    private static func wellFormedPrefix(bytes: UnsafeBufferPointer<UInt8>) -> (ChartTime, Int)? {
        let n = bytes.count
        var i = 0
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        func skipBlanks() { while i < n, isBlank(bytes[i]) { i += 1 } }
        /// Digits up to `max` of them (at least one), then the index after them.
        func digits(max: Int) -> Int? {
            var value = 0, count = 0
            while i < n, (0x30...0x39).contains(bytes[i]) {
                count += 1
                guard count <= max else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            return count == 0 ? nil : value
        }
        func take(_ byte: UInt8) -> Bool {
            guard i < n, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        skipBlanks()
        let dateStart = i
        guard let first = digits(max: 4) else { return nil }
        let firstDigits = i - dateStart
        var year: Int?, month: Int, day: Int
        if take(UInt8(ascii: "-")) {
            guard years.contains(first), let m = digits(max: 2), take(UInt8(ascii: "-")), let d = digits(max: 2) else { return nil }
            (year, month, day) = (first, m, d)
        } else {
            guard firstDigits <= 2, take(UInt8(ascii: "/")), let d = digits(max: 2) else { return nil }
            (month, day) = (first, d)
        }
        guard i < n, isBlank(bytes[i]), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year ?? 2024)).contains(day) else { return nil }
        skipBlanks()
        let clockStart = i
        guard let hour = digits(max: 2), take(UInt8(ascii: ":")) else { return nil }
        let minuteStart = i
        guard let minute = digits(max: 2), i - minuteStart == 2,
              (0...23).contains(hour), (0...59).contains(minute), clockStart < i else { return nil }
        guard i == n || isBlank(bytes[i]) else { return nil }
        skipBlanks()
        // `21:10 PM` (or `p.m.`) is a 12-hour time: leave it to the checked reader's message.
        var letters = 0, firstLetter: UInt8 = 0, secondLetter: UInt8 = 0
        var j = i
        while j < n, !isBlank(bytes[j]), letters < 5 {
            if bytes[j] != UInt8(ascii: ".") {
                if letters == 0 { firstLetter = bytes[j] | 0x20 } else if letters == 1 { secondLetter = bytes[j] | 0x20 }
                letters += 1
            }
            j += 1
        }
        if letters == 2, firstLetter == UInt8(ascii: "a") || firstLetter == UInt8(ascii: "p"), secondLetter == UInt8(ascii: "m") { return nil }
        return (ChartTime(year: year, month: month, day: day, hour: hour, minute: minute), i)
    }

    /// Reads the date and time, scalar by scalar, naming what is wrong with them.
    static func checkedPrefix(_ text: String) throws(ParseError) -> (ChartTime, rest: Substring) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        func token() -> (String, Int) {
            skipSpaces()
            let start = i
            while i < scalars.count, scalars[i] != " " && scalars[i] != "\t" { i += 1 }
            return (String(String.UnicodeScalarView(scalars[start..<i])), start)
        }
        let (dateText, dateAt) = token()
        let (timeText, timeAt) = token()
        guard !dateText.isEmpty else { throw ParseError(offset: 0, message: "a time is missing: " + formatHelp) }
        var year: Int?, month: Int, day: Int
        let dateParts: [Substring]
        if dateText.contains("-") {
            dateParts = dateText.split(separator: "-", omittingEmptySubsequences: false)
            guard dateParts.count == 3, let y = number(dateParts[0], max: 9), let m = number(dateParts[1]),
                  let d = number(dateParts[2]) else {
                throw ParseError(offset: dateAt, message: "'\(dateText)' is not a date: " + formatHelp)
            }
            guard years.contains(y) else {
                throw ParseError(offset: dateAt, message: "year \(y) is out of range: years run from "
                                 + "\(years.lowerBound) to \(years.upperBound)")
            }
            (year, month, day) = (y, m, d)
        } else {
            dateParts = dateText.split(separator: "/", omittingEmptySubsequences: false)
            guard dateParts.count == 2, let m = number(dateParts[0]), let d = number(dateParts[1]) else {
                throw ParseError(offset: dateAt, message: "'\(dateText)' is not a date: " + formatHelp)
            }
            (month, day) = (m, d)
        }
        guard (1...12).contains(month) else {
            throw ParseError(offset: dateAt, message: "month \(month) does not exist in '\(dateText)': months run 01 to 12")
        }
        let maxDay = CalendarDate.daysIn(month: month, year: year ?? 2024)   // 2024: leap, so 02/29 may pass
        guard (1...maxDay).contains(day) else {
            let yearText = year.map { " \($0)" } ?? ""
            throw ParseError(offset: dateAt, message: "day \(day) does not exist in '\(dateText)': "
                             + "\(monthNames[month - 1])\(yearText) has \(maxDay) days")
        }
        guard !timeText.isEmpty else {
            throw ParseError(offset: scalars.count, message: "the clock time is missing after '\(dateText)': " + formatHelp)
        }
        if let message = twelveHourClockMessage(timeText, shown: timeText) { throw ParseError(offset: timeAt, message: message) }
        let clock = timeText.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[1].count == 2, let h = number(clock[0]), let mi = number(clock[1]) else {
            throw ParseError(offset: timeAt, message: "'\(timeText)' is not a clock time: " + formatHelp)
        }
        guard (0...23).contains(h) else {
            throw ParseError(offset: timeAt, message: "hour \(h) does not exist in '\(timeText)': the clock runs 00:00 to 23:59")
        }
        guard (0...59).contains(mi) else {
            throw ParseError(offset: timeAt, message: "minute \(mi) does not exist in '\(timeText)': minutes run 00 to 59")
        }
        let afterTime = i
        let (suffix, _) = token()
        if let message = twelveHourClockMessage(timeText + suffix, shown: timeText + " " + suffix) {
            throw ParseError(offset: timeAt, message: message)
        }
        i = afterTime
        skipSpaces()
        let rest = Substring(String(String.UnicodeScalarView(scalars[i...])))
        return (ChartTime(year: year, month: month, day: day, hour: h, minute: mi), rest)
    }

    /// A message naming the fix when `text` is a 12-hour clock time (`11:10AM`, `8:20 p.m.`), else nil.
    static func twelveHourClockMessage(_ text: String, shown: String) -> String? {
        let lower = text.lowercased().replacingOccurrences(of: ".", with: "")
        let suffix = ["am", "pm"].first { lower.hasSuffix($0) }
        guard let suffix else { return nil }
        let clock = lower.dropLast(2).split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[1].count == 2, let h = number(clock[0]), let m = number(clock[1]),
              (1...12).contains(h), (0...59).contains(m) else { return nil }
        let hour = h % 12 + (suffix == "pm" ? 12 : 0)
        let written = (hour < 10 ? "0" : "") + "\(hour):" + (m < 10 ? "0" : "") + "\(m)"
        return "'\(shown)' is a 12-hour clock time: write times on the 24-hour clock, "
            + "\(written), no AM/PM"
    }

    /// Parses a whole text that must be only a time.
    public static func parse(_ text: String) throws(ParseError) -> ChartTime {
        let (t, rest) = try parsePrefix(text)
        guard rest.isEmpty else {
            throw ParseError(offset: text.unicodeScalars.count - rest.unicodeScalars.count,
                             message: "unexpected text '\(rest)' after the time: " + formatHelp)
        }
        return t
    }

    /// 1–2 ASCII digits (or up to `max`); nil otherwise. Never overflows.
    private static func number(_ s: Substring, max: Int = 2) -> Int? {
        guard !s.isEmpty, s.count <= max, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    /// The instant in `year`, when the date exists that year.
    public func instant(in year: Int) -> Instant? {
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        return Instant(year: year, month: month, day: day, hour: hour, minute: minute)
    }
}

/// Places charted times in years (`rules.md` D7).
public struct YearResolver: Sendable {
    /// First arrival and last timeline event; nil until a timeline is known.
    public var window: ClosedRange<Instant>?
    public var defaultYear: Int

    public init(window: ClosedRange<Instant>?, defaultYear: Int) {
        self.window = window
        self.defaultYear = defaultYear
    }

    /// Next timeline time after `previous`: same year, or the next when the date is more than six
    /// months earlier in the calendar. Returns nil (out of order) for any other earlier date.
    public static func timeline(_ t: ChartTime, after previous: Instant?, defaultYear: Int) -> Result<Instant, TimelineError> {
        if let y = t.year {
            guard let i = t.instant(in: y) else { return .failure(.noSuchDay) }
            if let p = previous, i < p { return .failure(.outOfOrder) }
            return .success(i)
        }
        guard let p = previous else {
            return t.instant(in: defaultYear).map { .success($0) } ?? .failure(.noSuchDay)
        }
        let y = p.date.year
        if let same = t.instant(in: y), same >= p { return .success(same) }
        if let calendarSame = t.instant(in: y), p - calendarSame <= 183 * 1440 { return .failure(.outOfOrder) }
        // More than six months earlier in the calendar (or 02/29 missing this year): the next year.
        if let next = t.instant(in: y + 1) { return .success(next) }
        return .failure(.noSuchDay)
    }

    public enum TimelineError: Error, Sendable { case outOfOrder, noSuchDay }

    /// Any other time: the year placing it inside the window, else the year nearest the first arrival.
    public func place(_ t: ChartTime) -> Instant? {
        if let y = t.year { return t.instant(in: y) }
        guard let w = window else { return t.instant(in: defaultYear) }
        var nearest: Instant?
        for year in (w.lowerBound.date.year - 1)...(w.upperBound.date.year + 1) {
            guard let option = t.instant(in: year) else { continue }
            if w.contains(option) { return option }
            // The first of equally near years, as `min` would keep it.
            if nearest.map({ abs(option - w.lowerBound) < abs($0 - w.lowerBound) }) ?? true { nearest = option }
        }
        return nearest
    }
}

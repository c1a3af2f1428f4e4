/// A problem in an answer, at a 1-based column of the text.
public struct AnswerError: Error, Sendable, Equatable, CustomStringConvertible {
    public let column: Int
    public let message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    public var description: String { "column \(column): \(message)" }
}

/// Parses answers per `scenario-format.md` ("Answers").
public enum AnswerParser {
    /// Parses `text`. `[]`-style empty text is an empty answer. Errors locate the first problem.
    /// `none`, `nothing` or `[]`: the answer that no drug-administration code is reportable.
    public static func isNothing(_ text: String) -> Bool {
        ["none", "nothing", "[]", "no codes"].contains(text.trimmingWhitespace().lowercased())
    }

    public static func parse(_ text: String) throws(AnswerError) -> Answer {
        if let item = plainCode(text) { return Answer([item]) }
        if isNothing(text) { return Answer() }
        let chars = Array(text)
        var items: [Answer.Item] = []
        var department: Department?
        var sawDepartment = false
        var i = 0

        func isSeparator(_ c: Character) -> Bool { c == " " || c == "," || c == ";" || c == "\t" }
        func skipSeparators() { while i < chars.count, isSeparator(chars[i]) { i += 1 } }
        func word(from start: Int) -> String {
            var j = start
            while j < chars.count, !isSeparator(chars[j]), chars[j] != "|" { j += 1 }
            // Quoted in a message: a long run is shown by its start (the caret points at it).
            return j - start > 20 ? String(chars[start..<(start + 20)]) + "…" : String(chars[start..<j])
        }

        while true {
            skipSeparators()
            guard i < chars.count else { break }
            let start = i
            if chars[i] == "|" {
                guard sawDepartment else {
                    throw AnswerError(column: i + 1, message: "'|' separates departments: write 'ED: 96365 | OBS: 96376'")
                }
                department = nil
                i += 1
                continue
            }
            // A department label: letters followed by ':'.
            if chars[i].isLetter {
                var j = i
                while j < chars.count, chars[j].isLetter { j += 1 }
                let name = String(chars[i..<j])
                if j < chars.count, chars[j] == ":" {
                    guard let d = Department.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(name) }) else {
                        throw AnswerError(column: i + 1, message: "unknown department '\(name)' (use "
                                          + Department.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                    }
                    if !items.isEmpty && !sawDepartment {
                        throw AnswerError(column: i + 1, message: "give every code a department, or none")
                    }
                    department = d
                    sawDepartment = true
                    i = j + 1
                    continue
                }
                throw AnswerError(column: i + 1, message: "'\(word(from: i))' is not a code: codes are five digits, like 96365")
            }
            // Five digits.
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            let digits = String(chars[i..<j])
            guard digits.count == 5 else {
                throw AnswerError(column: start + 1, message: "'\(word(from: start))' is not a code: codes are five digits, like 96365")
            }
            guard CPTCode.named(digits) != nil else {
                throw AnswerError(column: start + 1, message: CPTCode.notInScopeMessage(digits))
            }
            i = j
            // Modifiers.
            var modifiers: [String] = []
            while i < chars.count, chars[i] == "-" {
                // Exactly two characters, so `96372-59x2` reads as modifier 59 and two units.
                var k = i + 1
                while k < chars.count, k < i + 3, chars[k].isLetter || chars[k].isNumber { k += 1 }
                let m = String(chars[(i + 1)..<k]).uppercased()
                let runsOn = k < chars.count && (chars[k].isNumber || (chars[k].isLetter && !["x", "X"].contains(chars[k])))
                guard m.count == 2, !runsOn else {
                    throw AnswerError(column: i + 1, message: "a modifier is two characters after '-', like 96365-59")
                }
                modifiers.append(m)
                i = k
            }
            // Units: x2, ×2, *2, (2), or ' x2' after a space.
            var units = 1
            var look = i
            while look < chars.count, chars[look] == " " { look += 1 }
            if look < chars.count, ["x", "X", "×", "*", "("].contains(chars[look]),
               look + 1 < chars.count, chars[look + 1].isNumber || (chars[look] != "(" && chars[look + 1] == " ") {
                let open = chars[look]
                var k = look + 1
                while k < chars.count, chars[k] == " " { k += 1 }
                let numStart = k
                while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
                // 24 hour-units is a whole day on one line: more is a slip of the keyboard, not an answer to score.
                guard k > numStart, let n = Int(String(chars[numStart..<k])), n >= 1, n <= 24 else {
                    throw AnswerError(column: look + 1, message: "units are a whole number from 1 to 24, like 96375x2")
                }
                if open == "(" {
                    guard k < chars.count, chars[k] == ")" else {
                        throw AnswerError(column: look + 1, message: "close the units with ')', like 96375(2)")
                    }
                    k += 1
                }
                units = n
                i = k
            }
            if i < chars.count, !isSeparator(chars[i]), chars[i] != "|" {
                throw AnswerError(column: i + 1, message: "unexpected '\(chars[i])' after \(digits): "
                                  + "write units as 96375x2 and modifiers as 96365-59")
            }
            if sawDepartment && department == nil {
                throw AnswerError(column: start + 1, message: "\(digits) has no department: write 'ED: 96365 | OBS: 96376'")
            }
            // The same line written again adds its units (`96365 96365` is ×2): past 24 in all, as `96365x25` is.
            let before = items.reduce(0) { sum, item in
                item.code == digits && item.modifiers == modifiers && item.department == department ? sum + item.units : sum
            }
            guard before + units <= 24 else {
                throw AnswerError(column: start + 1, message: "\(digits) adds up to more than 24 units: write each code "
                                  + "once with its units, like 96375x2")
            }
            items.append(.init(code: digits, modifiers: modifiers, units: units, department: department))
        }
        return Answer(items)
    }
}

extension AnswerParser {
    /// The common shapes `96374` and `96361x2` (ASCII, nothing around them), read without walking Characters;
    /// nil for anything else, which `parse` reads in full.
    static func plainCode(_ text: String) -> Answer.Item? {
        let bytes = text.utf8
        guard bytes.count == 5 || bytes.count == 7 || bytes.count == 8 else { return nil }
        var i = 0, units = 0
        for b in bytes {
            if i < 5 {
                guard (0x30...0x39).contains(b) else { return nil }
            } else if i == 5 {
                guard b == UInt8(ascii: "x") else { return nil }
            } else {
                guard (0x30...0x39).contains(b) else { return nil }
                units = units * 10 + Int(b - 0x30)
            }
            i += 1
        }
        if bytes.count == 5 { units = 1 }
        guard (1...24).contains(units) else { return nil }
        let digits = bytes.count == 5 ? text : String(text.utf8.prefix(5))!
        guard CPTCode.named(digits) != nil else { return nil }
        return Answer.Item(code: digits, modifiers: [], units: units, department: nil)
    }
}

extension String {
    fileprivate func caseInsensitiveCompare(_ other: String) -> Bool { lowercased() == other.lowercased() }
}

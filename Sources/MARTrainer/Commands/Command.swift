import MARCore

/// One line of REPL input, understood. Parsing is pure (`Command.parse`); acting on it is the
/// session's job.
public enum Command: Sendable, Equatable {
    /// Codes to score. `offset` is the 0-based column of `text` within the line (for carets).
    case answer(text: String, offset: Int)
    case help(String?)
    /// `list` or `list N`: one module's scenarios (by number or id).
    case list(String?)
    case start(String)
    case next
    case skip
    case show
    case story
    case timeline
    case hint
    case why(String)
    case trace
    case rule(String)
    case rules
    /// `lesson` (the current module's) or `lesson N`.
    case lesson(String?)
    case reveal
    case progress
    case quit
    /// A blank line: nothing to do.
    case empty
    /// A command that needs an argument was given none (or too many).
    case usage(CommandName)
    /// A word that is no command; `suggestion` is the closest command, if any is close.
    case unknown(String, suggestion: String?)

    /// Parses one line. Codes (anything starting with a digit or a department label such as
    /// `ED:`) are an answer; so is `answer …`. Command words are case-insensitive.
    public static func parse(_ line: String) -> Command {
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        guard i < chars.count else { return .empty }
        var j = i
        while j < chars.count, chars[j] != " ", chars[j] != "\t" { j += 1 }
        let word = String(chars[i..<j])
        var k = j
        while k < chars.count, chars[k] == " " || chars[k] == "\t" { k += 1 }
        let rest = String(chars[k...]).trimmingTrailingSpace()
        let args = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)

        if AnswerParser.isNothing(String(chars[i...]).trimmingTrailingSpace()) {
            return .answer(text: "none", offset: i)
        }
        if looksLikeCodes(word) { return .answer(text: String(chars[i...]).trimmingTrailingSpace(), offset: i) }
        guard let name = CommandName.named(word) else {
            let all = CommandName.allCases.flatMap(\.spellings)
            // A long run of characters is no misspelt command: no "did you mean" for it.
            return .unknown(word, suggestion: word.count > 16 ? nil : closest(to: word, in: all))
        }
        func one(_ make: (String) -> Command) -> Command { args.count == 1 ? make(args[0]) : .usage(name) }
        func none(_ c: Command) -> Command { args.isEmpty ? c : .usage(name) }
        switch name {
        case .answer: return rest.isEmpty ? .usage(.answer) : .answer(text: rest, offset: k)
        case .help: return args.count <= 1 ? .help(args.first?.lowercased()) : .usage(.help)
        case .list: return args.count <= 1 ? .list(args.first) : .usage(.list)
        case .start: return one { .start($0) }
        case .next: return none(.next)
        case .skip: return none(.skip)
        case .show: return none(.show)
        case .story: return none(.story)
        case .timeline: return none(.timeline)
        case .hint: return none(.hint)
        case .why: return one { .why($0) }
        case .trace: return none(.trace)
        case .rule: return one { .rule($0.uppercased()) }
        case .rules: return none(.rules)
        case .lesson: return args.count <= 1 ? .lesson(args.first) : .usage(.lesson)
        case .reveal: return none(.reveal)
        case .progress: return none(.progress)
        case .quit: return .quit
        }
    }

    /// Whether a first word reads as the start of an answer rather than a command.
    static func looksLikeCodes(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if first.isNumber { return true }
        if let colon = word.firstIndex(of: ":") {
            let label = word[..<colon]
            return Department.allCases.contains { $0.rawValue.lowercased() == label.lowercased() }
        }
        return false
    }
}

extension String {
    /// Without leading and trailing blanks (spaces, tabs, newlines).
    var trimmedSpace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }

    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}

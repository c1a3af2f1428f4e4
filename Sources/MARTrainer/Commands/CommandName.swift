/// The REPL's commands (`cli.md`, "The REPL"), with their spellings and help text.
public enum CommandName: String, CaseIterable, Sendable {
    case answer, help, list, start, next, skip, show, story, timeline, hint, why, trace, rule, rules, lesson,
         reveal, progress, quit

    /// Every word that names this command (`list`/`modules`, `show`/`mar`, `quit`/`exit`).
    public var spellings: [String] {
        switch self {
        case .list: ["list", "modules"]
        case .show: ["show", "mar"]
        case .quit: ["quit", "exit"]
        default: [rawValue]
        }
    }

    /// The command for a word, case-insensitively.
    public static func named(_ word: String) -> CommandName? {
        let w = word.lowercased()
        return allCases.first { $0.spellings.contains(w) }
    }

    /// How it is written.
    public var usage: String {
        switch self {
        case .answer: "CODES  or  answer CODES"
        case .help: "help [COMMAND]"
        case .list: "list [N]  (or modules)"
        case .start: "start ID"
        case .show: "show  (or mar)"
        case .why: "why CODE"
        case .rule: "rule ID"
        case .lesson: "lesson [N]"
        case .quit: "quit  (or exit, Ctrl-D)"
        default: rawValue
        }
    }

    /// What it does, in one line.
    public var summary: String {
        switch self {
        case .answer: "score your codes and explain every discrepancy"
        case .help: "the commands, with an example each"
        case .list: "modules and scenarios with your status and best score; N: one module"
        case .start: "open a scenario"
        case .next: "go on to the next unsolved scenario of the course (with the lesson when a module starts)"
        case .skip: "leave this scenario unsolved and go on to the next one"
        case .show: "show the MAR again"
        case .story: "show the story again"
        case .timeline: "encounter events and departments"
        case .hint: "the next hint, if any (counted in your progress)"
        case .why: "after scoring: how the engine reached a code, citing rules"
        case .trace: "after scoring: every rule that fired and every administration excluded"
        case .rule: "one rule with its statement, sources and examples"
        case .rules: "the rule catalog"
        case .lesson: "the current module's lesson; N: module N's lesson"
        case .reveal: "the engine's answer (the attempt counts as given up)"
        case .progress: "your mastery per rule and when each is due for review"
        case .quit: "leave (progress is already saved); Ctrl-C clears the line"
        }
    }

    /// One example.
    public var example: String {
        switch self {
        case .answer: "96365 96375x2   (departments: ED: 96365 | OBS: 96376; modifiers: 96365-59)"
        case .help: "help why"
        case .start: "start m03-uti-zofran-then-ceftriaxone"
        case .list: "list 6"
        case .lesson: "lesson 2"
        case .why: "why 96375"
        case .rule: "rule REPEAT-PUSH-30"
        default: spellings[0]
        }
    }
}

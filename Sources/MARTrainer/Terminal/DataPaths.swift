import Foundation

/// The learner's folders, per the XDG base-directory convention.
public enum DataPaths {
    /// `$XDG_STATE_HOME/marcoach/history`, else `~/.local/state/marcoach/history`.
    public static func historyFile(environment: [String: String]) -> String {
        base("XDG_STATE_HOME", fallback: ".local/state", environment) + "/marcoach/history"
    }

    /// `$XDG_DATA_HOME/marcoach/<learner>/attempts.jsonl`, else under `~/.local/share`.
    /// The learner name is sanitised (see `sanitise(learner:)`).
    public static func attemptsFile(learner: String, environment: [String: String]) -> String {
        base("XDG_DATA_HOME", fallback: ".local/share", environment)
            + "/marcoach/\(sanitise(learner: learner))/attempts.jsonl"
    }

    /// A learner name safe as one folder name: letters, digits, `-`, `_` and `.` kept (other
    /// characters become `_`), no leading dot, at most 64 characters; empty → `learner`.
    public static func sanitise(learner: String) -> String {
        var s = String(learner.trimmingCharacters(in: .whitespaces).map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") ? c : "_"
        }.prefix(64))
        while s.hasPrefix(".") { s.removeFirst() }
        return s.isEmpty ? "learner" : s
    }

    /// The default learner name: `$USER`, else `learner`.
    public static func defaultLearner(environment: [String: String]) -> String {
        environment["USER"].map { sanitise(learner: $0) } ?? "learner"
    }

    /// Creates the folder that will hold `file` (and its parents).
    public static func createParent(of file: String) throws {
        let dir = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    private static func base(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
        if let v = environment[variable], v.hasPrefix("/") { return v }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/" + fallback
    }
}

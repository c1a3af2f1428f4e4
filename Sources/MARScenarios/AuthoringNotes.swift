import Foundation
import MARCore

/// Warnings (never errors) that help an author finish a scenario: a rule tagged in `topics:` that
/// the engine never applies to it, no `hints:`, and an `id:` that differs from the file name.
public enum AuthoringNotes {
    /// The notes for one loaded scenario, given the rules the engine applied to it and the file's text
    /// (read only when a note needs a line to point at).
    public static func notes(for file: ScenarioFile, rulesApplied: Set<RuleID>, text: @autoclosure () -> String?) -> [Diagnostic] {
        var read: SourceLines?
        func lines() -> SourceLines {
            if let read { return read }
            let l = SourceLines(SourceText.withoutByteOrderMark(text() ?? ""))
            read = l
            return l
        }
        let s = file.scenario
        var out: [Diagnostic] = []
        func warn(_ at: SourceLocation, _ message: String) {
            out.append(Diagnostic(path: file.path, location: at, severity: .warning, message: message))
        }
        for topic in s.topics {
            guard let id = RuleID(rawValue: topic), knownRules.contains(id), !rulesApplied.contains(id) else { continue }
            warn(topLevelLine("topics", lines()) ?? .start, "topic '\(topic)' names a rule the engine never applies in this scenario: change "
                 + "the MAR so the rule decides something, or remove the tag (run `marcoach code` on the file to see "
                 + "the rules it applies)")
        }
        if s.hints.isEmpty {
            warn(.start, "no `hints:`: give learners at least one question that points at the deciding fact")
        }
        let fileID = ScenarioLoader.defaultID(forPath: file.path)
        if s.id != fileID {
            warn(file.idLocation ?? DuplicateIDs.idLocation(in: lines()), "id '\(s.id)' differs from the file name '\(fileID)': name the file "
                 + "\(s.id).yaml so the id is easy to find")
        }
        return out
    }

    private static let knownRules = Set(RuleCatalog.all.map(\.id))

    /// Where a top-level key's value starts.
    static func topLevelLine(_ key: String, _ lines: SourceLines) -> SourceLocation? {
        for n in 1...max(lines.count, 1) where lines.line(n, hasPrefix: key + ":") {
            return SourceLocation(line: n, column: 1)
        }
        return nil
    }
}

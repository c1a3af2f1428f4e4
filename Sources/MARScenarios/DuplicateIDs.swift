import Foundation

/// Scenario ids are unique across the course (`rules.md` D33): a duplicate is reported at the
/// file's `id:` line (1:1 when the id comes from the file name), whichever files are validated.
public enum DuplicateIDs {
    /// Where a file declares its id: the first character of the top-level `id:` value, else 1:1.
    static func idLocation(in lines: SourceLines) -> SourceLocation {
        for n in 1...max(lines.count, 1) {
            guard lines.line(n, hasPrefix: "id:"), let text = lines.text(n) else { continue }
            let value = text.unicodeScalars.dropFirst(3)
            let spaces = value.prefix { $0 == " " }.count
            let quoted = value.dropFirst(spaces).first.map { $0 == "\"" || $0 == "'" } ?? false
            return SourceLocation(line: n, column: 4 + spaces + (quoted ? 1 : 0))
        }
        return .start
    }

    /// The error for a file whose id `otherPath` also has.
    public static func diagnostic(id: String, path: String, at: SourceLocation, otherPath: String) -> Diagnostic {
        let fix = at == .start ? "add `id:` with another id (it now comes from the file name) or rename the file"
            : "change `id:`"
        return Diagnostic(path: path, location: at,
                          message: "duplicate scenario id '\(id)': \(otherPath) has it too; ids are unique across the "
                          + "course: \(fix)")
    }

    /// Errors for the `checked` files whose id a different file of the course has. `course` is
    /// every scenario file of the course with its id (`ScenarioSkeleton.existingIDs`).
    public static func against(course: [(id: String, path: String)],
                               checked: [(id: String, path: String, at: SourceLocation)]) -> [Diagnostic] {
        var byID: [String: [String]] = [:]
        for c in course { byID[c.id, default: []].append(c.path) }
        var out: [Diagnostic] = []
        // Paths are made absolute (a file-system walk each) only for the few ids the course also has.
        for file in checked {
            guard let sharing = byID[file.id] else { continue }
            let me = CourseLayout.absolute(file.path)
            if let other = sharing.lazy.map(CourseLayout.absolute).first(where: { $0 != me }) {
                out.append(diagnostic(id: file.id, path: file.path, at: file.at, otherPath: other))
            }
        }
        return out
    }
}

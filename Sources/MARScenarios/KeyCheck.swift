import Foundation
import MARCore

/// Checks each scenario's `key` against the engine; a disagreement is an error located at the key,
/// followed by the discrepancies and the engine's reasoning.
public enum KeyCheck {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// Each file with the engine's decisions (no wording), for coverage.
        public var codings: [(ScenarioFile, Coding)] = []
    }

    /// Every file's key on every core; diagnostics and codings in the files' order.
    public static func run(_ files: [ScenarioFile]) -> Result {
        let checked = concurrentMap(files.count) { i -> (Coding, Diagnostic?) in
            let file = files[i]
            let s = file.scenario
            // Decisions only; the explained coding is computed when a key disagrees, for the message.
            let decided = Engine.decide(s)
            guard let key = s.key, !disagreements(key, decided).isEmpty else { return (decided, nil) }
            let coding = Engine.code(s)
            let trace = coding.firings.map { "    \($0.rule.rawValue): \($0.message)" }.joined(separator: "\n")
            return (decided, Diagnostic(path: file.path, location: keyLocation(file.path),
                                        message: disagreements(key, coding).joined(separator: "\n")
                                            + "\n  engine trace:\n" + trace))
        }
        var result = Result()
        result.codings = zip(files, checked.map(\.0)).map { ($0, $1) }
        result.diagnostics = checked.compactMap(\.1)
        return result
    }

    /// The key's disagreements with a coding, as message lines (empty when they agree).
    public static func disagreements(_ key: AnswerKey, _ coding: Coding) -> [String] {
        var problems: [String] = []
        // Most keys are the engine's lines exactly: that needs no assessment.
        let same = key.codes.sameLines(as: coding.answer.withoutDepartments)
        let a = same ? nil : Scorer.assess(key.codes, against: coding)
        if let a, !a.perfect {
            problems.append("key.codes [\(key.codes.text)] disagrees with the engine [\(coding.answer.withoutDepartments.text)]:")
            problems += a.discrepancies.map { "  ✗ " + $0.explanation.replacingOccurrences(of: "\n", with: "\n    ") }
        }
        if let byDept = key.byDepartment {
            let answer = Answer(byDept.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { dept, ans in
                ans.items.map { Answer.Item(code: $0.code, modifiers: $0.modifiers, units: $0.units, department: dept) }
            })
            if !answer.sameLines(as: coding.answer), case let d = Scorer.assess(answer, against: coding), !d.perfect {
                problems.append("key.by_department [\(answer.text)] disagrees with the engine [\(coding.answer.text)]:")
                problems += d.discrepancies.map { "  ✗ " + $0.explanation.replacingOccurrences(of: "\n", with: "\n    ") }
            }
        }
        return problems
    }

    /// The line and column of `codes:` under `key:`, else of `key:`, else the file start. Lines end in `\n` or
    /// `\r\n` (a `Character` split keeps `\r\n` whole, and took a Windows file for one line); columns count
    /// Unicode scalars, as every diagnostic's do.
    public static func keyLocation(_ path: String) -> SourceLocation {
        guard let lines = SourceLines(utf8FileAt: path) else { return .start }
        var inKey = false
        var keyAt: SourceLocation?
        for n in 1...lines.count {
            guard let line = lines.text(n) else { continue }
            if line.hasPrefix("key:") { inKey = true; keyAt = SourceLocation(line: n, column: 1); continue }
            if inKey, let r = line.range(of: "codes:") {
                return SourceLocation(line: n, column: line.unicodeScalars.distance(from: line.startIndex, to: r.lowerBound) + 1)
            }
            if inKey, let f = line.first, !f.isWhitespace, f != "#" { inKey = false }
        }
        return keyAt ?? .start
    }
}

import MARCore
import MARScenarios

/// The scenario file an import writes: comments naming the source and what was dropped, then the
/// scenario through `ScenarioWriter` (no `key`: an import is not a course scenario until an educator
/// reasons its key).
public enum ImportedScenarioText {
    /// The YAML text, and any problem the scenario loader finds in it, located at the CSV line of
    /// the MAR row it concerns (a check that the import and the loader agree on every rule).
    public static func render(_ result: ImportResult, source: String, timeline: String?,
                              context: LoadContext = LoadContext()) -> (text: String, diagnostics: [Diagnostic])? {
        guard let scenario = result.scenario else { return nil }
        var header = "# Imported by marcoach from \(source)" + (timeline.map { " (encounter: \($0))" } ?? "") + ".\n"
        for note in result.notes { header += "# " + note.replacingNewlines() + "\n" }
        header += "# No key: reason one from the rules before using this scenario in the course.\n"
        let body = ScenarioWriter.write(scenario, profiles: context.profiles)
        let text = header + body
        let check = ScenarioLoader.load(text: text, path: source, context: context)
        let headerLines = header.filter { $0 == "\n" }.count
        let rowStarts = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.hasPrefix("  - med:") }.map { $0.offset + 1 + headerLines }
        let diagnostics = check.diagnostics.filter(\.isError).map { d -> Diagnostic in
            let row = rowStarts.lastIndex { $0 <= d.line }
            let line = row.flatMap { $0 < result.rowLines.count ? result.rowLines[$0] : nil } ?? 1
            let hint = d.message.contains("`primary") ? " (in the export: a Primary column holding true on that row's lines)" : ""
            return Diagnostic(path: source, location: SourceLocation(line: line, column: 1),
                              message: "the scenario written from this file does not load: " + d.message + hint)
        }
        return (text, diagnostics)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

import ArgumentParser
import Foundation
import MARCore
import MARImport
import MARScenarios

/// The inputs `import` and `audit` share: the MAR file and its encounter (`mar-import.md`).
struct ImportInputs: ParsableArguments {
    @Argument(help: "The MAR export (CSV: a header line, then one line per charted action).")
    var file: String

    @Option(help: "A CSV of encounter events (Event and Time columns, optionally Department).")
    var timeline: String?

    @Option(help: ArgumentHelp("An encounter event, e.g. \"01/04/2026 20:55 ED arrival\"; repeat for each.", valueName: "event"))
    var event: [String] = []

    @Option(help: "The reporting setting (the professional setting needs a Primary column on the primary row).")
    var setting: Setting = .facility

    /// The imported scenario and the scenario file text, or every problem on standard error and exit 2.
    /// Notes go to standard error. The file text is loaded back, so the scenario loader's checks (the
    /// professional setting's `primary`, pumps …) hold for `audit` as for `import`.
    func load(context: LoadContext, id: String? = nil, title: String? = nil) throws -> (scenario: Scenario, text: String) {
        var problems: [Diagnostic] = []
        var notes: [String] = []
        var events: [TimelineEvent] = []
        if let timeline {
            if timeline.isEmpty || !event.isEmpty {
                printError("marcoach: give the encounter once: --timeline FILE or --event \"…\" options, not both")
                throw ExitCode(2)
            }
            let text = try readText(timeline)
            let read = TimelineImport.read(csv: text, path: timeline)
            (events, problems, notes) = (read.events, read.diagnostics, read.notes)
        } else if !event.isEmpty {
            (events, problems) = TimelineImport.read(events: event)
        } else {
            printError("marcoach: the encounter is missing: pass --timeline FILE (a CSV with Time and Event columns) or "
                       + "--event \"01/04/2026 20:55 ED arrival\" (repeated); the encounter window decides what can be charged")
            throw ExitCode(2)
        }
        let text = try readText(file)
        let result = MARImporter.importMAR(text: text, path: file, timeline: events,
                                           options: ImportOptions(id: id, title: title, setting: setting), context: context)
        for n in notes + result.notes { printError("note: " + n) }
        var all = problems + result.diagnostics
        let rendered = all.hasErrors ? nil : ImportedScenarioText.render(result, source: file, timeline: timeline, context: context)
        all += rendered?.diagnostics ?? []
        all.forEach { printError($0.description) }
        guard let scenario = result.scenario, let rendered, !all.hasErrors else {
            let count = all.filter(\.isError).count
            printError("marcoach: \(count) problem\(count == 1 ? "" : "s"); nothing imported")
            throw ExitCode(2)
        }
        return (scenario, rendered.text)
    }

    /// A file's text; a clear message and exit 2 when it cannot be read.
    func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("\(path):1:1: cannot read the file (does it exist?)")
            throw ExitCode(2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("\(path):1:1: the file is not UTF-8 text: export it as CSV UTF-8")
            throw ExitCode(2)
        }
        return text
    }
}

extension Setting: ExpressibleByArgument {}

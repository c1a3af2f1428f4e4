import ArgumentParser
import Foundation
import MARImport
import MARScenarios

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn an EHR's MAR export (CSV) into a scenario file (without a key).",
        discussion: """
            Exit status: 0 written, 2 bad input (every problem as FILE:LINE:COLUMN). See docs/importing.md.
            Example: marcoach import mar.csv --timeline timeline.csv --out visit-01.yaml
            """)

    @OptionGroup var inputs: ImportInputs

    @Option(help: "Scenario id (default: the --out file's name, else the MAR file's, kebab-case).")
    var id: String?

    @Option(help: "Scenario title.")
    var title: String?

    @Option(help: "A profile id for the scenario's `profile:`.")
    var profile: String?

    @Option(help: "Write the scenario here instead of standard output.")
    var out: String?

    @Flag(help: "Overwrite --out when the file exists.")
    var force = false

    @OptionGroup var folders: Folders

    /// Never over an input (the export would be lost), and over another file only when asked.
    func validate() throws {
        guard let out else { return }
        let inputs = [inputs.file] + (inputs.timeline.map { [$0] } ?? [])
        if inputs.contains(where: { samePlace($0, out) }) {
            throw ValidationError("--out \(out) is a file being imported: write the scenario to another file")
        }
        if FileManager.default.fileExists(atPath: out) && !force {
            throw ValidationError("--out \(out) exists: pass --force to overwrite it")
        }
    }

    func run() throws {
        let (context, setup) = folders.context(profileOverride: profile)
        setup.filter(\.isError).forEach { printError($0.description) }
        // The id defaults to the file written (`--out visit-01.yaml` → visit-01), else the MAR file's name.
        let defaultID = out.map { MARImporter.kebabID(ScenarioLoader.defaultID(forPath: $0)) }
        let (_, text) = try inputs.load(context: context, id: id ?? defaultID, title: title)
        if let out {
            do {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                printError("marcoach: cannot write \(out): \(error.localizedDescription)")
                throw ExitCode(2)
            }
            printError("wrote \(out)")
        } else {
            print(text, terminator: "")
        }
    }
}

/// Whether two paths name the same file (links followed), whether or not it exists yet.
func samePlace(_ a: String, _ b: String) -> Bool {
    func place(_ p: String) -> String { URL(fileURLWithPath: p).resolvingSymlinksInPath().standardizedFileURL.path }
    return place(a) == place(b)
}

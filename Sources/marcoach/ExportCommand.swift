import ArgumentParser
import Foundation
import MARImport
import MARScenarios

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a scenario as a MAR export: DIR/mar.csv and DIR/timeline.csv.",
        discussion: """
            The inverse of `import`: importing the two files gives a scenario that codes the same.

            Exit status: 0 written, 2 bad input.

            Example:
              marcoach export \\
                Scenarios/07-repeat-pushes/m07-ondansetron-thirty-one-minutes.yaml \\
                --csv /tmp/ondansetron
            """)

    @Argument(help: "The scenario file.")
    var file: String

    @Option(help: "The folder to write mar.csv and timeline.csv into (created if needed).")
    var csv: String

    @Flag(help: "Overwrite mar.csv and timeline.csv when the folder holds them.")
    var force = false

    @OptionGroup var folders: Folders

    /// An EHR's export kept in the folder is not written over unless asked.
    func validate() throws {
        guard !force else { return }
        for name in ["mar.csv", "timeline.csv"] {
            let path = (csv as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) {
                throw ValidationError("\(path) exists: pass --force to overwrite it, or give another --csv folder")
            }
        }
    }

    func run() throws {
        let (context, _) = folders.context()
        let result = ScenarioLoader.load(path: file, context: context)
        result.diagnostics.forEach { printError($0.description) }
        guard let s = result.scenario else { throw ExitCode(2) }
        let mar = (csv as NSString).appendingPathComponent("mar.csv")
        let timeline = (csv as NSString).appendingPathComponent("timeline.csv")
        do {
            try FileManager.default.createDirectory(atPath: csv, withIntermediateDirectories: true)
            try MARExporter.marCSV(s).write(toFile: mar, atomically: true, encoding: .utf8)
            try MARExporter.timelineCSV(s).write(toFile: timeline, atomically: true, encoding: .utf8)
        } catch {
            printError("marcoach: cannot write into \(csv): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("wrote \(mar) and \(timeline)")
    }
}

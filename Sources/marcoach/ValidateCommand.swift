import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Lint scenario files and the curriculum, and check every key against the engine.",
        discussion: """
            With no PATH: every scenario under the Scenarios folder and the curriculum (modules, lessons, formulary, profiles). Exit status: 0 clean, 1 problems.

            Example:
              marcoach validate Scenarios/06-hydration --coverage
            """)

    @Argument(help: "Scenario files or folders (default: the whole curriculum).")
    var paths: [String] = []

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @ArgumentParser.Flag(help: "Also show which rules each scenario exercises, and the core rules with fewer than 3 scenarios.")
    var coverage = false

    @OptionGroup var folders: Folders

    func run() throws {
        let library: Library
        var scenarioFiles: [ScenarioFile] = []
        var diagnostics: [Diagnostic] = []
        if paths.isEmpty {
            library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: folders.scenariosDirectory)
            scenarioFiles = library.scenarios
            diagnostics = library.diagnostics
        } else {
            library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: nil)
            diagnostics = library.diagnostics.filter { !$0.path.hasSuffix("curriculum.yaml") }
            let context = LoadContext(formulary: library.formulary, profiles: library.profiles)
            for path in paths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    diagnostics.append(Diagnostic(path: path, location: .start, message: "no such file or folder"))
                    continue
                }
                if isDir.boolValue {
                    let (files, d) = Library.loadScenarios(in: path, context: context)
                    scenarioFiles += files
                    diagnostics += d
                } else {
                    let r = ScenarioLoader.load(path: path, context: context)
                    diagnostics += r.diagnostics
                    if let s = r.scenario {
                        scenarioFiles.append(ScenarioFile(scenario: s, path: path, relativePath: path))
                    }
                }
            }
        }
        let check = KeyCheck.run(scenarioFiles)
        diagnostics += check.diagnostics
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        let cover = coverage ? Coverage(check.codings) : nil

        if format == .json {
            var fields: [(String, JSON)] = [
                ("scenarios", .int(scenarioFiles.count)),
                ("errors", .int(errors)),
                ("warnings", .int(warnings)),
                ("problems", .array(diagnostics.map { d in
                    .object([("path", .string(d.path)), ("line", .int(d.line)), ("column", .int(d.column)),
                             ("severity", .string(d.severity.rawValue)), ("message", .string(d.message))])
                })),
            ]
            if let cover { fields.append(("coverage", cover.json)) }
            print(JSON.object(fields).rendered())
        } else {
            for d in diagnostics { print(d.description) }
            if let cover { print(cover.text) }
            let summary = "\(scenarioFiles.count) scenario\(scenarioFiles.count == 1 ? "" : "s") checked: "
                + (errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")")
                + (warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")")
            print(summary)
        }
        if errors > 0 { throw ExitCode(1) }
    }
}

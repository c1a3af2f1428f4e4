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
            With no PATH: every scenario under the Scenarios folder and the curriculum (modules, lessons,
            formulary, profiles). Exit status: 0 clean, 1 problems.
            Example: marcoach validate Scenarios/06-hydration --coverage
            """)

    @Argument(help: "Scenario files or folders (default: the whole curriculum).")
    var paths: [String] = []

    @Option(name: .customLong("files-from"), help: "Read more paths, one per line, from FILE (- for standard input).")
    var filesFrom: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @ArgumentParser.Flag(help: "Also show which rules each scenario exercises, and the core rules with fewer than 3 scenarios.")
    var coverage = false

    @OptionGroup var folders: Folders

    func run() throws {
        let library: Library
        var scenarioFiles: [ScenarioFile] = []
        var diagnostics: [Diagnostic] = []
        var named = paths
        if let filesFrom {
            let (listed, d) = ScenarioPaths.list(from: filesFrom)
            named += listed
            diagnostics += d
        }
        if named.isEmpty && filesFrom == nil {
            library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: folders.scenariosDirectory)
            scenarioFiles = library.scenarios
            diagnostics = library.diagnostics
        } else {
            library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: nil)
            diagnostics += library.diagnostics.filter { !$0.path.hasSuffix("curriculum.yaml") }
            let context = LoadContext(formulary: library.formulary, profiles: library.profiles)
            // Folders keep their own duplicate-id check; the files named one by one load on every core.
            var folderResults: [Int: ([ScenarioFile], [Diagnostic])] = [:]
            var loneFiles: [(index: Int, path: String)] = []
            for (i, path) in named.enumerated() {
                var info = stat()
                guard stat(path, &info) == 0 else {
                    folderResults[i] = ([], [Diagnostic(path: path, location: .start, message: "no such file or folder")])
                    continue
                }
                if info.st_mode & S_IFMT == S_IFDIR {
                    folderResults[i] = Library.loadScenarios(in: path, context: context)
                } else {
                    loneFiles.append((i, path))
                }
            }
            let lonePaths = loneFiles.map(\.path)
            let loaded = concurrentMap(lonePaths.count) { ScenarioLoader.load(path: lonePaths[$0], context: context) }
            for (j, r) in loaded.enumerated() {
                folderResults[loneFiles[j].index] = (r.scenario.map { [ScenarioFile(scenario: $0, path: r.path, relativePath: r.path)] } ?? [],
                                                     r.diagnostics)
            }
            for i in named.indices {
                guard let (files, d) = folderResults[i] else { continue }
                scenarioFiles += files
                diagnostics += d
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

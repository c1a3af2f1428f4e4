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

    @Option(name: .customLong("files-from"), help: "Read more paths, one per line, from FILE (- for standard input).")
    var filesFrom: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @ArgumentParser.Flag(help: "Also show which rules each scenario exercises, the core rules with fewer than 3 scenarios, and any scenario that needs a rule its module's lesson and the earlier ones never name.")
    var coverage = false

    @OptionGroup var folders: Folders

    func run() throws {
        var scenarioFiles: [ScenarioFile] = []
        var diagnostics: [Diagnostic] = []
        var curriculum: Curriculum?
        var named = paths
        if let filesFrom {
            let (listed, d) = ScenarioPaths.list(from: filesFrom)
            named += listed
            diagnostics += d
        }
        if named.isEmpty && filesFrom == nil {
            folders.noteIfNoCurriculum(near: nil)
            let library = Library.load(curriculumDirectory: folders.curriculumDirectory, scenariosDirectory: folders.scenariosDirectory)
            scenarioFiles = library.scenarios
            diagnostics = library.diagnostics
            curriculum = library.curriculum
        } else {
            var checked: [(id: String, path: String, at: SourceLocation)] = []
            var firstPathOfID: [String: String] = [:]
            var courses: [String: [(id: String, path: String)]] = [:]
            // One load context per course, however many of its files are named.
            var contexts: [String: LoadContext] = [:]
            for path in named {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    diagnostics.append(Diagnostic(path: path, location: .start, message: "no such file or folder"))
                    continue
                }
                // Each path is read against its own course: the Curriculum/ above it.
                let courseKey = folders.curriculumDirectory(near: path) ?? ""
                let context: LoadContext
                if let known = contexts[courseKey] {
                    context = known
                } else {
                    folders.noteIfNoCurriculum(near: path)
                    let (c, setup) = folders.context(near: path, quiet: true)
                    diagnostics += setup.filter { d in !diagnostics.contains(d) }
                    contexts[courseKey] = c
                    context = c
                }
                let results: [ScenarioLoadResult]
                if isDir.boolValue {
                    let files = Library.scenarioPaths(in: path).map(\.full)
                    if files.isEmpty { diagnostics.append(ScenarioPaths.emptyFolder(path)) }
                    results = concurrentMap(files.count) { ScenarioLoader.load(path: files[$0], context: context) }
                } else {
                    results = [ScenarioLoader.load(path: path, context: context)]
                }
                for r in results {
                    diagnostics += r.diagnostics
                    guard let s = r.scenario else { continue }
                    if let other = firstPathOfID[s.id], other != r.path {
                        diagnostics.append(DuplicateIDs.diagnostic(id: s.id, path: r.path, at: r.idLocation, otherPath: other))
                        continue
                    }
                    if firstPathOfID[s.id] == nil { firstPathOfID[s.id] = r.path }
                    checked.append((s.id, r.path, r.idLocation))
                    scenarioFiles.append(ScenarioFile(scenario: s, path: r.path, relativePath: r.path, idLocation: r.idLocation))
                }
                // D33: ids are unique across the course, whichever files are validated.
                if let course = folders.scenariosDirectory(near: path) {
                    let ids = courses[course] ?? ScenarioSkeleton.existingIDs(in: course)
                    courses[course] = ids
                    let resultPaths = Set(results.map(\.path))
                    let mine = checked.filter { resultPaths.contains($0.path) }
                    diagnostics += DuplicateIDs.against(course: ids, checked: mine)
                }
            }
        }
        let check = KeyCheck.run(scenarioFiles)
        diagnostics += check.diagnostics
        diagnostics += concurrentMap(check.codings.count) { i in
            let (file, coding) = check.codings[i]
            return AuthoringNotes.notes(for: file, rulesApplied: coding.rulesFired,
                                        text: try? String(contentsOfFile: file.path, encoding: .utf8))
        }.flatMap { $0 }
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        if coverage && !named.isEmpty {
            // Which module a file belongs to, and the lessons up to it, come from the whole course.
            curriculum = Library.load(curriculumDirectory: folders.curriculumDirectory,
                                      scenariosDirectory: folders.scenariosDirectory).curriculum
        }
        let cover = coverage ? Coverage(check.codings, curriculum: curriculum) : nil
        diagnostics = Self.grouped(diagnostics).map { $0.withPath(shownPath($0.path)) }

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

    /// Diagnostics grouped by file (files in first-seen order), each file's in line order.
    static func grouped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var order: [String: Int] = [:]
        for d in diagnostics where order[d.path] == nil { order[d.path] = order.count }
        return diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.path != y.path { return order[x.path]! < order[y.path]! }
            if x.location != y.location { return x.location < y.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}

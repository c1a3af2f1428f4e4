import ArgumentParser
import Foundation
import MARCore
import MARScenarios
import MARTrainer

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Show the engine's coding of each scenario with its full reasoning.",
        discussion: """
            Files and folders are coded on every core and printed in the order given, each as soon as it is done; for long lists, --files-from reads the paths from a file or standard input.

            Examples:
              marcoach code Scenarios/03-initial-and-hierarchy --format json
              printf 'Scenarios/06-hydration\\n' | marcoach code --files-from -
            """)

    @Argument(help: "Scenario files or folders (every *.yaml under a folder, sorted).")
    var files: [String] = []

    @Option(name: .customLong("files-from"), help: "Read more paths, one per line, from FILE (- for standard input).")
    var filesFrom: String?

    @Option(help: "text or json (one JSON object per scenario, one per line).")
    var format: OutputFormat = .text

    @Option(help: "A profile id that overrides each scenario's profile.")
    var profile: String?

    @OptionGroup var folders: Folders

    func run() throws {
        var named = files
        var problems: [Diagnostic] = []
        if let filesFrom {
            let (listed, d) = ScenarioPaths.list(from: filesFrom)
            named += listed
            problems += d
        }
        guard !named.isEmpty || !problems.isEmpty else {
            printError("marcoach code: give scenario files or folders, or --files-from FILE (see marcoach code --help)")
            throw ExitCode(2)
        }
        let (paths, missing) = ScenarioPaths.expand(named)
        problems += missing
        problems.forEach { printError($0.description) }

        let (context, setup) = folders.context(profileOverride: profile, near: named.first)
        setup.filter(\.isError).forEach { printError($0.description) }
        let json = format == .json
        let output = OrderedOutput(separator: json ? "\n" : "\n\n")
        // Files are independent: load, code and render them on every core; write each in input order as
        // soon as those before it are written, holding at most a window of results.
        concurrentOrdered(paths.count, { i -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) in
            let result = ScenarioLoader.load(path: paths[i], context: context)
            guard let s = result.scenario else { return (nil, result.diagnostics) }
            if json {
                var out = JSONBytes()
                CodingReport.writeJSON(Engine.code(s), into: &out)
                return (out.bytes, result.diagnostics)
            }
            return (Array(CodingReport.text(Engine.code(s), title: s.title).utf8), result.diagnostics)
        }, emit: { _, r in
            output.write(r.bytes, diagnostics: r.diagnostics)
        })
        output.finish()
        if output.failed || !problems.isEmpty { throw ExitCode(2) }
    }
}

/// The reports of `code`, written in order: each scenario's diagnostics to standard error, its coding
/// to standard output after a separator, and one closing newline after the last (none when nothing was coded).
/// Calls come one at a time.
final class OrderedOutput: @unchecked Sendable {
    private let separator: [UInt8]
    private var written = 0
    private(set) var failed = false

    init(separator: String) { self.separator = Array(separator.utf8) }

    func write(_ bytes: [UInt8]?, diagnostics: [Diagnostic]) {
        diagnostics.forEach { printError($0.description) }
        guard let bytes else { failed = true; return }
        if written > 0 { writeAll(fd: 1, separator) }
        writeAll(fd: 1, bytes)
        written += 1
    }

    func finish() { if written > 0 { writeAll(fd: 1, [UInt8(ascii: "\n")]) } }
}

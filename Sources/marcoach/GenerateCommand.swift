import ArgumentParser
import Foundation
import MARCore
import MARGenerator
import MARScenarios

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "New realistic scenarios in the scenario format, keyed by the engine.",
        discussion: """
            Drugs and classes come from Curriculum/formulary.yaml; times land on and around the boundaries (15/16, 30/31, 90/91 minutes, repeat pushes at 29–32 minutes). The same seed gives the same files.

            Example:
              marcoach generate --seed 1 --count 20 --out drills
            """)

    @Option(help: "Seed (same seed, same scenarios).")
    var seed: UInt64 = 1

    @Option(help: "Rule IDs the scenarios should exercise (comma-separated).")
    var topics: String?

    @Option(help: "Difficulty 1–5 (default: a spread).")
    var difficulty: Int?

    @Option(help: "How many scenarios.")
    var count = 10

    @Option(help: "Folder to write the .yaml files to (default: print them to standard output).")
    var out: String?

    @ArgumentParser.Flag(help: "Overwrite files in --out that differ from what is generated (an edited draft).")
    var force = false

    @OptionGroup var folders: Folders

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        if let difficulty, !(1...5).contains(difficulty) { throw ValidationError("--difficulty is 1–5") }
        let unknown = splitList(topics).filter { t in !RuleID.all.contains { $0.rawValue == t.uppercased() } }
        if !unknown.isEmpty {
            throw ValidationError("unknown rule ID(s) in --topics: \(unknown.joined(separator: ", ")) ('marcoach rules' lists them)")
        }
    }

    func run() throws {
        let (context, _) = folders.context()
        let generated = ScenarioGenerator(context: context)
            .generate(GeneratorOptions(seed: seed, topics: splitList(topics), difficulty: difficulty, count: count))
        guard let out else {
            print(generated.map(\.text).joined(separator: "---\n"), terminator: "")
            return
        }
        // The same seed writes the same files again; a file that differs (a draft edited since) is kept unless asked.
        let edited = generated.map { (out as NSString).appendingPathComponent($0.fileName) }.enumerated().filter { i, path in
            FileManager.default.fileExists(atPath: path) && (try? String(contentsOfFile: path, encoding: .utf8)) != generated[i].text
        }
        if let (_, first) = edited.first, !force {
            printError("marcoach: \(first) exists and differs from what would be written"
                       + (edited.count > 1 ? " (and \(edited.count - 1) more)" : "") + ": pass --force to overwrite, or another --out")
            throw ExitCode(2)
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for g in generated {
                try g.text.write(toFile: (out as NSString).appendingPathComponent(g.fileName), atomically: true, encoding: .utf8)
            }
        } catch {
            printError("marcoach: cannot write to \(out): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("Wrote \(generated.count) scenario\(generated.count == 1 ? "" : "s") to \(out).")
    }
}

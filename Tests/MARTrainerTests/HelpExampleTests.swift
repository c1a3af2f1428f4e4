import Foundation
import Testing
import MARCore
import MARScenarios
@testable import MARTrainer

/// Every example in the help texts works against the shipped course, help text wraps cleanly, and no
/// help names the internal spec files.
@Suite(.serialized) struct HelpExampleTests {
    static let root = PseudoTerminalTests.root

    static func shippedCourse() throws -> Curriculum {
        let library = Library.load(curriculumDirectory: root.appendingPathComponent("Curriculum").path,
                                   scenariosDirectory: root.appendingPathComponent("Scenarios").path)
        return try #require(library.curriculum)
    }

    /// Words that mean an example did not work.
    static let failures = ["Unknown command", "Usage:", "No scenario", "No rule", "No module", "No command", "is not a code",
                           "cannot read", "error:"]

    @Test func everyReplHelpExampleWorksOnTheShippedCourse() throws {
        let course = try Self.shippedCourse()
        let examples = CommandName.allCases.filter { $0 != .quit }.map { name in
            // The answer's example explains its notation after three spaces.
            name.example.components(separatedBy: "   ").first!
        }
        let dir = temporaryDirectory()
        let options = TrainerOptions(learner: "ana", environment: ["HOME": dir, "XDG_DATA_HOME": dir + "/data",
                                                                    "XDG_STATE_HOME": dir + "/state"])
        let out = CapturedOutput()
        // An open, answered scenario, so that `why` and `trace` have something to explain.
        let first = try #require(CourseMap(course).order.first)
        _ = Trainer.run(curriculum: course, options: options,
                        input: ScriptedInput(["start \(first)", "96365"] + examples, echoTo: out), output: out)
        for example in examples {
            let after = try #require(out.text.components(separatedBy: "› \(example)\n").dropFirst().first, "\(example) ran")
            let reply = after.components(separatedBy: "\nmarcoach ").first!
            for word in Self.failures {
                #expect(!reply.contains(word), "help example '\(example)' answered: \(reply.prefix(300))")
            }
        }
    }

    @Test(arguments: [80, 100])
    func replHelpFitsAndNamesNoSpecFile(width: Int) {
        var texts = [Screen.help(nil, width: width, style: .plain)]
        texts += CommandName.allCases.map { Screen.help($0.rawValue, width: width, style: .plain) }
        for text in texts {
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= width })
            #expect(!text.contains("cli.md") && !text.contains("rules.md") && !text.contains("spec"))
        }
    }

    // MARK: The executable's --help

    static let subcommands = ["", "practice", "exam", "review", "progress", "code", "check", "validate", "rules", "generate",
                              "new-scenario", "show"]

    static func run(_ command: String, in dir: String, binary: String) -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let binDir = URL(fileURLWithPath: binary).deletingLastPathComponent().path
        p.environment = ["PATH": binDir + ":/usr/bin:/bin", "HOME": dir, "XDG_DATA_HOME": dir + "/data",
                         "XDG_STATE_HOME": dir + "/state", "COLUMNS": "80", "PAGER": "false", "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return (-1, "", "\(error)") }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// The examples in a help text: indented lines that start with `marcoach` or `printf`, joined with
    /// the lines they continue onto (a line ending in `\` or `|`).
    static func examples(in help: String) -> [String] {
        var out: [String] = []
        var pending: String?
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if var p = pending {
                p += " " + t
                if t.hasSuffix("\\") || t.hasSuffix("|") { pending = p } else { out.append(p); pending = nil }
                continue
            }
            guard line.hasPrefix("  "), t.hasPrefix("marcoach ") || t.hasPrefix("printf ") else { continue }
            if t.hasSuffix("\\") || t.hasSuffix("|") { pending = t } else { out.append(t) }
        }
        return out.map { $0.replacingOccurrences(of: "\\ ", with: "") }
    }

    @Test func examplesAreFoundAcrossContinuationLines() {
        let help = "Examples:\n  marcoach a \\\n    --b c\n  printf 'x' | \\\n    marcoach d\nmarcoach not-indented\n"
        #expect(Self.examples(in: help) == ["marcoach a --b c", "printf 'x' | marcoach d"])
    }

    /// The built `marcoach` and a fresh folder holding a copy of the course; nil (with an issue) when not built.
    static func binaryAndCourseCopy() throws -> (binary: String, dir: String)? {
        guard let binary = PseudoTerminalTests.binary else {
            Issue.record("no marcoach binary next to the tests: build it first (swift build)")
            return nil
        }
        let dir = temporaryDirectory()
        for folder in ["Curriculum", "Scenarios"] {
            try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent(folder).path, toPath: dir + "/" + folder)
        }
        return (binary, dir)
    }

    @Test func everyHelpExampleWorksAndHelpWrapsCleanly() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        var examples: [String] = []
        for sub in Self.subcommands {
            let (status, help, _) = Self.run("marcoach \(sub) --help", in: dir, binary: binary)
            #expect(status == 0, "marcoach \(sub) --help")
            #expect(!help.contains("cli.md") && !help.contains("rules.md") && !help.contains("/spec/"), "\(sub) --help names a spec file")
            // In the description (before USAGE), a line of prose is never cut short by a hard break.
            let prose = help.components(separatedBy: "USAGE:").first!.split(separator: "\n", omittingEmptySubsequences: false)
            for (line, next) in zip(prose, prose.dropFirst()) where !line.hasPrefix(" ") && !next.isEmpty && !next.hasPrefix(" ")
                && !line.isEmpty && !line.hasSuffix(":") {
                #expect(line.count >= 50, "\(sub) --help breaks a sentence early: '\(line)' / '\(next)'")
            }
            // (ArgumentParser writes its USAGE line unwrapped; the descriptions are ours.)
            #expect(prose.allSatisfy { $0.count <= 80 }, "\(sub) --help fits 80 columns")
            examples += Self.examples(in: help)
        }
        #expect(examples.count >= 10, "found \(examples)")
        for example in examples {
            let (status, out, err) = Self.run(example, in: dir, binary: binary)
            // `check` exits 1 when its example answer has discrepancies: that is the example working.
            let allowed: Set<Int32> = example.contains("marcoach check") ? [0, 1] : [0]
            #expect(allowed.contains(status), "\(example) exited \(status): \(err.prefix(400))")
            for word in Self.failures {
                #expect(!out.contains(word) && !err.contains(word), "\(example): \(err.prefix(300)) \(out.prefix(300))")
            }
        }
    }
    /// Piped, `review` printed its header (the rules due) after the whole session: it now comes first.
    @Test func reviewsHeaderComesBeforeItsSessionWhenPiped() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        // A wrong answer to module 1's first scenario makes its rules due.
        let practice = Self.run("printf 'next\\nnext\\n96365\\nquit\\n' | marcoach practice --learner tess", in: dir, binary: binary)
        #expect(practice.status == 0, "\(practice.err.prefix(300))")
        let (status, out, err) = Self.run("printf 'quit\\n' | marcoach review --learner tess --count 2", in: dir, binary: binary)
        #expect(status == 0, "\(err.prefix(300))")
        #expect(out.hasPrefix("Review for tess: 2 items"), "\(out.prefix(300))")
        #expect(out.components(separatedBy: "Review for tess").count == 2)
    }

    /// A folder named on the command line must exist, and a folder of scenarios must hold some: a mistyped
    /// `--curriculum` used to code with an empty formulary without a word, a mistyped `--scenarios` gave an empty
    /// course, and `code EmptyFolder` printed an empty line.
    @Test func aNamedFolderMissingOrWithoutScenariosIsSaid() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        let file = "Scenarios/01-reading-the-mar/m01-abdominal-pain-ct-contrast.yaml"
        for (command, message) in [
            ("marcoach code --curriculum Curriculumm \(file)", "--curriculum Curriculumm: no such folder"),
            ("marcoach exam --scenarios Scenarioss --count 2", "--scenarios Scenarioss: no such folder"),
            ("marcoach review --scenarios \(file)", "--scenarios \(file): a file, not a folder"),
            ("marcoach new-scenario my-draft --scenarios Drafts", "--scenarios Drafts: no such folder"),
        ] {
            let (status, out, err) = Self.run(command + " < /dev/null", in: dir, binary: binary)
            #expect(status == 64, "\(command): \(status)")
            #expect(err.contains("Error: " + message), "\(command): \(err.prefix(300))")
            #expect(out.isEmpty, "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/Drafts"))
        // A folder with no scenario file: said, and nothing (not an empty line) on standard output.
        try FileManager.default.createDirectory(atPath: dir + "/Empty", withIntermediateDirectories: true)
        for command in ["marcoach code Empty", "marcoach validate Empty"] {
            let (status, out, err) = Self.run(command, in: dir, binary: binary)
            #expect(status != 0, "\(command)")
            #expect(err.contains("Empty:1:1: no scenario files") || out.contains("Empty:1:1: no scenario files"),
                    "\(command): \(err.prefix(300))")
            #expect(!out.hasPrefix("\n"), "\(command)")
        }
        // The trainer on a course without scenarios: not "the end of the course, every scenario solved".
        for command in ["practice", "exam", "review"] {
            let (status, _, err) = Self.run("printf 'next\\nquit\\n' | marcoach \(command) --scenarios Empty", in: dir, binary: binary)
            #expect(status == 2, "\(command)")
            #expect(err.contains("the course has no scenarios: no scenario files (*.yaml, *.yml) in Empty"), "\(command): \(err.prefix(300))")
        }
        let (status, out, _) = Self.run("marcoach code --curriculum Curriculum --scenarios Scenarios \(file)", in: dir, binary: binary)
        #expect(status == 0 && out.contains("m01-abdominal-pain-ct-contrast"))
    }
    /// `check --answer ''` scored an empty answer (every code missing): an empty answer is a quoting slip.
    @Test func anEmptyAnswerToCheckIsRefused() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        let file = "Scenarios/01-reading-the-mar/m01-abdominal-pain-ct-contrast.yaml"
        let (status, out, err) = Self.run("marcoach check \(file) --answer '  '", in: dir, binary: binary)
        #expect(status == 64 && out.isEmpty)
        #expect(err.contains("Error: --answer is empty: give the codes"), "\(err.prefix(300))")
        #expect(Self.run("marcoach check \(file) --answer none", in: dir, binary: binary).status == 1)
    }
    /// `show` takes a course scenario's id as well as a file; a mistyped id gets the nearest one.
    @Test func showFindsACourseScenarioByItsID() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        let byID = Self.run("marcoach show m01-abdominal-pain-ct-contrast --width 80", in: dir, binary: binary)
        let byPath = Self.run("marcoach show Scenarios/01-reading-the-mar/m01-abdominal-pain-ct-contrast.yaml --width 80",
                              in: dir, binary: binary)
        #expect(byID.status == 0 && byID.out == byPath.out && byID.out.contains("Abdominal pain"))
        let typo = Self.run("marcoach show m01-abdominal-pain-ct-contrst", in: dir, binary: binary)
        #expect(typo.status == 2 && typo.out.isEmpty)
        #expect(typo.err.contains("no scenario with that id") && typo.err.contains("did you mean 'm01-abdominal-pain-ct-contrast'?"),
                "\(typo.err)")
        let missing = Self.run("marcoach show Scenarios/nope.yaml", in: dir, binary: binary)
        #expect(missing.status == 2 && missing.err.contains("no such file") && !missing.err.contains("does not load"))
    }
    /// An exam whose report cannot be written is refused before it starts, not after the learner has sat it.
    @Test func anExamReportWithNowhereToGoIsRefusedFirst() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        let (status, out, err) = Self.run("printf 'finish\\n' | marcoach exam --count 1 --seed 3 --report nodir/r.md",
                                          in: dir, binary: binary)
        #expect(status == 64 && out.isEmpty, "\(out.prefix(200))")
        #expect(err.contains("Error: --report nodir/r.md: no folder nodir to write it in"), "\(err.prefix(300))")
        let ok = Self.run("printf 'finish\\n' | marcoach exam --count 1 --seed 3 --report r.md", in: dir, binary: binary)
        #expect(ok.status == 0 && FileManager.default.fileExists(atPath: dir + "/r.md"))
    }
    /// import never writes over a file it is importing (the EHR's export would be lost); import, export and
    /// generate write over an existing (for generate: edited) file only with --force.
    @Test func writingCommandsDoNotWriteOverFilesUnasked() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        func run(_ command: String) -> (status: Int32, out: String, err: String) { Self.run(command, in: dir, binary: binary) }
        let file = "Scenarios/01-reading-the-mar/m01-abdominal-pain-ct-contrast.yaml"
        #expect(run("marcoach export \(file) --csv ehr").status == 0)
        let exported = try String(contentsOfFile: dir + "/ehr/mar.csv", encoding: .utf8)
        let again = run("marcoach export \(file) --csv ehr")
        #expect(again.status == 64 && again.err.contains("ehr/mar.csv exists: pass --force"), "\(again.err.prefix(300))")
        #expect(run("marcoach export \(file) --csv ehr --force").status == 0)

        let inputs = "ehr/mar.csv --timeline ehr/timeline.csv --id ehr-visit"
        for out in ["ehr/mar.csv", "ehr/../ehr/timeline.csv"] {
            let (status, _, err) = run("marcoach import \(inputs) --out \(out) --force")
            #expect(status == 64 && err.contains("--out \(out) is a file being imported"), "\(err.prefix(300))")
        }
        #expect(try String(contentsOfFile: dir + "/ehr/mar.csv", encoding: .utf8) == exported)
        #expect(run("marcoach import \(inputs) --out visit.yaml").status == 0)
        let twice = run("marcoach import \(inputs) --out visit.yaml")
        #expect(twice.status == 64 && twice.err.contains("--out visit.yaml exists: pass --force"), "\(twice.err.prefix(300))")
        #expect(run("marcoach import \(inputs) --out visit.yaml --force").status == 0)

        // generate: the same seed writes the same files again; a draft edited since is kept unless --force.
        #expect(run("marcoach generate --count 2 --seed 5 --out drills").status == 0)
        #expect(run("marcoach generate --count 2 --seed 5 --out drills").status == 0)
        let draft = dir + "/drills/gen-5-0001.yaml"
        let edited = try String(contentsOfFile: draft, encoding: .utf8) + "# my edit\n"
        try edited.write(toFile: draft, atomically: true, encoding: .utf8)
        let kept = run("marcoach generate --count 2 --seed 5 --out drills")
        #expect(kept.status == 2 && kept.err.contains("gen-5-0001.yaml exists and differs"), "\(kept.err.prefix(300))")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == edited)
        #expect(run("marcoach generate --count 2 --seed 5 --out drills --force").status == 0)
        #expect(try String(contentsOfFile: draft, encoding: .utf8) != edited)
    }
    /// audit's --charges are codes or a file: an empty value and a path to no file are said as such.
    @Test func auditChargesAreCodesOrAFile() throws {
        guard let (binary, dir) = try Self.binaryAndCourseCopy() else { return }
        func run(_ command: String) -> (status: Int32, out: String, err: String) { Self.run(command, in: dir, binary: binary) }
        #expect(run("marcoach export Scenarios/01-reading-the-mar/m01-abdominal-pain-ct-contrast.yaml --csv ehr").status == 0)
        let audit = "marcoach audit ehr/mar.csv --timeline ehr/timeline.csv --charges"
        let empty = run("\(audit) ''")
        #expect(empty.status == 64 && empty.err.contains("--charges is empty"), "\(empty.err.prefix(300))")
        let missing = run("\(audit) charges/posted.txt")
        #expect(missing.status == 64 && missing.err.contains("--charges charges/posted.txt: no such file"), "\(missing.err.prefix(300))")
        try "96374\n".write(toFile: dir + "/posted.txt", atomically: true, encoding: .utf8)
        #expect(run("\(audit) posted.txt").status == 0)
        #expect(run("\(audit) 96374").status == 0)
        #expect(run("\(audit) none").status == 1)
        let slash = run("\(audit) 96374/96365")
        #expect(slash.status == 2 && slash.err.contains("the charges have a problem"), "\(slash.err.prefix(300))")
    }
}

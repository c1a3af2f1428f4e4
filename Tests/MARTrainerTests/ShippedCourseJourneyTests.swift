import Foundation
import Testing
import TestScratch
import MARCore
@testable import MARTrainer

/// The "done means", as a scripted learner on the shipped course through the real binary.
@Suite(.serialized) struct ShippedCourseJourneyTests {
    static func run(_ args: [String], input: String, home: String) throws -> String {
        let (status, text) = try runPiped(args, input: input, environment: [
            "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state", "TERM": "xterm",
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(status == 0)
        return text
    }

    /// An exam whose filters match nothing says so and what to change, sits nothing, records nothing, writes no
    /// report and exits 1 (it crashed at its end, then printed an empty report: "Score 0% … Every item right").
    @Test func anExamThatMatchesNothingSaysSoAndRecordsNothing() throws {
        let home = temporaryDirectory()
        let report = home + "/report.json"
        let (status, text) = try runPiped(["exam", "--learner", "E5", "--count", "1", "--topics", "x", "--report", report],
                                          input: "", environment: [
            "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state", "TERM": "xterm",
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(status == 1)
        #expect(text.contains("No scenarios match this exam's filters") && text.contains("widen them"))
        #expect(!text.contains("Exam report") && !text.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: report))
        #expect(!FileManager.default.fileExists(atPath: home + "/data/marcoach/E5/attempts.jsonl"))
    }

    /// `--scenario` takes a scenario file's path as well as its id; a file outside the curriculum, or no file, is
    /// refused with what to do (a path was "unknown scenario").
    @Test func practiceOpensAScenarioByItsFilesPath() throws {
        let home = temporaryDirectory()
        let env = ["HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state", "TERM": "xterm",
                   "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let path = "Scenarios/06-hydration/m06-migraine-documented-push-minutes.yaml"
        let opened = try runPiped(["practice", "--scenario", path], input: "quit\n", environment: env)
        #expect(opened.status == 0)
        #expect(opened.text.contains("Migraine with vomiting — timed pushes come out of the fluid"))
        let outside = Scratch.path("outside", suffix: ".yaml")
        try "title: outside\n".write(toFile: outside, atomically: true, encoding: .utf8)
        let root = PseudoTerminalTests.root.path
        let refused = try AuthoringCommandTests.run(["practice", "--scenario", outside], in: root, input: "quit\n")
        #expect(refused.status == 2 && refused.err.contains("is not in this course's curriculum.yaml"), "\(refused.err)")
        let missing = try AuthoringCommandTests.run(["practice", "--scenario", "Scenarios/no-such-file.yaml"], in: root)
        #expect(missing.status == 2 && missing.err.contains("no file Scenarios/no-such-file.yaml"), "\(missing.err)")
    }

    @Test func nextGoesFromModuleOneToModuleTwoAndShowsItsLesson() throws {
        let course = try HelpExampleTests.shippedCourse()
        let first = course.modules[0], second = course.modules[1]
        // `next` opens module 1 with its lesson, then walks its scenarios (unsolved: each `next` moves on),
        // then enters module 2 with its lesson.
        let nexts = String(repeating: "next\n", count: first.scenarioIDs.count + 1)
        let text = try Self.run(["practice"], input: nexts + "quit\n", home: temporaryDirectory())
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Module 1 of \(course.modules.count) begins: \(first.title)."))
        #expect(flat.contains("Module 2 of \(course.modules.count) begins: \(second.title)."))
        #expect(text.contains("Lesson 2 of \(course.modules.count)\n\(second.title)"))
        #expect(text.contains("Module 2 of \(course.modules.count) · scenario 1 of \(second.scenarioIDs.count)\n\(second.scenarioIDs[0])"))
        // Module 1's scenarios were opened once each, in order, and none again.
        for id in first.scenarioIDs {
            #expect(text.components(separatedBy: "\n\(id) · ").count == 2, "\(id) opened once")
        }
    }

    @Test func eachExamWithoutASeedIsAFreshDraw() throws {
        var draws: [[String]] = []
        var seeds: [String] = []
        for _ in 0..<3 {
            let text = try Self.run(["exam", "--count", "5"], input: "finish\n", home: temporaryDirectory())
            // The report lists each item as "✗ N. id — score".
            let ids = text.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("✗ ") || line.hasPrefix("✓ "), let dot = line.firstIndex(of: "."),
                      let dash = line.range(of: " — ") else { return nil }
                return String(line[line.index(dot, offsetBy: 2)..<dash.lowerBound])
            }
            #expect(ids.count == 5, "\(text.suffix(800))")
            draws.append(ids)
            let seed = text.replacingOccurrences(of: "\n", with: " ").components(separatedBy: "Seed ").dropFirst().first?
                .prefix { $0.isNumber }
            seeds.append(String(try #require(seed)))
        }
        #expect(Set(draws.map { $0.joined(separator: " ") }).count > 1, "three runs drew \(draws)")
        #expect(Set(seeds).count == 3, "seeds \(seeds)")
        // The printed seed retakes the same exam.
        let again = try Self.run(["exam", "--count", "5", "--seed", seeds[0]], input: "finish\n", home: temporaryDirectory())
        for id in draws[0] { #expect(again.contains(". \(id) — "), "--seed \(seeds[0]) gives \(id) again") }
    }

    @Test func solvingModuleOneFinishesItAndNextOpensModuleTwosLesson() throws {
        let course = try HelpExampleTests.shippedCourse()
        let first = course.modules[0], second = course.modules[1]
        // The learner answers each module-1 scenario with the engine's codes ('none' when it has none).
        let answers = try first.scenarioIDs.map { id -> String in
            let text = Engine.code(try #require(course.scenario(id))).answer.text
            return text.isEmpty ? "none" : text
        }
        let dir = temporaryDirectory()
        let options = TrainerOptions(learner: "ana", environment: ["HOME": dir, "XDG_DATA_HOME": dir + "/data",
                                                                    "XDG_STATE_HOME": dir + "/state"])
        let out = CapturedOutput()
        let lines = answers.flatMap { ["next", $0] } + ["next", "quit"]
        _ = Trainer.run(curriculum: course, options: options, input: ScriptedInput(lines, echoTo: out), output: out)
        let flat = out.text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Module 1 of \(course.modules.count) finished: \(first.title). All \(first.scenarioIDs.count) scenarios solved"),
                "\(out.text.suffix(3000))")
        #expect(flat.contains("Next: module 2, \(second.title): 'next' opens its lesson and first scenario."))
        #expect(flat.contains("Module 2 of \(course.modules.count) begins: \(second.title)."))
        #expect(out.text.contains("Lesson 2 of \(course.modules.count)\n\(second.title)"))
        #expect(!flat.contains("You leave module 1"))
    }
}

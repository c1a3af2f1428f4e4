import Foundation
import Testing
import TestScratch

/// Runs the real `marcoach` binary on a scratch course: the authoring commands an educator uses.
@Suite struct AuthoringCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    static var binary: String? {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("marcoach"),
                          Bundle.main.bundleURL.appendingPathComponent("marcoach"),
                          root.appendingPathComponent(".build/debug/marcoach")]
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    static func run(_ args: [String], in cwd: String, input: String = "") throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(binary))
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.environment = ["HOME": cwd, "XDG_DATA_HOME": cwd + "/data", "XDG_STATE_HOME": cwd + "/state", "NO_COLOR": "1",
                         "COLUMNS": "80", "TERM": "dumb"]
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        inp.fileHandleForWriting.write(Data(input.utf8))
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// A copy of the shipped Curriculum with an empty Scenarios folder, in a fresh folder.
    static func course() throws -> String {
        let dir = Scratch.path("authoring")
        try FileManager.default.createDirectory(atPath: dir + "/Scenarios", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Curriculum").path, toPath: dir + "/Curriculum")
        return dir
    }

    static let ondansetron = """
        id: m01-story-check
        title: Story check
        story: |
          A patient with vomiting gets ondansetron.
        encounter:
          timeline:
            - 01/04 20:55 ED arrival
            - 01/05 02:00 Discharge
        mar:
          - med: ondansetron 4 mg/2 mL injection
            route: IV push
            entries:
              - 01/04 21:05 Given
        key:
          codes: [96374]
          rationale: The only service.
        hints: [How many pushes?]

        """

    @Test func showPrintsWhatLearnersSeeAndNoAnswer() throws {
        let dir = try Self.course()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/Scenarios/01-reading-the-mar/m01-story-check.yaml"
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Self.ondansetron.write(toFile: file, atomically: true, encoding: .utf8)
        // Run from elsewhere: the formulary (ondansetron has no `class:` here) is found by walking up from the file.
        let r = try Self.run(["show", file, "--width", "80"], in: NSTemporaryDirectory())
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.isEmpty)
        for shown in ["Story check", "A patient with vomiting gets ondansetron.", "ED arrival", "01/04 21:05  Given"] {
            #expect(r.out.contains(shown), "\(shown)")
        }
        #expect(!r.out.contains("96374") && !r.out.contains("The only service"))
    }

    @Test func showRefusesABrokenFileWithItsErrors() throws {
        let dir = try Self.course()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/Scenarios/broken.yaml"
        try Self.ondansetron.replacingOccurrences(of: "      - 01/04 21:05 Given", with: "      - 01/04 21:05 Given\n        - 01/04 21:06 Canceled Entry")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try Self.run(["show", file], in: dir)
        #expect(r.status == 2)
        #expect(r.err.contains("broken.yaml:14:9: this line ('- 01/04 21:06 Canceled Entry') is indented under the entry on line 13"))
        #expect(r.out.isEmpty)
    }

    @Test func oneFileValidationFindsADuplicateIDInTheCourse() throws {
        let dir = try Self.course()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for module in ["01-reading-the-mar", "13-mixed-review"] {
            try FileManager.default.createDirectory(atPath: dir + "/Scenarios/" + module, withIntermediateDirectories: true)
        }
        try Self.ondansetron.write(toFile: dir + "/Scenarios/01-reading-the-mar/m01-story-check.yaml", atomically: true, encoding: .utf8)
        try Self.ondansetron.write(toFile: dir + "/Scenarios/13-mixed-review/variant.yaml", atomically: true, encoding: .utf8)
        for target in ["Scenarios/13-mixed-review/variant.yaml", "Scenarios/13-mixed-review"] {
            let r = try Self.run(["validate", target], in: dir)
            #expect(r.status == 1)
            #expect(r.out.contains("Scenarios/13-mixed-review/variant.yaml:1:5: duplicate scenario id 'm01-story-check': "), "\(r.out)")
            #expect(r.out.contains("ids are unique across the course: change `id:`"))
        }
    }

    @Test func minimalSkeletonValidatesAndOutsideACourseSaysWhereItWrote() throws {
        let dir = try Self.course()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let made = try Self.run(["new-scenario", "m02-short", "--minimal", "--module", "02-push-vs-infusion"], in: dir)
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out.hasPrefix("Wrote Scenarios/02-push-vs-infusion/m02-short.yaml\n"))
        #expect(!made.out.contains("docs/"))
        let checked = try Self.run(["validate", "Scenarios/02-push-vs-infusion/m02-short.yaml"], in: dir)
        #expect(checked.out == "1 scenario checked: no errors\n", "\(checked.out)")

        let loose = FileManager.default.temporaryDirectory.appendingPathComponent("loose-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: loose, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: loose) }
        let outside = try Self.run(["new-scenario", "draft-one", "--minimal"], in: loose)
        #expect(outside.status == 0)
        #expect(outside.out.contains("No course folder (one holding Curriculum/ and Scenarios/) was found here or above"))
    }

    @Test func noCurriculumIsSaidInOneLine() throws {
        let loose = FileManager.default.temporaryDirectory.appendingPathComponent("loose-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: loose, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: loose) }
        try Self.ondansetron.write(toFile: loose + "/m01-story-check.yaml", atomically: true, encoding: .utf8)
        let r = try Self.run(["validate", "m01-story-check.yaml"], in: loose)
        #expect(r.err.hasPrefix("note: no Curriculum/ folder found in "))
        #expect(r.err.split(separator: "\n").count == 1)
        #expect(r.out.contains("class is required: 'ondansetron' is not in the formulary"))
    }

    /// A file kept outside the course, checked or coded from the course folder, is read with that course's formulary
    /// (the folder above the file first, then the current one: `--curriculum`'s help).
    @Test func aFileOutsideTheCourseUsesTheCourseItIsRunFrom() throws {
        let dir = try Self.course()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let loose = FileManager.default.temporaryDirectory.appendingPathComponent("loose-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: loose, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: loose) }
        try Self.ondansetron.write(toFile: loose + "/m01-story-check.yaml", atomically: true, encoding: .utf8)
        let checked = try Self.run(["validate", loose + "/m01-story-check.yaml"], in: dir)
        #expect(checked.err.isEmpty, "\(checked.err)")
        #expect(!checked.out.contains("class is required"), "\(checked.out)")
        let coded = try Self.run(["code", "--format", "json", loose + "/m01-story-check.yaml"], in: dir)
        #expect(coded.status == 0 && coded.err.isEmpty, "\(coded.err)")
        #expect(coded.out.contains("\"96374\""), "\(coded.out)")
    }

    @Test func theTrainerSaysWhenAScenarioDidNotLoad() throws {
        let dir = try Self.course()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/Scenarios/01-reading-the-mar", withIntermediateDirectories: true)
        try Self.ondansetron.write(toFile: dir + "/Scenarios/01-reading-the-mar/m01-story-check.yaml", atomically: true, encoding: .utf8)
        try Self.ondansetron.replacingOccurrences(of: "Given", with: "Givn")
            .write(toFile: dir + "/Scenarios/01-reading-the-mar/typo.yaml", atomically: true, encoding: .utf8)
        let r = try Self.run(["practice", "--learner", "ana"], in: dir, input: "quit\n")
        // Named relative to where the trainer was started, as `validate` names it.
        #expect(r.err.contains("1 scenario did not load (Scenarios/01-reading-the-mar/typo.yaml): run `marcoach validate` "
                               + "(learners cannot see it until it loads)"), "\(r.err)")
        let v = try Self.run(["validate"], in: dir)
        #expect(v.out.contains("\nScenarios/01-reading-the-mar/typo.yaml:") || v.out.hasPrefix("Scenarios/01-reading-the-mar/typo.yaml:"),
                "the whole-course run names files as a folder run does: \(v.out)")
    }
}

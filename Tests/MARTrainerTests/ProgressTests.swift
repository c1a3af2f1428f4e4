import Foundation
import Testing
import TestScratch
import MARCore
@testable import MARTrainer

func temporaryDirectory() -> String {
    Scratch.folder("home")
}

func attempt(_ scenario: String = "s1", at: String = "2026-11-23T10:02:11Z", score: Double = 1,
             misses: [Attempt.Miss] = [], rules: [String] = ["HIER-FACILITY"], gaveUp: Bool = false) -> Attempt {
    Attempt(learner: "ana", scenario: scenario, mode: .practice, at: at, answer: "96365", score: score, hints: 0,
            seconds: 12, discrepancies: misses, rules: rules, gaveUp: gaveUp)
}

@Suite struct ProgressStoreTests {
    @Test func paths() {
        let env = ["HOME": "/home/ana", "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state"]
        #expect(DataPaths.attemptsFile(learner: "ana", environment: env) == "/data/marcoach/ana/attempts.jsonl")
        #expect(DataPaths.historyFile(environment: env) == "/state/marcoach/history")
        #expect(DataPaths.attemptsFile(learner: "ana", environment: ["HOME": "/home/ana"])
                == "/home/ana/.local/share/marcoach/ana/attempts.jsonl")
        #expect(DataPaths.historyFile(environment: ["HOME": "/h"]) == "/h/.local/state/marcoach/history")
        #expect(DataPaths.sanitise(learner: "../../etc/passwd") == "_.._etc_passwd")
        #expect(DataPaths.sanitise(learner: "Ana María") == "Ana_Mar_a")
        #expect(DataPaths.sanitise(learner: "  ") == "learner")
    }

    @Test func roundTrip() throws {
        let store = ProgressStore(learner: "ana", path: temporaryDirectory() + "/ana/attempts.jsonl")
        let a = attempt(misses: [.init(kind: "extra", code: "96374", rules: ["HIER-FACILITY"])])
        let b = attempt("s2", score: 0.5, gaveUp: true)
        try store.append(a)
        try store.append(b)
        let (loaded, warnings) = store.load()
        #expect(loaded == [a, b])
        #expect(warnings.isEmpty)
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text.contains("\"gave_up\":true"))
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test func damagedLinesAreSkippedAndNeverRewritten() throws {
        let path = temporaryDirectory() + "/attempts.jsonl"
        let store = ProgressStore(learner: "ana", path: path)
        try store.append(attempt("s1"))
        // A garbage line, then a good one, then a torn last line.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("not json at all\n".utf8))
        handle.closeFile()
        try store.append(attempt("s2"))
        let torn = Data("{\"learner\":\"ana\",\"scenario\":\"s3\",\"mo".utf8)
        let h2 = try #require(FileHandle(forWritingAtPath: path))
        h2.seekToEndOfFile()
        h2.write(torn)
        h2.closeFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let (loaded, warnings) = store.load()
        #expect(loaded.map(\.scenario) == ["s1", "s2"])
        #expect(warnings == ["\(path):2: damaged line skipped", "\(path):4: damaged line skipped"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        // Appending after a torn line starts a fresh line: the new attempt is intact.
        try store.append(attempt("s4"))
        let (again, warnings2) = store.load()
        #expect(again.map(\.scenario) == ["s1", "s2", "s4"])
        #expect(warnings2.count == 2)
    }

    @Test func concurrentAppendersLoseNothing() async throws {
        let path = temporaryDirectory() + "/attempts.jsonl"
        let perWriter = 200
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    // Each append opens its own file descriptor.
                    let store = ProgressStore(learner: "ana", path: path)
                    for i in 0..<perWriter {
                        try? store.append(attempt("w\(writer)-\(i)", rules: Array(repeating: "PAD-RULE-TO-MAKE-LINES-LONG", count: 40)))
                    }
                }
            }
        }
        let (loaded, warnings) = ProgressStore(learner: "ana", path: path).load()
        #expect(warnings.isEmpty)
        #expect(loaded.count == 2 * perWriter)
        #expect(Set(loaded.map(\.scenario)).count == 2 * perWriter)
    }

    @Test func reportShape() throws {
        let attempts = [attempt(misses: [.init(kind: "extra", code: "96374", rules: ["HIER-FACILITY"])],
                                rules: ["HIER-FACILITY", "INF-MIN-16"])]
        let json = ProgressReport(learner: "ana", attempts: attempts, warnings: ["x:1: damaged line skipped"]).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["learner", "attempts", "rules", "warnings"])
        let a = try #require((object["attempts"] as? [[String: Any]])?.first)
        #expect(Set(a.keys) == ["scenario", "mode", "at", "answer", "score", "hints", "seconds", "discrepancies"])
        let d = try #require((a["discrepancies"] as? [[String: Any]])?.first)
        #expect(Set(d.keys) == ["kind", "code", "rules"])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.map { $0["rule"] as? String } == ["HIER-FACILITY", "INF-MIN-16"])
        #expect(Set(rules[0].keys) == ["rule", "seen", "right", "due"])
        #expect(rules[0]["right"] as? Int == 0)
        #expect(rules[0]["due"] as? String == "2026-11-23")
        #expect(rules[1]["right"] as? Int == 1)
        #expect(rules[1]["due"] as? String == "2026-11-25")
    }
}

@Suite struct Mastery {
    let day = CalendarDate(year: 2026, month: 11, day: 23)

    @Test func leitnerTransitions() {
        var s = Leitner()
        #expect(s.box == 1 && s.due == nil)
        s = s.after(right: true, on: day)
        #expect(s.box == 2 && s.due?.iso == "2026-11-25")
        s = s.after(right: true, on: day)
        #expect(s.box == 3 && s.due?.iso == "2026-11-27")
        s = s.after(right: true, on: day)
        #expect(s.box == 4 && s.due?.iso == "2026-12-01")
        s = s.after(right: true, on: day)
        #expect(s.box == 5 && s.due?.iso == "2026-12-09")
        s = s.after(right: true, on: day)
        #expect(s.box == 5 && s.due?.iso == "2026-12-09")
        s = s.after(right: false, on: day)
        // A miss comes straight back: due the same day.
        #expect(s.box == 1 && s.due?.iso == "2026-11-23")
        #expect(s.isDue(on: day))
        #expect(!s.isDue(on: CalendarDate(year: 2026, month: 11, day: 22)))
    }

    @Test func seenRightAndStatus() {
        let miss = Attempt.Miss(kind: "extra", code: "96374", rules: ["HIER-FACILITY"])
        let state = LearnerState(attempts: [
            attempt("s1", at: "2026-11-20T09:00:00Z", score: 0.5, misses: [miss], rules: ["HIER-FACILITY", "INF-MIN-16"]),
            attempt("s1", at: "2026-11-21T09:00:00Z", score: 1, rules: ["HIER-FACILITY", "INF-MIN-16"]),
            attempt("s2", at: "2026-11-22T09:00:00Z", score: 0, rules: ["REPEAT-PUSH-30"], gaveUp: true),
        ])
        let m = Dictionary(uniqueKeysWithValues: state.mastery.map { ($0.rule, $0) })
        #expect(m["HIER-FACILITY"]?.seen == 2)
        #expect(m["HIER-FACILITY"]?.right == 1)
        #expect(m["HIER-FACILITY"]?.schedule.box == 2)
        #expect(m["HIER-FACILITY"]?.schedule.due?.iso == "2026-11-23")
        #expect(m["INF-MIN-16"]?.right == 2)
        #expect(m["INF-MIN-16"]?.schedule.box == 3)
        #expect(m["REPEAT-PUSH-30"]?.right == 0)
        #expect(state.status(of: "s1") == .solved)
        #expect(state.status(of: "s2") == .attempted)
        #expect(state.status(of: "s3") == .new)
        #expect(state.bestScore(of: "s1") == 1)
        #expect(state.bestScore(of: "s2") == 0)
    }
}

@Suite struct ProgressCommandTests {
    @Test func jsonAndText() throws {
        let dir = temporaryDirectory()
        let env = ["HOME": dir, "XDG_DATA_HOME": dir + "/data"]
        try ProgressStore(learner: "ana", environment: env).append(attempt())
        let json = Trainer.progressReport(learner: "ana", environment: env, json: true)
        #expect(json.hasPrefix("{") && json.contains("\"learner\": \"ana\"") && !json.contains("\n"))
        let text = Trainer.progressReport(learner: "ana", environment: env, json: false,
                                          now: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(text.contains("HIER-FACILITY"))
        #expect(text.contains("1 attempt on 1 scenario; 1 solved; 0 hints used."))
    }
}

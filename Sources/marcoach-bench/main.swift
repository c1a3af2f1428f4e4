// Benchmarks for MARCoach (not tests): `swift run -c release marcoach-bench [--repo DIR]`.
// Prints one line per figure; Benchmarks/README.md records them with the targets.
import Dispatch
import Foundation
import MARCore
import MARImport
import MARScenarios
import MARTrainer

let args = CommandLine.arguments
let repo = args.firstIndex(of: "--repo").map { args[$0 + 1] } ?? FileManager.default.currentDirectoryPath
let curriculumDir = repo + "/Curriculum", scenariosDir = repo + "/Scenarios"

func seconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

func report(_ name: String, _ value: Double, unit: String, target: String) {
    let shown = unit == "s" ? String(format: "%.3f", value) : String(format: "%.1f", value)
    print("\(name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(shown) \(unit)   (target \(target))")
}

let library = Library.load(curriculumDirectory: curriculumDir, scenariosDirectory: scenariosDir)
guard !library.scenarios.isEmpty else {
    print("no scenarios under \(scenariosDir): run from the repository root or pass --repo DIR")
    exit(2)
}
let bank = library.scenarios.map(\.scenario)

// 1. Engine: mean time to code one shipped scenario, and one 30-row MAR.
let rounds = 200
let engineAll = seconds { for _ in 0..<rounds { for s in bank { _ = Engine.decide(s) } } }
report("engine, mean per shipped scenario, decisions", engineAll / Double(rounds * bank.count) * 1e6, unit: "µs", target: "< 50 µs")

var rows = ""
for i in 0..<30 {
    let h = 8 + i / 4, m = (i % 4) * 15
    let t = String(format: "01/04 %02d:%02d", h, m), stop = String(format: "01/04 %02d:%02d", h, m + 12)
    switch i % 3 {
    case 0: rows += "  - {med: ondansetron 4 mg, drug: ondansetron, class: therapeutic, route: IV push, entries: ['\(t) Given']}\n"
    case 1: rows += "  - {med: drug\(i) IVPB, drug: drug\(i), class: therapeutic, route: IV piggyback, entries: ['\(t) New Bag', '\(stop) Rate Verify', '\(String(format: "01/04 %02d:%02d", h + 1, m)) Stopped']}\n"
    default: rows += "  - {med: acetaminophen 650 mg, drug: acetaminophen, class: therapeutic, route: PO, entries: ['\(t) Given', '\(stop) Held']}\n"
    }
}
let thirty = """
    title: thirty rows
    encounter: {timeline: [01/04 07:00 ED arrival, 01/04 23:00 Discharge]}
    mar:
    \(rows)
    """
if let s = ScenarioLoader.load(text: thirty, path: "thirty.yaml").scenario {
    if args.contains("--profile-engine") { for _ in 0..<20_000 { _ = Engine.decide(s) }; exit(0) }
    let n = 2000
    let t = seconds { for _ in 0..<n { _ = Engine.decide(s) } }
    report("engine, one 30-row scenario, decisions", t / Double(n) * 1e6, unit: "µs", target: "< 50 µs")
    let te = seconds { for _ in 0..<n { _ = Engine.code(s) } }
    report("engine, one 30-row scenario, with explanations", te / Double(n) * 1e6, unit: "µs", target: "(feedback < 20 ms)")
}

// 2. 1,000 scenario files: load and validate (keys against the engine), in process.
let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-bench-\(getpid())")
try? FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
var paths: [String] = []
for i in 0..<1000 {
    let file = library.scenarios[i % library.scenarios.count]
    var text = (try? String(contentsOfFile: file.path, encoding: .utf8)) ?? ""
    text = text.replacingOccurrences(of: "id: \(file.scenario.id)", with: "id: \(file.scenario.id)-\(i)")
    let p = tmp.appendingPathComponent("s\(i).yaml").path
    try? text.write(toFile: p, atomically: false, encoding: .utf8)
    paths.append(p)
}
let context = LoadContext(formulary: library.formulary, profiles: library.profiles)
var loaded: [ScenarioFile] = []
let loadTime = seconds { loaded = Library.loadScenarios(in: tmp.path, context: context).0 }
report("load 1,000 scenario files", loadTime, unit: "s", target: "< 2 s")
let validateTime = seconds {
    for f in loaded { if let key = f.scenario.key { _ = Scorer.assess(key.codes, against: Engine.decide(f.scenario)) } }
}
report("load + validate 1,000 scenario files", loadTime + validateTime, unit: "s", target: "< 2 s")

// 3. The real executable: `marcoach code` on 1,000 files, and start-to-prompt of the REPL.
let bin = URL(fileURLWithPath: args[0]).deletingLastPathComponent().appendingPathComponent("marcoach").path
func run(_ arguments: [String], input: String = "") -> Double {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: bin)
    p.arguments = arguments
    p.currentDirectoryURL = URL(fileURLWithPath: repo)
    var env = ProcessInfo.processInfo.environment
    env["XDG_DATA_HOME"] = tmp.appendingPathComponent("data").path
    env["XDG_STATE_HOME"] = tmp.appendingPathComponent("state").path
    p.environment = env
    let inPipe = Pipe()
    p.standardInput = inPipe
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    return seconds {
        try? p.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try? inPipe.fileHandleForWriting.close()
        p.waitUntilExit()
    }
}
if FileManager.default.isExecutableFile(atPath: bin) {
    let codeTimes = (0..<3).map { _ in run(["code", "--format", "json"] + paths) }
    report("marcoach code, 1,000 files, one process (best of 3)", codeTimes.min()!, unit: "s", target: "< 0.2 s")
    let startTimes = (0..<5).map { _ in run(["practice", "--learner", "bench"], input: "quit\n") }
    report("REPL start to prompt and quit, whole curriculum (best of 5)", startTimes.min()!, unit: "s", target: "< 150 ms")
} else {
    print("(build the marcoach executable in the same configuration to time the process figures)")
}

// 4. Answer to feedback: engine + scorer + feedback screen for the longest shipped scenario.
if let longest = bank.max(by: { $0.mar.count < $1.mar.count }) {
    let answer = (try? AnswerParser.parse("96374 96365 96375x2 96361")) ?? Answer()
    let n = 500
    let t = seconds {
        for _ in 0..<n {
            let a = Scorer.assess(answer, against: Engine.code(longest))
            _ = Screen.feedback(a, scenario: longest, width: 100, style: .plain)
        }
    }
    report("answer to feedback, \(longest.mar.count)-row scenario", t / Double(n) * 1e3, unit: "ms", target: "< 20 ms")
}
// 5. Import a MAR export of 1,000 charted actions (100 orders × 10 actions), and write its scenario file.
var csv = "MRN,Order ID,Medication,Class,Route,Action,Time,Rate,Comment\r\n"
for order in 0..<100 {
    let med = order % 2 == 0 ? "\"drug\(order), 100 mg in sodium chloride 0.9 % 100 mL\"" : "ondansetron 4 mg/2 mL injection"
    let route = order % 2 == 0 ? "IV piggyback" : "IV push"
    for k in 0..<10 {
        let minute = order * 10 + k
        let time = String(format: "01/04/2026 %02d:%02d", minute / 60, minute % 60)
        let action = order % 2 == 0 ? ["New Bag", "Rate Verify", "Paused", "Restarted", "Stopped"][k % 5] : "Given"
        csv += "12345,\(order),\(med),therapeutic,\(route),\(action),\(time),\(order % 2 == 0 && k % 5 == 0 ? "100 mL/hr" : ""),note \(k)\r\n"
    }
}
let encounter = TimelineImport.read(events: ["01/04/2026 00:00 ED arrival", "01/05/2026 08:00 Discharge"]).events
let importContext = LoadContext(formulary: library.formulary, profiles: library.profiles)
let importRounds = 20
var imported: ImportResult?
let importTime = seconds {
    for _ in 0..<importRounds {
        imported = MARImporter.importMAR(text: csv, path: "bench.csv", timeline: encounter, context: importContext)
    }
}
if let imported, imported.scenario != nil {
    report("import a MAR export of 1,000 actions", importTime / Double(importRounds), unit: "s", target: "well under 1 s")
    let writeTime = seconds { for _ in 0..<importRounds { _ = ImportedScenarioText.render(imported, source: "bench.csv", timeline: nil, context: importContext) } }
    report("  … and write + reload its scenario file", (importTime + writeTime) / Double(importRounds), unit: "s", target: "well under 1 s")
} else {
    print("import bench: the generated export did not import: \(imported?.diagnostics.prefix(3).map(\.description) ?? [])")
}

try? FileManager.default.removeItem(at: tmp)

// Benchmarks for MARCoach (not tests): `swift build -c release --static-swift-stdlib && .build/release/marcoach-bench
// [--repo DIR]` (`swift run` takes no `--static-swift-stdlib`: it would rebuild both linked to the shared libraries).
// Every figure is the median of several runs with its spread (min–max); process figures are whole
// processes of the release `marcoach`, interleaved so that load on the shared machine hits them alike.
import Dispatch
import Foundation
import MARCore
import MARGenerator
import MARImport
import MARScenarios
import MARTrainer

/// Prints at once (standard output to a file is otherwise written only at exit).
func print(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let args = CommandLine.arguments
let repo = args.firstIndex(of: "--repo").map { args[$0 + 1] } ?? FileManager.default.currentDirectoryPath
let runs = max(5, args.firstIndex(of: "--runs").flatMap { Int(args[$0 + 1]) } ?? 5)
let curriculumDir = repo + "/Curriculum", scenariosDir = repo + "/Scenarios"
/// `--only engine|loader|process|feedback|import`: one group of figures (for quick comparisons while working).
let only = args.firstIndex(of: "--only").map { args[$0 + 1] }
func wanted(_ group: String) -> Bool { only == nil || only == group }
var sink = 0

func seconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

/// Median and spread of `samples` scaled by `scale`, printed with the target.
func report(_ name: String, _ samples: [Double], scale: Double, unit: String, target: String) {
    let s = samples.map { $0 * scale }.sorted()
    let median = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    let digits = unit == "s" ? "%.3f" : (unit == "MiB" ? "%.0f" : "%.1f")
    let shown = String(format: digits, median), low = String(format: digits, s.first!), high = String(format: digits, s.last!)
    print("\(name.padding(toLength: 50, withPad: " ", startingAt: 0)) \(shown) \(unit)  [\(low)–\(high), n=\(s.count)]  target \(target)")
}

let library = Library.load(curriculumDirectory: curriculumDir, scenariosDirectory: scenariosDir)
guard !library.scenarios.isEmpty else {
    print("no scenarios under \(scenariosDir): run from the repository root or pass --repo DIR")
    exit(2)
}
let bank = library.scenarios.map(\.scenario)
// `--dump-engine [FILE ...]`: every decision of every shipped scenario and of FILEs (explained, then decisions
// only), for comparing two builds of the engine byte for byte. Not a benchmark.
if let i = args.firstIndex(of: "--dump-engine") {
    let dumpContext = LoadContext(formulary: library.formulary, profiles: library.profiles)
    let extra = args.dropFirst(i + 1).compactMap { ScenarioLoader.load(path: $0, context: dumpContext).scenario }
    for s in bank + extra {
        print(EngineDump.text(Engine.code(s)))
        print(EngineDump.text(Engine.decide(s)))
    }
    exit(0)
}
// `--dump-model FILE ...`: every loaded model and diagnostic of the shipped files and FILEs, for comparing two
// builds of the loader byte for byte. Not a benchmark.
if let i = args.firstIndex(of: "--dump-model") {
    let dumpContext = LoadContext(formulary: library.formulary, profiles: library.profiles)
    for path in library.scenarios.map(\.path) + args.dropFirst(i + 1) {
        let result = ScenarioLoader.load(path: path, context: dumpContext)
        var text = ""
        dump(result.scenario, to: &text)
        print(path, result.idLocation, result.diagnostics.map { "\($0)" }, text, separator: "\n")
    }
    exit(0)
}
// `--synthetic-text ROWS`: the synthetic scenario the engine figures use, as a file's text. Not a benchmark.
if let i = args.firstIndex(of: "--synthetic-text") {
    print(SyntheticMAR.scenarioText(rows: args.dropFirst(i + 1).first.flatMap { Int($0) } ?? 30), terminator: "")
    exit(0)
}
// `--profile-load [N]`: load every shipped file N times (10 by default), for callgrind. Not a benchmark.
if let i = args.firstIndex(of: "--profile-load") {
    let n = args.dropFirst(i + 1).first.flatMap { Int($0) } ?? 10
    let loadContext = LoadContext(formulary: library.formulary, profiles: library.profiles)
    for _ in 0..<n { for entry in library.scenarios { _ = ScenarioLoader.load(path: entry.path, context: loadContext) } }
    exit(0)
}
if args.contains("--profile-code") { for _ in 0..<300 { for s in bank { _ = Engine.code(s) } }; exit(0) }
print("marcoach-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(runs) runs per figure, median [min–max]")
// The release build links the Swift libraries into each executable (`--static-swift-stdlib`); a build without it
// loads them as shared libraries and is slower (Benchmarks/README.md, "Linking"). Say which was measured.
/// "static" when the executable at `path` names no shared Swift runtime, "shared" when it does. Read a piece at a
/// time: the static executable is large, and reading it whole would show in this process's (and so its children's)
/// peak memory.
func swiftLibraries(ofExecutable path: String) -> String {
    guard let file = FileHandle(forReadingAtPath: path) else { return "not found" }
    defer { try? file.close() }
    let name = Data("libswiftCore.so".utf8)
    var tail = Data()
    while let piece = try? file.read(upToCount: 1 << 20), !piece.isEmpty {
        let window = tail + piece
        if window.range(of: name) != nil { return "shared" }
        tail = window.suffix(name.count - 1)
    }
    return "static"
}
let benchLibraries = ((try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? "").contains("libswiftCore.so")
    ? "shared" : "static"
let marcoachLibraries = swiftLibraries(ofExecutable: URL(fileURLWithPath: args[0]).deletingLastPathComponent()
                                         .appendingPathComponent("marcoach").path)
print("Swift libraries: \(benchLibraries) in marcoach-bench, \(marcoachLibraries) in marcoach"
      + (benchLibraries == "static" && marcoachLibraries == "static" ? "" : " (the release build is `swift build -c release --static-swift-stdlib`)"))

// 1. Engine: one shipped scenario on average, and one 30-row MAR (and 300 rows, for growth).

func perCall(_ n: Int, _ body: () -> Void) -> [Double] { (0..<runs).map { _ in seconds { for _ in 0..<n { body() } } / Double(n) } }

if wanted("engine") {
let perScenario = (0..<runs).map { _ in seconds { for s in bank { _ = Engine.decide(s) } } / Double(bank.count) }
report("engine, mean per shipped scenario, decisions", perScenario, scale: 1e6, unit: "µs", target: "(none)")
if let thirty = ScenarioLoader.load(text: SyntheticMAR.scenarioText(rows: 30), path: "thirty.yaml").scenario,
   let three = ScenarioLoader.load(text: SyntheticMAR.scenarioText(rows: 300), path: "three-hundred.yaml").scenario {
    // `--profile-engine [N] [explain] [300-rows]`: only N calls (20,000 by default) on the 30-row scenario (or the
    // 300-row one), for perf or callgrind.
    if let i = args.firstIndex(of: "--profile-engine") {
        let n = args.dropFirst(i + 1).first.flatMap { Int($0) } ?? 20_000
        let explain = args.contains("explain")
        let scenario = args.contains("300-rows") ? three : thirty
        for _ in 0..<n { _ = explain ? Engine.code(scenario) : Engine.decide(scenario) }
        exit(0)
    }
    // `--engine-fastest`: the fastest of 300 rounds of 100 calls (decisions, explanations), for comparing two builds
    // on a machine whose clock changes speed; not a figure to quote.
    if args.contains("--engine-fastest") {
        func fastest(_ body: () -> Void) -> Double { (0..<300).map { _ in seconds { for _ in 0..<100 { body() } } / 100 }.min()! * 1e6 }
        print(String(format: "fastest round: decisions %.1f µs, explanations %.1f µs",
                     fastest { _ = Engine.decide(thirty) }, fastest { _ = Engine.code(thirty) }))
        exit(0)
    }
    // Round by round: the machine's speed check, then each engine figure, so that a change of speed (this machine
    // has stretches at about half speed) shows in the check beside the figures it touched, and the 300 ÷ 30 ratios
    // compare calls made moments apart.
    var check: [Double] = [], d30: [Double] = [], e30: [Double] = [], d300: [Double] = [], e300: [Double] = []
    for _ in 0..<runs {
        check.append(seconds { sink &+= SpeedCheck.run() })
        d30.append(seconds { for _ in 0..<1000 { _ = Engine.decide(thirty) } } / 1000)
        e30.append(seconds { for _ in 0..<1000 { _ = Engine.code(thirty) } } / 1000)
        d300.append(seconds { for _ in 0..<50 { _ = Engine.decide(three) } } / 50)
        e300.append(seconds { for _ in 0..<50 { _ = Engine.code(three) } } / 50)
    }
    report("machine speed check (fixed work, not MARCoach)", check, scale: 1e6, unit: "µs",
           target: SpeedCheck.normal)
    report("engine, 30-row scenario, decisions", d30, scale: 1e6, unit: "µs", target: "≤ 20 µs")
    report("engine, 30-row scenario, every explanation", e30, scale: 1e6, unit: "µs", target: "≤ 50 µs")
    report("engine, 300-row scenario, decisions", d300, scale: 1e6, unit: "µs", target: "(for growth)")
    report("engine, 300 rows ÷ 30 rows (run by run)", zip(d300, d30).map { $0 / $1 }, scale: 1, unit: "×",
           target: "≤ 12×")
    // Explained runs grow too (every sentence, every firing recorded once): the same ratio with explanations.
    report("  the same with every explanation, ÷", zip(e300, e30).map { $0 / $1 }, scale: 1, unit: "×",
           target: "(for growth)")
} else {
    print("(the synthetic 30- and 300-row scenarios did not load)")
}
}

// 2. Loader and JSON writer, in process, per shipped file.
let paths = library.scenarios.map(\.path)
let context = LoadContext(formulary: library.formulary, profiles: library.profiles)
if wanted("loader") {
let loads = (0..<runs).map { _ in seconds { for p in paths { _ = ScenarioLoader.load(path: p, context: context) } } / Double(paths.count) }
report("load one shipped file (read, check, YAML, model)", loads, scale: 1e6, unit: "µs", target: "(≈ 106 µs reachable)")
let codings = bank.map { Engine.code($0) }
let trees = (0..<runs).map { _ in seconds { for c in codings { sink &+= CodingReport.json(c).rendered().utf8.count } } / Double(codings.count) }
report("JSON of one coding, tree then string", trees, scale: 1e6, unit: "µs", target: "(before)")
var writer = JSONBytes()
let direct = (0..<runs).map { _ in
    seconds { for c in codings { writer.removeAll(); CodingReport.writeJSON(c, into: &writer); sink &+= writer.count } } / Double(codings.count)
}
report("JSON of one coding, byte writer", direct, scale: 1e6, unit: "µs", target: "(≈ 31 µs reachable)")
}

// 3. The real executable, on folders of 1,000 and 10,000 files (copies of the shipped bank, ids renumbered).
let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-bench-\(getpid())")
func writeCopies(_ count: Int, into dir: URL) {
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let texts = library.scenarios.map { (($0.scenario.id), (try? String(contentsOfFile: $0.path, encoding: .utf8)) ?? "") }
    for i in 0..<count {
        let (id, text) = texts[i % texts.count]
        let renamed = text.replacingOccurrences(of: "id: \(id)", with: "id: \(id)-\(i)")
        try? renamed.write(to: dir.appendingPathComponent(String(format: "s%05d.yaml", i)), atomically: false, encoding: .utf8)
    }
}
let dir1k = tmp.appendingPathComponent("files-1000"), dir10k = tmp.appendingPathComponent("files-10000")
if wanted("process") {
    writeCopies(1000, into: dir1k)
    writeCopies(10_000, into: dir10k)
}
func list(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted().map { dir.appendingPathComponent($0).path }
}
let files1k = list(dir1k), files10k = list(dir10k)

let bin = URL(fileURLWithPath: args[0]).deletingLastPathComponent().appendingPathComponent("marcoach").path
let timeTool = "/usr/bin/time"

/// Wall time of one process; with `untilPrompt`, also the time until the REPL is ready for its first line (its
/// welcome reaches standard output). Started by Foundation's `Process` (its spawn cost included) for the pipes.
/// With `untilPrompt` the process's end is the end of its standard output (it closes it as it exits): Foundation's
/// `waitUntilExit` on Linux polls every 50 ms, which read a 20 ms start-to-quit as 66 ms until 2026-12-05.
func run(_ arguments: [String], input: String = "", untilPrompt: Bool = false) -> (seconds: Double, prompt: Double) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: bin)
    p.arguments = arguments
    p.currentDirectoryURL = URL(fileURLWithPath: repo)
    var env = ProcessInfo.processInfo.environment
    env["XDG_DATA_HOME"] = tmp.appendingPathComponent("data").path
    env["XDG_STATE_HOME"] = tmp.appendingPathComponent("state").path
    p.environment = env
    let inPipe = Pipe(), outPipe = Pipe()
    p.standardInput = inPipe
    p.standardOutput = untilPrompt ? outPipe : FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    var prompt = 0.0
    let t0 = DispatchTime.now().uptimeNanoseconds
    try? p.run()
    if untilPrompt {
        var seen = Data()
        // Piped, the REPL echoes its prompt only with the line read; the welcome's last words come just before.
        let mark = Data("'help' for the commands".utf8)
        while seen.range(of: mark) == nil {
            let chunk = outPipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        prompt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try? inPipe.fileHandleForWriting.close()
    var end: UInt64?
    if untilPrompt {
        _ = outPipe.fileHandleForReading.readDataToEndOfFile()
        end = DispatchTime.now().uptimeNanoseconds
    }
    p.waitUntilExit()
    return (Double((end ?? DispatchTime.now().uptimeNanoseconds) - t0) / 1e9, prompt)
}

/// Runs `argv` (its first word the program) with `posix_spawn`, its input and output /dev/null and the learner's
/// folders in the benchmark's temporary folder, and waits for it; false when it could not start. Not Foundation's
/// `Process`, whose per-spawn work (closing every possible descriptor) costs tens of milliseconds here.
func spawnAndWait(_ argv: [String]) -> Bool {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
    var env = ProcessInfo.processInfo.environment
    env["XDG_DATA_HOME"] = tmp.appendingPathComponent("data").path
    env["XDG_STATE_HOME"] = tmp.appendingPathComponent("state").path
    let args = argv.map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (args + envp).forEach { free($0) } }
    var pid = pid_t(), status: Int32 = 0
    guard posix_spawn(&pid, argv[0], &actions, nil, args, envp) == 0 else { return false }
    _ = waitpid(pid, &status, 0)
    return true
}

/// Wall time of one `marcoach` process, its output thrown away: what a shell sees.
func spawned(_ arguments: [String]) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    guard spawnAndWait([bin] + arguments) else { return 0 }
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

/// Peak resident memory (MiB) of one `marcoach` process, as GNU time reports it, or nil without /usr/bin/time.
/// Not a figure of `spawned`'s child: `posix_spawn` starts it in this process's memory until it executes, and
/// Linux then counts this process's own peak as the child's (`ru_maxrss` of a spawned child is at least the
/// parent's). GNU time is a small process that forks its child, so the figure is marcoach's own.
func peakMemory(_ arguments: [String]) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: timeTool) else { return nil }
    let out = tmp.appendingPathComponent("peak-kib.txt").path
    guard spawnAndWait([timeTool, "-f", "%M", "-o", out, bin] + arguments) else { return nil }
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { $0 / 1024 }
}

if !wanted("process") {
} else if FileManager.default.isExecutableFile(atPath: bin) {
    _ = FileManager.default.changeCurrentDirectoryPath(repo)
    var code1k: [Double] = [], code10k: [Double] = [], validate1k: [Double] = [], list10k: [Double] = []
    var start: [(seconds: Double, prompt: Double)] = []
    let listFile = tmp.appendingPathComponent("files-10000.txt")
    try? files10k.joined(separator: "\n").write(to: listFile, atomically: false, encoding: .utf8)
    for _ in 0..<runs {
        code1k.append(spawned(["code", "--format", "json"] + files1k))
        code10k.append(spawned(["code", "--format", "json"] + files10k))
        list10k.append(spawned(["code", "--format", "json", "--files-from", listFile.path]))
        validate1k.append(spawned(["validate", "--curriculum", curriculumDir, dir1k.path]))
        start.append(run(["practice", "--learner", "bench"], input: "quit\n", untilPrompt: true))
    }
    report("marcoach code --format json, 1,000 files", code1k, scale: 1, unit: "s", target: "≤ 0.25 s")
    report("marcoach code --format json, 10,000 files", code10k, scale: 1, unit: "s", target: "≤ 2.5 s")
    report("  the same, --files-from a list", list10k, scale: 1, unit: "s", target: "≤ 2.5 s")
    report("  10,000 ÷ 1,000 files (run by run)", zip(code10k, code1k).map { $0 / $1 }, scale: 1, unit: "×", target: "≈ 10× (linear)")
    // Memory through GNU time, in runs of their own (its fork and wait are not in the wall times above).
    let peaks1k = (0..<runs).compactMap { _ in peakMemory(["code", "--format", "json"] + files1k) }
    let peaks10k = (0..<runs).compactMap { _ in peakMemory(["code", "--format", "json"] + files10k) }
    if peaks1k.isEmpty || peaks10k.isEmpty {
        print("  peak memory: needs GNU time (/usr/bin/time); a spawned child's own figure includes this process's peak")
    } else {
        report("  peak memory, 1,000 files", peaks1k, scale: 1, unit: "MiB", target: "≤ 64 MiB")
        report("  peak memory, 10,000 files", peaks10k, scale: 1, unit: "MiB", target: "≤ 64 MiB")
    }
    report("marcoach validate, folder of 1,000 files", validate1k, scale: 1, unit: "s", target: "≤ 0.3 s")
    report("REPL start to first prompt, whole curriculum", start.map(\.prompt), scale: 1e3, unit: "ms", target: "≤ 60 ms")
    report("REPL start to prompt, then quit (whole process)", start.map(\.seconds), scale: 1e3, unit: "ms", target: "(for comparison)")
} else {
    print("(build the marcoach executable in the same configuration to time the process figures)")
}

// 4. Answer to feedback, as the trainer does it: engine, scorer, the search of the other policy options (every
// value of every §3.1 option, since the answer is wrong), and the feedback screen, for the longest shipped scenario.
if wanted("feedback"), let longest = bank.max(by: { $0.mar.count < $1.mar.count }) {
    let answer = (try? AnswerParser.parse("96374 96365 96375x2 96361")) ?? Answer()
    let t = perCall(100) {
        var a = Scorer.assess(answer, against: Engine.code(longest))
        if !a.perfect { a.alternative = Scorer.alternative(for: answer, scenario: longest) }
        _ = Screen.feedback(a, scenario: longest, width: 100, style: .plain)
    }
    report("answer to feedback, \(longest.mar.count)-row scenario", t, scale: 1e3, unit: "ms", target: "≤ 20 ms")
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
if wanted("import"), let imported = Optional(MARImporter.importMAR(text: csv, path: "bench.csv", timeline: encounter, context: importContext)),
   imported.scenario != nil {
    let importTimes = perCall(20) { _ = MARImporter.importMAR(text: csv, path: "bench.csv", timeline: encounter, context: importContext) }
    report("import a MAR export of 1,000 actions", importTimes, scale: 1, unit: "s", target: "well under 1 s")
    let writeTimes = perCall(20) { _ = ImportedScenarioText.render(imported, source: "bench.csv", timeline: nil, context: importContext) }
    report("  … and write + reload its scenario file", zip(importTimes, writeTimes).map { $0 + $1 }, scale: 1, unit: "s",
           target: "well under 1 s")
} else if wanted("import") {
    print("import bench: the generated export did not import")
}
if sink == 42 { print("") }
try? FileManager.default.removeItem(at: tmp)

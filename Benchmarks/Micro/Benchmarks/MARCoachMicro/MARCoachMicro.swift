// Micro-benchmarks of MARCoach's hot paths in process: the engine, the scenario loader and the JSON writer of
// `code --format json`. Run from Benchmarks/Micro: `swift package --disable-sandbox benchmark`.
// Every figure is per call (a sample is one call, or 1,000 of the fast JSON writer): wall clock, CPU time, mallocs.
import Benchmark
import Foundation
import MARCore
import MARGenerator
import MARScenarios
import MARTrainer

/// The repository root, found from this file (Benchmarks/Micro/Benchmarks/MARCoachMicro/MARCoachMicro.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A typical shipped scenario file (2.3 KB; the bank's median is about 2.9 KB).
let shippedScenario = "Scenarios/04-sequential/m04-sepsis-vancomycin-cefepime-acetaminophen.yaml"

/// Loads scenario text, stopping the run if it does not load cleanly (a benchmark of an error would read as fast).
func scenario(text: String, path: String, context: LoadContext = LoadContext()) -> Scenario {
    let result = ScenarioLoader.load(text: text, path: path, context: context)
    guard let s = result.scenario, !result.diagnostics.hasErrors else {
        fatalError("MARCoachMicro: \(path) did not load: \(result.diagnostics.map(\.description))")
    }
    return s
}

/// The process's CPU time in microseconds, rounded. Benchmark's own `cpuTotal` reads /proc/self/stat in 10 ms
/// ticks, far coarser than one call here; this clock is exact, so `cpuTime` is the CPU figure of every benchmark.
func cpuMicroseconds() -> Int {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return (t.tv_sec * 1_000_000_000 + t.tv_nsec + 500) / 1_000
}

/// CPU time of one call (shown in plain units: the automatic ones would turn large counts into thousands).
let cpuTime = BenchmarkMetric.custom("Time (CPU) (μs)")

/// Registers a benchmark of `body`, called once a sample (or `calls` times, the table still reading per call), its
/// CPU time recorded as `cpuTime` (the CPU clock is read outside the wall clock's measurement).
func perCall(_ name: String, calls: BenchmarkScalingFactor = .one, _ body: @escaping @Sendable () -> Void) {
    Benchmark(name, configuration: .init(scalingFactor: calls)) { benchmark in
        let start = cpuMicroseconds()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { body() }
        benchmark.stopMeasurement()
        benchmark.measurement(cpuTime, cpuMicroseconds() - start)
    }
}

let benchmarks: @Sendable () -> Void = {
    // Every figure is per call; samples of one call give thousands of samples in the 2 s of each benchmark.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, cpuTime, .mallocCountTotal],
        units: [cpuTime: .count],
        warmupIterations: 10,
        maxDuration: .seconds(2),
        maxIterations: 100_000
    )

    let thirty = scenario(text: SyntheticMAR.scenarioText(rows: 30), path: "thirty.yaml")
    let threeHundred = scenario(text: SyntheticMAR.scenarioText(rows: 300), path: "three-hundred.yaml")
    // The formulary and profiles of the course, as `marcoach code` loads them before any scenario.
    let setup = Library.loadSetup(curriculumDirectory: repositoryRoot.appendingPathComponent("Curriculum").path)
    let context = LoadContext(formulary: setup.formulary, profiles: setup.profiles)
    let shippedPath = repositoryRoot.appendingPathComponent(shippedScenario).path
    guard let shippedText = try? String(contentsOfFile: shippedPath, encoding: .utf8) else {
        fatalError("MARCoachMicro: cannot read \(shippedPath)")
    }
    let shippedCoding = Engine.code(scenario(text: shippedText, path: shippedPath, context: context))

    perCall("Engine.decide, 30 rows") { blackHole(Engine.decide(thirty)) }
    perCall("Engine.code, 30 rows (every explanation)") { blackHole(Engine.code(thirty)) }
    perCall("Engine.decide, 300 rows") { blackHole(Engine.decide(threeHundred)) }
    perCall("ScenarioLoader.load, one shipped file") {
        blackHole(ScenarioLoader.load(text: shippedText, path: shippedPath, context: context))
    }
    // As `code --format json` writes each scenario: a fresh writer, then its bytes. At about 20 µs a call, samples
    // of 1,000 calls keep the few µs of each sample's own bookkeeping out of the CPU figure.
    perCall("CodingReport.writeJSON, one shipped coding", calls: .kilo) {
        var out = JSONBytes()
        CodingReport.writeJSON(shippedCoding, into: &out)
        blackHole(out.bytes)
    }
}

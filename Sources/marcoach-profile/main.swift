import Foundation
import Dispatch
import MARCore
import MARScenarios
import MARTrainer
import Yams

func seconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}
let library = Library.load(curriculumDirectory: "Curriculum", scenariosDirectory: "Scenarios")
let paths = library.scenarios.map(\.path)
let texts = paths.map { try! String(contentsOfFile: $0, encoding: .utf8) }
let context = LoadContext(formulary: library.formulary, profiles: library.profiles)
let n = Double(paths.count)
let loops = Int(CommandLine.arguments.dropFirst().first ?? "3") ?? 3
if CommandLine.arguments.count > 2 { for _ in 0..<loops { for (t, p) in zip(texts, paths) { _ = ScenarioLoader.load(path: p, context: context) } }; exit(0) }
for _ in 0..<3 {
    let tRead = seconds { for p in paths { _ = try? String(contentsOfFile: p, encoding: .utf8) } } / n
    let tYams = seconds { for t in texts { _ = try? Parser(yaml: t, resolver: .basic, encoding: .utf8).singleRoot() } } / n
    let tLoadText = seconds { for (t, p) in zip(texts, paths) { _ = ScenarioLoader.load(text: t, path: p, context: context) } } / n
    let tLoadPath = seconds { for p in paths { _ = ScenarioLoader.load(path: p, context: context) } } / n
    let bank = library.scenarios.map(\.scenario)
    let tDecide = seconds { for s in bank { _ = Engine.decide(s) } } / n
    let tCode = seconds { for s in bank { _ = Engine.code(s) } } / n
    let codings = bank.map { Engine.code($0) }
    var w = JSONBytes()
    let tJSON = seconds { for c in codings { w.removeAll(); CodingReport.writeJSON(c, into: &w) } } / n
    print(String(format: "read %.0f  yams %.0f  loadText %.0f  loadPath %.0f  decide %.0f  code %.0f  json %.0f µs", tRead*1e6, tYams*1e6, tLoadText*1e6, tLoadPath*1e6, tDecide*1e6, tCode*1e6, tJSON*1e6))
}

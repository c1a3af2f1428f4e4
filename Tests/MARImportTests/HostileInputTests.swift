import Foundation
import MARCore
import MARImport
import MARScenarios
import Testing

/// The corpus files, damaged at random (characters deleted, duplicated or replaced by CSV's special
/// characters): an import never traps, and either gives a scenario or says why at a line of the file.
@Suite struct HostileInputTests {
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let specials: [Character] = [",", ";", "\t", "\"", "\n", "\r", " ", "/", ":", "9", "P"]

    @Test(arguments: CorpusTests.cases.map(\.folder))
    func damagedExportsAreReportedNeverTrapped(_ folder: String) throws {
        let text = try String(contentsOf: CorpusTests.corpus.appendingPathComponent(folder).appendingPathComponent("mar.csv"),
                              encoding: .utf8)
        let encounter = TimelineImport.read(events: ["01/01/2026 00:00 ED arrival", "12/31/2026 23:59 Discharge"]).events
        var r = Random(state: UInt64(folder.count))
        for _ in 0..<150 {
            var chars = Array(text)
            for _ in 0..<1 + r.next(4) where !chars.isEmpty {
                let i = r.next(chars.count)
                switch r.next(3) {
                case 0: chars.remove(at: i)
                case 1: chars.insert(chars[i], at: i)
                default: chars[i] = Self.specials[r.next(Self.specials.count)]
                }
            }
            let damaged = String(chars)
            let lines = damaged.reduce(into: 1) { n, c in if c == "\n" || c == "\r" || c == "\r\n" { n += 1 } }
            let result = MARImporter.importMAR(text: damaged, path: "m.csv", timeline: encounter, context: CorpusTests.context)
            #expect(result.scenario != nil || result.diagnostics.hasErrors, "\(damaged.debugDescription)")
            #expect(result.diagnostics.allSatisfy { (1...lines).contains($0.line) && $0.column >= 1 }, "\(damaged.debugDescription)")
        }
    }
}

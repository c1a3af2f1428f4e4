/// Scenario text with a long, regular MAR, for benchmarks of the loader and the engine (`marcoach-bench` and
/// Benchmarks/Micro time the same scenarios).
public enum SyntheticMAR {
    /// A scenario of `count` rows, 40 a day from 01/04: in turn an ondansetron push, a piggyback of a new drug
    /// (new bag, a rate check 12 minutes in, stopped at 25), and an oral dose given and then held. One ED visit
    /// spans them all.
    public static func scenarioText(rows count: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var rows = ""
        for i in 0..<count {
            let day = "01/" + two(4 + i / 40), slot = i % 40
            let h = slot / 2, m = (slot % 2) * 30
            func at(_ minute: Int) -> String { "\(day) \(two(h)):\(two(minute))" }
            switch i % 3 {
            case 0:
                rows += "  - {med: ondansetron 4 mg, drug: ondansetron, class: therapeutic, route: IV push, "
                    + "entries: ['\(at(m)) Given']}\n"
            case 1:
                rows += "  - {med: drug\(i) IVPB, drug: drug\(i), class: therapeutic, route: IV piggyback, "
                    + "entries: ['\(at(m)) New Bag', '\(at(m + 12)) Rate Verify', '\(at(m + 25)) Stopped']}\n"
            default:
                rows += "  - {med: acetaminophen 650 mg, drug: acetaminophen, class: therapeutic, route: PO, "
                    + "entries: ['\(at(m)) Given', '\(at(m + 12)) Held']}\n"
            }
        }
        let lastDay = "01/" + two(4 + (count - 1) / 40 + 1)
        return "title: \(count) rows\nencounter: {timeline: [01/03 23:00 ED arrival, \(lastDay) 23:00 Discharge]}\nmar:\n\(rows)"
    }
}

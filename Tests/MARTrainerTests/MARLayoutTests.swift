import Testing
import MARCore
@testable import MARTrainer

/// The MAR screen's row numbers and access lines.
@Suite struct MARLayoutTests {
    static func scenario(rows: Int, route: Route = .ivPush) -> Scenario {
        var s = Fixture.scenario
        let row = s.mar[0]
        s.mar = (0..<rows).map { i in
            var r = row
            r.index = i
            r.route = route
            return r
        }
        return s
    }

    static func rowLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.first?.isNumber == true }
    }

    @Test(arguments: [1, 9, 10, 12, 100])
    func rowNumbersStayAligned(rows: Int) {
        let text = Screen.mar(Self.scenario(rows: rows), width: 80, style: .plain)
        let numbered = Self.rowLines(text)
        #expect(numbered.count == rows)
        // Every medication name starts in the same column, with a space after the number.
        let columns = Set(numbered.map { line in line.distance(from: line.startIndex, to: line.firstIndex(of: "o")!) })
        #expect(columns.count == 1, "\(numbered.prefix(3)) … \(numbered.suffix(2))")
        #expect(numbered.allSatisfy { $0.contains(". ") })
        // The details under each row line up with the name.
        let width = columns.first!
        #expect(text.contains("\n" + String(repeating: " ", count: width) + "IV push · site A"))
    }

    @Test(arguments: [(Route.po, false), (.sl, false), (.nebulized, false), (.topical, false), (.ivPush, true), (.im, true),
                      (.subQ, true)])
    func aSiteOnlyWhereTheDrugGoesThroughIt(route: Route, shown: Bool) {
        let text = Screen.mar(Self.scenario(rows: 1, route: route), width: 100, style: .plain)
        #expect(text.contains("site A:") == shown, "\(text)")
    }

    @Test(arguments: [80, 100])
    func ruleCatalogTitlesShareOneColumn(width: Int) {
        let text = Screen.rules(RuleCatalog.all, width: width, style: .plain)
        let idLines = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLetter == true }
        let columns = Set(idLines.map { line -> Int in
            let afterID = line.dropFirst(2).drop { $0 != " " }
            return line.count - afterID.drop { $0 == " " }.count
        })
        #expect(idLines.count >= RuleCatalog.all.count - 5)
        #expect(columns.count == 1, "titles start at columns \(columns)")
    }
}

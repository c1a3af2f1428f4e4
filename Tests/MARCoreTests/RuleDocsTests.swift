import Foundation
import MARCore
import Testing

/// `docs/rules.md` is generated from the catalog. Run with `MARCOACH_WRITE_DOCS=1` to rewrite it;
/// otherwise the test fails while the file differs from what the catalog renders.
@Suite struct RuleDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    @Test func docsRulesMdIsUpToDate() throws {
        let url = Self.root.appendingPathComponent(RuleCatalog.docsPath)
        let rendered = RuleCatalog.render(RuleCatalog.all, format: .markdown)
        if ProcessInfo.processInfo.environment["MARCOACH_WRITE_DOCS"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let current = try? String(contentsOf: url, encoding: .utf8)
        #expect(current == rendered, "\(RuleCatalog.docsPath) is stale: run `MARCOACH_WRITE_DOCS=1 swift test --filter RuleDocsTests`")
    }

    @Test func textNamesEveryRuleWithItsExamples() {
        let text = RuleCatalog.render(RuleCatalog.all, format: .text)
        for rule in RuleCatalog.all {
            #expect(text.contains("\(rule.id) — \(rule.title)"))
        }
        let one = RuleCatalog.render([RuleCatalog.rule(.repeatPush30)!], format: .text)
        #expect(one.contains("Codes: 96374 96376"))
        #expect(one.contains("Policy option: repeatPushMinGap"))
    }
}

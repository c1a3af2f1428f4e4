@testable import MARCore
import Testing

/// An emission keeps its code's number beside the code (the engine reads family and mode by it): the number must
/// follow the code however the emission is made or changed, and stay out of its reflection.
@Suite struct EmissionNumberTests {
    @Test(arguments: [("96374", 96374), ("96360", 96360), ("36430", 36430), ("J1234", 0), ("9637", 0), ("963745", 0)])
    func madeFromItsCode(_ code: String, _ number: Int) {
        #expect(Emission(code: code, rules: [.pushMax15], reason: "").number == number)
    }

    @Test func followsTheCodeWhenItChanges() {
        var e = Emission(code: "96374", rules: [.pushMax15], reason: "")
        e.code = "96375"
        #expect(e.number == 96375)
        #expect(CPTCode.familyAndMode(e.number, code: e.code)! == CPTCode.familyAndMode("96375")!)
        e.code = "J1234"
        #expect(e.number == 0)
    }

    @Test func reflectsItsPublicFieldsOnly() {
        let labels = Mirror(reflecting: Emission(code: "96374", rules: [.pushMax15], reason: "")).children.map(\.label)
        #expect(labels == ["code", "units", "modifiers", "rules", "reasonSentence"])
    }
}

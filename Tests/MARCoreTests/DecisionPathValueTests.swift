@testable import MARCore
import Testing

/// `DecisionPath` keeps its not-a-service decision in a box, with equality, hashing and reflection written by
/// hand: they must still be those of its five steps.
@Suite struct DecisionPathValueTests {
    static let base = DecisionPath(notService: Decision(.service, .contrast, reason: "contrast for an imaging study"),
                                   family: .therapeuticIV, familyRule: .categoryFromData, mode: .push,
                                   modeRule: .pushMax15)

    @Test func equalWhenEveryStepIs() {
        let same = DecisionPath(notService: Decision(.service, .contrast, reason: "contrast for an " + "imaging study"),
                                family: .therapeuticIV, familyRule: .categoryFromData, mode: .push, modeRule: .pushMax15)
        #expect(same == Self.base)
        #expect(same.hashValue == Self.base.hashValue)
    }

    @Test(arguments: 0..<6) func unequalWhenAnyOneStepDiffers(_ step: Int) {
        var other = Self.base
        switch step {
        case 0: other.notService = nil
        case 1: other.notService = Decision(.service, .bundledProcedureSedation, reason: "contrast for an imaging study")
        case 2: other.family = .hydration
        case 3: other.familyRule = .hydCategory
        case 4: other.mode = .infusion
        default: other.modeRule = nil
        }
        #expect(other != Self.base)
    }

    @Test func aCopyChangedLeavesTheOriginal() {
        var copy = Self.base
        copy.notService?.rule = .flushExcluded
        #expect(copy.notService?.rule == .flushExcluded)
        #expect(Self.base.notService?.rule == .contrast)
    }

    @Test func reflectsItsStepsByName() {
        let labels = Mirror(reflecting: Self.base).children.map(\.label)
        #expect(labels == ["notService", "family", "familyRule", "mode", "modeRule"])
    }
}

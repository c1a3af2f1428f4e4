@testable import MARCore
import Testing

/// rules.md §1.1, boundary rows included (INITIAL-COVERS-90, ADDL-HOUR-31, HYD-SECONDARY-UNITS).
@Suite struct UnitFormulaTests {
    @Test(arguments: [
        (16, 0), (30, 0), (31, 0), (60, 0), (90, 0), (91, 1), (120, 1), (150, 1), (151, 2), (210, 2), (211, 3),
    ])
    func additionalHours(minutes: Int, units: Int) {
        #expect(Units.additionalHours(minutes) == units)
    }

    @Test(arguments: [
        (0, 0), (30, 0), (31, 1), (60, 1), (90, 1), (91, 2), (102, 2), (150, 2), (151, 3), (175, 3), (510, 8),
    ])
    func secondaryHydration(minutes: Int, units: Int) {
        #expect(Units.secondaryHydration(minutes) == units)
    }
}

@testable import MARCore
import Testing

/// `AdministrationRef`'s equality is written by hand (numbers before names, for speed): it must still be the
/// equality of every field, and agree with hashing.
@Suite struct AdministrationRefTests {
    static let base = AdministrationRef(med: "ondansetron 4 mg", row: 3, start: Instant(minutes: 600),
                                        stop: Instant(minutes: 615), chartedMinutes: 15, minutes: 15)

    @Test func equalWhenEveryFieldIs() {
        let same = AdministrationRef(med: "ondansetron " + "4 mg", row: 3, start: Instant(minutes: 600),
                                     stop: Instant(minutes: 615), chartedMinutes: 15, minutes: 15)
        #expect(same == Self.base)
        #expect(same.hashValue == Self.base.hashValue)
    }

    @Test(arguments: 0..<6) func unequalWhenAnyOneFieldDiffers(_ field: Int) {
        var other = Self.base
        switch field {
        case 0: other.med = "ondansetron 8 mg"
        case 1: other.row = 4
        case 2: other.start = Instant(minutes: 601)
        case 3: other.stop = nil
        case 4: other.chartedMinutes = 16
        default: other.minutes = nil
        }
        #expect(other != Self.base)
    }
}

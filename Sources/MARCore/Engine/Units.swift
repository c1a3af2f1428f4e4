/// The unit formulas of `rules.md` §1.1, on whole minutes.
enum Units {
    /// Additional-hour units after a first-hour code: +1 at 91, 151, 211… (ADDL-HOUR-31).
    static func additionalHours(_ t: Int) -> Int { t >= 31 ? max(0, (t - 31) / 60) : 0 }

    /// 96361 units when hydration is a secondary service: 31 → 1, 91 → 2 (HYD-SECONDARY-UNITS).
    static func secondaryHydration(_ t: Int) -> Int { t >= 31 ? (t + 29) / 60 : 0 }

    /// The boundary the next add-on unit needs, for explanations ("needs 91").
    static func nextAddOnBoundary(after t: Int) -> Int {
        let k = additionalHours(t)
        return 91 + 60 * k
    }
}

import MARCore
import MARScenarios
import Testing

/// The teaching-order check: a scenario may need only rules its module's lesson or an earlier one names.
@Suite struct TeachingOrderTests {
    /// Two ondansetron pushes 40 min apart: 96374 + 96376, so the scenario needs REPEAT-PUSH-30.
    static let repeatPush = """
        mar:
          - med: ondansetron 4 mg/2 mL injection
            drug: ondansetron
            class: therapeutic
            route: IV push
            entries: [01/04 09:00 Given, 01/04 09:40 Given]
        """

    static func course(lessons: [String], scenarioModule: Int) -> Curriculum {
        let modules = lessons.enumerated().map { i, text in
            Module(id: "m\(i + 1)", title: "Module \(i + 1)", lesson: text, scenarioIDs: i == scenarioModule ? ["repeat"] : [])
        }
        return Curriculum(title: "fixture", modules: modules, scenarios: [])
    }

    @Test func aRuleTaughtOnlyLaterIsReportedWithTheLessonThatNamesIt() throws {
        let s = try #require(scenario(Self.repeatPush))
        let course = Self.course(lessons: ["One initial per access: `HIER-FACILITY`, `ONE-INITIAL-PER-ENCOUNTER`.",
                                           "Repeat pushes: `REPEAT-PUSH-30`, `96376-FACILITY-ONLY`."],
                                 scenarioModule: 0)
        let order = TeachingOrder(curriculum: course, codings: [("repeat", Engine.decide(s))])
        #expect(order.checked == 1)
        #expect(order.passed == 0)
        let gap = try #require(order.gaps.first)
        #expect(gap.scenario == "repeat" && gap.moduleNumber == 1)
        #expect(gap.missing.contains(.repeatPush30))
        #expect(gap.taughtLater[.repeatPush30] == 2)
        #expect(!gap.missing.contains(.hierFacility))
    }

    @Test func theSameScenarioPassesInTheModuleThatTeachesIt() throws {
        let s = try #require(scenario(Self.repeatPush))
        let course = Self.course(lessons: ["`HIER-FACILITY`, `ONE-INITIAL-PER-ENCOUNTER`.", "`REPEAT-PUSH-30`, `96376-FACILITY-ONLY`."],
                                 scenarioModule: 1)
        let order = TeachingOrder(curriculum: course, codings: [("repeat", Engine.decide(s))])
        #expect(order.gaps.isEmpty, "\(order.gaps)")
        #expect(order.passed == 1)
    }

    @Test func aScenarioInNoModuleIsListedNotChecked() throws {
        let s = try #require(scenario(Self.repeatPush))
        let order = TeachingOrder(curriculum: Self.course(lessons: ["nothing"], scenarioModule: 5),
                                  codings: [("repeat", Engine.decide(s))])
        #expect(order.checked == 0 && order.unplaced == ["repeat"])
    }

    @Test(arguments: [
        ("Use `REPEAT-PUSH-30` here.", true),
        ("REPEAT-PUSH-30", true),
        ("(REPEAT-PUSH-30, ADDL-HOUR-31)", true),
        ("REPEAT-PUSH-300 is not a rule", false),
        ("XREPEAT-PUSH-30", false),
        ("REPEAT-PUSH-30-like", false),
        ("repeat-push-30 in lower case", false),
        ("the repeat push rule", false),
    ])
    func aLessonNamesARuleByItsWholeID(text: String, names: Bool) {
        #expect(TeachingOrder.rulesNamed(in: text).contains(.repeatPush30) == names)
    }

    @Test func theRulesNeededAreThoseOnLinesExclusionsAndFlags() throws {
        let s = try #require(scenario("""
            mar:
              - med: ondansetron 4 mg/2 mL injection
                drug: ondansetron
                class: therapeutic
                route: IV push
                entries: [01/04 09:00 Given, 01/04 09:40 Held]
              - med: acetaminophen 650 mg tablet
                drug: acetaminophen
                class: therapeutic
                route: PO
                entries: [01/04 09:10 Given]
            """))
        let needed = TeachingOrder.rulesNeeded(by: Engine.decide(s))
        #expect(needed.contains(.hierFacility))
        #expect(needed.contains(.routeNotIv))
        #expect(needed.contains(.heldNotGiven))
        #expect(!needed.contains(.repeatPush30))
    }
}

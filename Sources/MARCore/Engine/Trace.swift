/// A code emitted for one administration, before lines are merged.
struct LinePart: Sendable {
    var code: String
    var units: Int
    var modifiers: [String]
    var department: Department
    var date: CalendarDate
    var rules: [RuleID]
    var ref: AdministrationRef
    var admin: Int
}

/// Collects every decision of a run: firings, exclusions, flags, per-administration records, line parts.
/// A class, so recording a decision never conflicts with reading the run's state to word its reason.
final class Trace {
    /// Whether to write the plain-words reasons (false: decisions and rule IDs only, for bulk checks).
    let explain: Bool
    var firings: [Firing] = []
    var excluded: [Exclusion] = []
    var flagged: [Flag] = []
    var records: [AdministrationRecord] = []
    var parts: [LinePart] = []
    /// Visits whose transfusion is already flagged 36430 (D32: once per encounter).
    var transfusionFlagged: Set<Int> = []
    private var fired: Set<Firing> = []

    init(explain: Bool) {
        self.explain = explain
        if explain { fired.reserveCapacity(48) }
    }

    private var firedRules: Set<RuleID> = []

    func fire(_ rule: RuleID, _ message: @autoclosure () -> String) {
        guard explain else {
            // Decisions only: one firing per rule is all `rulesFired` needs.
            if firedRules.insert(rule).inserted { firings.append(Firing(rule, "")) }
            return
        }
        let f = Firing(rule, message())
        if fired.insert(f).inserted { firings.append(f) }
    }

    func exclude(_ e: Exclusion) {
        excluded.append(e)
    }

    func flag(_ f: Flag) {
        flagged.append(f)
        fire(f.rule, f.reason)
    }

    func ruleOut(_ admin: Int, _ code: String, _ rule: RuleID, _ reason: @autoclosure () -> String, context: [RuleID] = []) {
        guard !records[admin].ruledOut.contains(where: { $0.code == code }) else { return }
        let r = RuledOut(code: code, rule: rule, reason: explain ? reason() : "", context: context)
        if !records[admin].ruledOut.contains(where: { $0.code == code }) { records[admin].ruledOut.append(r) }
    }
}

/// Codes a learner might write for an administration of this route and class (to pair wrong answers).
func lookalikeCodes(route: Route, drugClass: DrugClass) -> [String] {
    // An oral, inhaled or topical dose looks like no injection code; a line flush only like a port irrigation.
    if route.isNonParenteral { return [] }
    if drugClass == .flush { return route == .intracatheter ? ["96523"] : ["96374", "96375"] }
    if drugClass == .hydration || drugClass == .kvo || drugClass == .carrier { return ["96360", "96361"] }
    if drugClass == .blood { return ["96365", "96360", "96361", "96374"] }
    switch route {
    case .im, .subQ: return drugClass.isChemo ? ["96401", "96402", "96372"] : ["96372"]
    case .subQInfusion: return ["96369", "96370", "96371", "96372"]
    case .intraArterial: return ["96373"]
    case .intracatheter: return ["96523"]
    case .ivPush, .iv:
        return drugClass.isChemo ? ["96409", "96411"] : ["96374", "96375", "96376"]
    case .ivInfusion, .ivPiggyback:
        return drugClass.isChemo ? ["96413", "96415", "96417"] : ["96365", "96366", "96367", "96368", "96374", "96375"]
    default:
        return ["96372", "96374", "96375"]
    }
}

/// A code emitted for one administration, before lines are merged. Holds the administration itself (a handle:
/// nothing to count) and writes its line's `AdministrationRef` only when the lines are made.
struct LinePart {
    let code: String
    /// The code as a number (`CPTCode.fiveDigits`; 0 for any other text), worked out once: where parts are sorted,
    /// matched into lines and ranked, two numbers are compared, not two texts.
    let number: Int
    var units: Int
    var modifiers: [String]
    var department: Department
    /// The date of service as days since 1970-01-01 (`Instant.day`): the calendar date is worked out per line, in
    /// `finish`, not per part.
    var day: Int
    var rules: [RuleID]
    let administration: Administration
    /// Minutes that qualified, when the step that emitted the code counted them itself (else the administration's).
    let minutes: Int?

    /// The administration's id (its record's index).
    var admin: Int { administration.id }
    var start: Instant { administration.start }
    var row: Int { administration.row.index }

    /// Whether its code's text sorts before `other`'s: five-digit codes order as their numbers do.
    func codePrecedes(_ other: LinePart) -> Bool {
        number != 0 && other.number != 0 ? number < other.number : code < other.code
    }
}

/// Collects every decision of a run: firings, exclusions, flags, per-administration records, line parts.
/// A class, so recording a decision never conflicts with reading the run's state to word its reason. Its lists are
/// only ever touched by the one run that owns it, one access at a time: the runtime's exclusivity checks on them
/// (a few percent of a run) are turned off.
final class Trace {
    /// Whether to write the plain-words reasons (false: decisions and rule IDs only, for bulk checks).
    let explain: Bool
    @exclusivity(unchecked) var firings: [Firing] = []
    @exclusivity(unchecked) var excluded: [Exclusion] = []
    @exclusivity(unchecked) var flagged: [Flag] = []
    @exclusivity(unchecked) var records: [AdministrationRecord] = []
    /// The records' codes and ruled-out codes while the run decides them (by record index); `finish` hands each record
    /// its share.
    @exclusivity(unchecked) var emissions = OwnedLists<Emission>(capacity: 32)
    @exclusivity(unchecked) var ruledOut = OwnedLists<RuledOut>(capacity: 64)
    @exclusivity(unchecked) var parts: [LinePart] = []
    /// Visits whose transfusion is already flagged 36430 (D32: once per encounter).
    @exclusivity(unchecked) var transfusionFlagged: Set<Int> = []
    /// When explaining: which (rule, message) pairs are already in `firings`.
    @exclusivity(unchecked) private var fired = FiringIndex()

    init(explain: Bool) {
        self.explain = explain
    }

    /// Decisions only: the rules fired so far, a bit per rule by `RuleID.ordinal` (the catalog has under 128).
    private var firedBits: (low: UInt64, high: UInt64) = (0, 0)

    /// Inlined, so that a decide-only run never builds the message's closure (a closure that captures a row copies it).
    @inline(__always)
    func fire(_ rule: RuleID, _ message: @autoclosure () -> Sentence) {
        if explain {
            fired.record(rule, message(), in: &firings)
        } else {
            fireDecision(rule)
        }
    }

    /// Decisions only: one firing per rule is all `rulesFired` needs.
    private func fireDecision(_ rule: RuleID) {
        let ordinal = rule.ordinal, bit = UInt64(1) << UInt64(ordinal & 63)
        switch ordinal {
        case ..<64:
            guard firedBits.low & bit == 0 else { return }
            firedBits.low |= bit
        case ..<128:
            guard firedBits.high & bit == 0 else { return }
            firedBits.high |= bit
        default:
            // Beyond 128 rules: the list itself (in a decide-only run it holds one firing per rule).
            guard !firings.contains(where: { $0.rule == rule }) else { return }
        }
        firings.append(Firing(rule, ""))
    }

    // Consuming: the value moves into the list (passed borrowed, it was copied in and the caller's destroyed).
    func exclude(_ e: consuming Exclusion) {
        excluded.append(e)
    }

    func flag(_ f: Flag) {
        flagged.append(f)
        fire(f.rule, f.reasonSentence)
    }

    @inline(__always)
    func ruleOut(_ admin: Int, _ code: String, _ rule: RuleID, _ reason: @autoclosure () -> Sentence,
                 context: [RuleID] = []) {
        guard !isRuledOut(admin, code) else { return }
        record(admin, RuledOut(code: code, rule: rule, reasonSentence: explain ? reason() : "", context: context))
    }

    private func isRuledOut(_ admin: Int, _ code: String) -> Bool {
        ruledOut.firstPosition(of: admin) { $0.code == code } != nil
    }

    private func record(_ admin: Int, _ r: consuming RuledOut) {
        ruledOut.append(r, to: admin)
    }

    /// The codes emitted so far for a record, in order (for wording).
    func codes(of admin: Int) -> [Emission] {
        var out: [Emission] = [], i = emissions.start(of: admin)
        while i >= 0 {
            out.append(emissions[i])
            i = emissions.after(i)
        }
        return out
    }

    /// Gives each record its codes and ruled-out codes (once, when the run is done).
    func settleRecords() {
        // Through the records' memory: each write to `records[i]` would ask whether the list is shared.
        records.withUnsafeMutableBufferPointer { records in
            emissions.takeShares(owners: records.count) { records[$0].codes = $1 }
            ruledOut.takeShares(owners: records.count) { records[$0].ruledOut = $1 }
        }
    }
}

/// Codes a learner might write for an administration of this route and class (to pair wrong answers).
func lookalikeCodes(route: Route, drugClass: DrugClass) -> [String] {
    typealias L = Lookalikes
    // An oral, inhaled or topical dose looks like no injection code; a line flush only like a port irrigation.
    if route.isNonParenteral { return [] }
    if drugClass == .flush { return route == .intracatheter ? L.portIrrigation : L.pushes }
    if drugClass == .hydration || drugClass == .kvo || drugClass == .carrier { return L.hydration }
    if drugClass == .blood { return L.blood }
    switch route {
    case .im, .subQ: return drugClass.isChemo ? L.chemoInjection : L.injection
    case .subQInfusion: return L.subQInfusion
    case .intraArterial: return L.intraArterial
    case .intracatheter: return L.portIrrigation
    case .ivPush, .iv: return drugClass.isChemo ? L.chemoPush : L.push
    case .ivInfusion, .ivPiggyback: return drugClass.isChemo ? L.chemoInfusion : L.infusion
    default: return L.other
    }
}

/// The lists `lookalikeCodes` hands out, built once (the engine asks for one per administration and exclusion).
private enum Lookalikes {
    static let portIrrigation = ["96523"]
    static let pushes = ["96374", "96375"]
    static let hydration = ["96360", "96361"]
    static let blood = ["96365", "96360", "96361", "96374"]
    static let chemoInjection = ["96401", "96402", "96372"]
    static let injection = ["96372"]
    static let subQInfusion = ["96369", "96370", "96371", "96372"]
    static let intraArterial = ["96373"]
    static let chemoPush = ["96409", "96411"]
    static let push = ["96374", "96375", "96376"]
    static let chemoInfusion = ["96413", "96415", "96417"]
    static let infusion = ["96365", "96366", "96367", "96368", "96374", "96375"]
    static let other = ["96372", "96374", "96375"]
}

/// The firings of a run by rule and message, to record each pair once: an open-addressing table of fingerprints
/// and positions in the run's list (no hashing of whole messages; equal fingerprints are compared byte for byte).
struct FiringIndex {
    private var fingerprints: [UInt64] = []
    /// Positions in the list of firings, −1 for an empty slot.
    private var positions: [Int32] = []
    /// The fingerprint of each recorded firing, by position: growing the table places them again without
    /// reading a message twice.
    private var recorded: [UInt64] = []

    /// Appends the firing of `rule` with `message` unless the same pair is already there: a repeated message
    /// (most are) is compared as bytes and never made into a `String`. Out of line: it runs only when explaining,
    /// and inlined into `fire` it grew the engine's steps enough to cost a decide-only run 2 %.
    @inline(never)
    mutating func record(_ rule: RuleID, _ message: Sentence, in firings: inout [Firing]) {
        if recorded.count * 2 >= positions.count { grow() }
        message.withBytes { bytes in
            let print = ByteText.fingerprint(bytes, seed: UInt64(rule.ordinal))
            let mask = positions.count - 1
            var slot = Int(truncatingIfNeeded: print) & mask
            while positions[slot] >= 0 {
                if fingerprints[slot] == print {
                    let known = firings[Int(positions[slot])]
                    if known.rule == rule && known.messageSentence.withBytes({ ByteText.same($0, bytes) }) { return }
                }
                slot = (slot + 1) & mask
            }
            fingerprints[slot] = print
            positions[slot] = Int32(firings.count)
            recorded.append(print)
            firings.append(Firing(rule, message))
        }
    }

    /// Twice the slots (256 to start: a 30-row MAR fires about a hundred), every recorded firing placed again.
    private mutating func grow() {
        let size = max(256, positions.count * 2)
        fingerprints = Array(filling: 0, count: size)
        positions = Array(filling: -1, count: size)
        for (i, print) in recorded.enumerated() {
            var slot = Int(truncatingIfNeeded: print) & (size - 1)
            while positions[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            fingerprints[slot] = print
            positions[slot] = Int32(i)
        }
    }
}

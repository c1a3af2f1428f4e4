/// One decision on an administration's path, with the rule that took it.
public struct Decision: Sendable, Hashable {
    /// The steps of the path, in the order the engine takes them.
    public enum Step: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Is it a service at all (window, held, route, bundled)?
        case service
        /// Which family: chemotherapy or not, hydration, IM/SubQ, SubQ infusion, …
        case family
        /// Push, infusion or injection.
        case mode
        /// Its place among the access's services: initial, sequential, concurrent, repeat, an added hour.
        case place
        /// How many units.
        case units

        public static func < (a: Step, b: Step) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var step: Step
    public var rule: RuleID
    /// Plain words as the engine wrote them, only when it runs with explanations (`reason` is their text).
    public var reasonSentence: Sentence
    /// Rules the learner needs beside the deciding one (`RuledOut.context`).
    public var context: [RuleID]

    public init(_ step: Step, _ rule: RuleID, reason: String = "", context: [RuleID] = []) {
        self.init(step, rule, reasonSentence: Sentence(reason), context: context)
    }

    /// With the reason as the engine wrote it (kept as bytes; `reason` reads it as text).
    public init(_ step: Step, _ rule: RuleID, reasonSentence: Sentence, context: [RuleID] = []) {
        self.step = step
        self.rule = rule
        self.reasonSentence = reasonSentence
        self.context = context
    }

    /// Plain words, written only when the engine runs with explanations.
    public var reason: String {
        get { reasonSentence.text }
        set { reasonSentence = Sentence(newValue) }
    }
}

/// What the engine decided for one administration, step by step (`cli.md`, "The explanation contract").
///
/// The path answers "why is this administration not code X?" for every in-scope X: the deciding rule is
/// the first step where X parts ways with the administration.
public struct DecisionPath: Sendable, Hashable {
    /// Set when the administration is not a service of its own (bundled, within a push window, summed
    /// into another row's charge): the rule that took it out.
    public var notService: Decision? {
        get { notServiceBox?.decision }
        set { notServiceBox = newValue.map(NotService.init) }
    }
    /// `notService`, boxed: every record holds a path, copied and destroyed with it, and a `Decision?` in place
    /// (a sentence and a list) made each copy and destroy a call through its type's layout. A box, nearly always
    /// nil, is one reference.
    private var notServiceBox: NotService?
    /// The family the engine placed it in, and the rule that did.
    public var family: CPTCode.Family?
    public var familyRule: RuleID?
    /// Push, infusion or injection, and the rule that decided it (PUSH-MAX-15, INF-MIN-16, NO-STOP-TIME, …).
    public var mode: CPTCode.Mode?
    public var modeRule: RuleID?

    public init(notService: Decision? = nil, family: CPTCode.Family? = nil, familyRule: RuleID? = nil,
                mode: CPTCode.Mode? = nil, modeRule: RuleID? = nil) {
        notServiceBox = notService.map(NotService.init)
        self.family = family
        self.familyRule = familyRule
        self.mode = mode
        self.modeRule = modeRule
    }

    /// Every step equal (the boxes compared by the decisions they hold).
    public static func == (a: DecisionPath, b: DecisionPath) -> Bool {
        a.notService == b.notService && a.family == b.family && a.familyRule == b.familyRule && a.mode == b.mode
            && a.modeRule == b.modeRule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(notService)
        hasher.combine(family)
        hasher.combine(familyRule)
        hasher.combine(mode)
        hasher.combine(modeRule)
    }

    /// A decision that takes an administration out, held by reference (never changed once made).
    private final class NotService: Sendable {
        let decision: Decision
        init(_ decision: Decision) { self.decision = decision }
    }

    /// The rule that decides between two families, whichever side the administration is on.
    public static func familyRule(_ a: CPTCode.Family, _ b: CPTCode.Family) -> RuleID {
        let pair: Set<CPTCode.Family> = [a, b]
        let injections: Set<CPTCode.Family> = [.injection, .chemotherapyInjection]
        if pair.isSubset(of: injections) { return .categoryFromData }
        if !pair.isDisjoint(with: injections) || pair.contains(.onBodyInjector) { return .imsqPerInjection }
        if pair.contains(.subQInfusion) { return .scInfusion }
        if pair.contains(.intraArterial) { return .intraArterial96373 }
        if pair.contains(.prolongedChemoPump) || pair.contains(.pumpRefill) { return .chemoProlonged96416 }
        if pair.contains(.portIrrigation) { return .portIrrigation96523 }
        if pair.contains(.outOfScope) { return .notInScope }
        if pair.contains(.hydration) { return .hydCategory }
        return .categoryFromData
    }
}

extension DecisionPath: CustomReflectable {
    /// Shown by its steps, the decision that took the administration out as `notService` (not as its box).
    public var customMirror: Mirror {
        Mirror(self, children: ["notService": notService as Any, "family": family as Any,
                                "familyRule": familyRule as Any, "mode": mode as Any, "modeRule": modeRule as Any],
               displayStyle: .struct)
    }
}

extension AdministrationRecord {
    /// The first decision on this administration's path where `code` parts ways with it: the rule that
    /// explains "why not `code` here". Complete for every in-scope code.
    public func decidingStep(for code: CPTCode) -> Decision {
        if let n = path.notService { return n }
        // Two chemotherapy drugs at once have no concurrent code at all: that, not the family, is what 96368 misses.
        if let r = ruledOut.first(where: { $0.code == code.code && $0.rule == .chemoConcurrent }) {
            return Decision(.place, r.rule, reasonSentence: r.reasonSentence)
        }
        if let family = path.family, family != code.family {
            let rule = DecisionPath.familyRule(family, code.family)
            return Decision(.family, rule, reason: label.isEmpty ? "" : "\(label) is \(family.words), not \(code.family.words)")
        }
        if let mode = path.mode, mode != code.mode, let rule = path.modeRule {
            return Decision(.mode, rule, reason: label.isEmpty ? "" : "\(label) is \(Self.modeWords(mode)), not \(Self.modeWords(code.mode))")
        }
        if let e = codes.first(where: { $0.code == code.code }) {
            let limiting = e.rules.first { Self.unitRules.contains($0) } ?? e.rules.first ?? .addlHour31
            return Decision(.units, limiting, reasonSentence: e.reasonSentence)
        }
        // 96366/96415 for a new drug's infusion: the learner took it for the same drug again.
        if code.isHourly, let seq = codes.first(where: { CPTCode.named($0.code)?.role == .sequential }) {
            return Decision(.place, .seqNewDrug, reason: label.isEmpty ? "" : "\(label) is a new drug on this access: "
                            + "\(seq.code), not \(code.code) (the same drug again, or an added hour)")
        }
        if let r = ruledOut.first(where: { $0.code == code.code }) {
            return Decision(.place, r.rule, reasonSentence: r.reasonSentence, context: r.context)
        }
        if codes.isEmpty, let r = ruledOut.first {
            return Decision(.place, r.rule, reasonSentence: r.reasonSentence)
        }
        let own = codes.compactMap { CPTCode.named($0.code) }.first { $0.family == code.family } ?? CPTCode.named(codes.first?.code ?? "")
        return Decision(.place, Self.placeRule(own: own?.role, wanted: code), reason: "")
    }

    /// Rules that limit how many units an administration earns.
    static let unitRules: [RuleID] = [.addlHour31, .seqAddlHours, .r96417Once96415Hours, .repeatPush30, .concurrentOnce,
                                      .hydMin31, .hydSecondaryUnits, .hydSumSegments, .initialCovers90, .imsqPerInjection,
                                      .scInfusion, .portIrrigation96523]

    /// The rule that decides between two places on one access when the engine recorded none.
    static func placeRule(own: CPTCode.Role?, wanted: CPTCode) -> RuleID {
        switch (own, wanted.role) {
        case (_, .initial): wanted.family == .hydration ? .hydNeverInitialWithDrug : .oneInitialPerEncounter
        case (.initial?, .sequential): wanted.family == .subQInfusion ? .scInfusion : .oneInitialPerEncounter
        case (_, .concurrent), (.concurrent?, _): .concurrentOverlapAlloc
        case (_, .repeatSameDrug), (.repeatSameDrug?, _): .seqNewDrug
        case (.additionalHour?, .sequential): .seqNewDrug
        case (_, .additionalHour): wanted.family == .hydration ? .hydMin31 : .addlHour31
        case (_, .sequential): .oneInitialPerEncounter
        case (_, .standalone): wanted.family == .subQInfusion ? .scInfusion : .imsqPerInjection
        }
    }

    static func modeWords(_ m: CPTCode.Mode) -> String {
        switch m {
        case .push: "a push"
        case .infusion: "an infusion"
        case .injection: "an injection"
        case .other: "a service of its own kind"
        }
    }
}

extension Exclusion {
    /// An excluded row is not a service: every code parts ways at the first step, by the rule that excluded it.
    public func decidingStep(for code: CPTCode) -> Decision {
        Decision(.service, rule, reasonSentence: reasonSentence)
    }
}

extension EngineRun {
    /// Writes each administration's decision path from what the run decided (called once, at the end).
    func recordDecisionPaths() {
        // Through the records' memory (a path is worked out from the run's lists, never from the records).
        trace.records.withUnsafeMutableBufferPointer { records in
            for a in admins { records[a.id].path = decisionPath(a) }
        }
        // Administrations taken out after admission (TRANSFUSION-PREMED) are not services.
        for i in trace.records.indices where byID[i] == nil {
            if let r = trace.ruledOut.first(of: i) {
                trace.records[i].path = DecisionPath(notService: Decision(.service, r.rule, reasonSentence: r.reasonSentence))
            }
        }
    }

    private func decisionPath(_ a: Administration) -> DecisionPath {
        if a.kind == .deductOnly {
            let r = trace.ruledOut.first(of: a.id)
            return DecisionPath(notService: Decision(.service, r?.rule ?? .bundledProcedureSedation,
                                                     reasonSentence: r?.reasonSentence ?? ""))
        }
        // The first emitted code in scope decides family and mode (read by index: an emission holds lists and text).
        var emitted: (family: CPTCode.Family, mode: CPTCode.Mode)?
        var i = trace.emissions.start(of: a.id)
        while i >= 0 {
            if let named = CPTCode.familyAndMode(trace.emissions[i].number, code: trace.emissions[i].code) {
                emitted = named
                break
            }
            i = trace.emissions.after(i)
        }
        let family = emitted?.family ?? family(a)
        let familyRule: RuleID = switch family {
        case .hydration: .hydCategory
        case .injection, .onBodyInjector: .imsqPerInjection
        case .subQInfusion: .scInfusion
        case .intraArterial: .intraArterial96373
        case .prolongedChemoPump, .pumpRefill: .chemoProlonged96416
        case .portIrrigation: .portIrrigation96523
        case .outOfScope: .notInScope
        case .therapeuticIV, .chemotherapyIV, .chemotherapyInjection: .categoryFromData
        }
        let mode: CPTCode.Mode = emitted?.mode ?? {
            switch a.kind {
            case .push: .push
            case .infusion, .hydration, .subQInfusion: .infusion
            case .injection, .intraArterial: .injection
            case .pump, .portFlush, .deductOnly: .other
            }
        }()
        // A SubQ infusion too short to be one is coded as an injection: the mode rule is SC-INFUSION's.
        let modeRule: RuleID = a.kind == .subQInfusion && mode == .injection ? .scInfusion : a.modeRule
        return DecisionPath(family: family, familyRule: familyRule, mode: mode, modeRule: modeRule)
    }

    private func family(_ a: Administration) -> CPTCode.Family {
        switch a.kind {
        case .hydration: return .hydration
        case .injection: return a.category == .chemo ? .chemotherapyInjection : .injection
        case .subQInfusion: return .subQInfusion
        case .intraArterial: return .intraArterial
        case .pump: return a.isRefill ? .pumpRefill : .prolongedChemoPump
        case .portFlush: return .portIrrigation
        case .push, .infusion, .deductOnly:
            switch a.category {
            case .chemo: return .chemotherapyIV
            case .hydration: return .hydration
            default: return .therapeuticIV
            }
        }
    }
}

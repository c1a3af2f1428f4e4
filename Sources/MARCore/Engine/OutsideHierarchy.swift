extension EngineRun {
    /// Codes outside the IV hierarchy: IM/SQ injections, SubQ infusion, intra-arterial, pumps, port irrigation.
    func codeOutsideHierarchy() {
        codeInjections()
        codeSubQInfusions()
        codePumps()
        codePortIrrigation()
    }

    /// IMSQ-PER-INJECTION: one code per injection; two at the same minute on one row are one split dose (C18).
    private func codeInjections() {
        let injections = admins.kept(where: { $0.kind == .injection || $0.kind == .intraArterial },
                                     sortedBy: { ($0.start, $0.row.index) < ($1.start, $1.row.index) })
        var seen: [String: Administration] = [:]
        for a in injections {
            lazy var name = drugName(a.row)   // worded only where a sentence is written
            if a.kind == .intraArterial {
                emit(a, "96373", rules: [.intraArterial96373], "\(name) at \(t(a.start)) was injected into an artery: 96373")
                continue
            }
            let code = a.category == .chemo ? (a.row.drugClass == .chemotherapyHormonal ? "96402" : "96401") : "96372"
            let key = "\(a.row.index)@\(a.start.minutes)"
            if let first = seen[key] {
                if policy.splitDosePerInjection {
                    emit(a, code, modifiers: ["59"], rules: [.imsqPerInjection, .modifiers],
                         "\(name) at \(t(a.start)) was a second syringe of the same dose: under splitDosePerInjection "
                         + "each injection is reported, the second with 59")
                } else {
                    let reason = words("\(name) at \(t(a.start)) is the same dose as \(label(first)), split into two syringes: "
                                       + "one \(code)")
                    ruleOut(a, code, .imsqPerInjection, reason)
                    trace.fire(.imsqPerInjection, reason)
                }
                continue
            }
            seen[key] = a
            let kind = a.row.route == .im ? "intramuscular" : "subcutaneous"
            let what = code == "96372" ? "" : (code == "96402" ? " of a hormonal antineoplastic" : " of chemotherapy")
            emit(a, code, rules: a.category == .chemo ? [.imsqPerInjection, .categoryFromData] : [.imsqPerInjection],
                 "\(name) at \(t(a.start)) was \(kind == "intramuscular" ? "an" : "a") \(kind) injection\(what): \(code), one per injection, outside the IV hierarchy")
            for other in ["96374", "96375"] {
                ruleOut(a, other, .imsqPerInjection, "\(name) was injected \(a.row.route.rawValue), not pushed into a vein: \(code)")
            }
        }
    }

    /// SC-INFUSION and D25: the union of qualifying rows; each further pump set-up 96371, once per encounter.
    private func codeSubQInfusions() {
        let all = admins.kept { $0.kind == .subQInfusion }
        for key in unique(all.map { spanKey($0) }) {
            let members = all.kept { spanKey($0) == key }
            var qualifying: [Administration] = []
            for row in unique(members.map { String($0.row.index) }) {
                let rowAdmins = members.kept { String($0.row.index) == row }
                let minutes = Spans.minutes(rowAdmins.flatMap(\.spans))
                if minutes <= 15 {
                    for a in rowAdmins {
                        emit(a, "96372", rules: [.scInfusion, .imsqPerInjection], "\(label(a)) ran \(minutes) min (15 or less): "
                             + "a subcutaneous injection, 96372")
                        ruleOut(a, "96369", .scInfusion, "\(drugName(a.row)) ran \(minutes) min: an SC infusion needs 16")
                    }
                } else {
                    qualifying += rowAdmins
                }
            }
            guard let first = qualifying.min(by: { ($0.start, $0.row.index) < ($1.start, $1.row.index) }) else { continue }
            let t = Spans.minutes(qualifying.flatMap(\.spans))
            emit(first, "96369", rules: [.scInfusion], minutes: t, "subcutaneous infusion by pump, \(t) min in all: 96369 "
                 + "(the SC family has its own initial code)")
            let n = Units.additionalHours(t)
            if n > 0 {
                emit(first, "96370", units: n, rules: [.scInfusion, .addlHour31], minutes: t, "subcutaneous infusion ran "
                     + "\(t) min: each hour beyond the first 90 min needs more than 30 min: 96370 ×\(n)")
            }
            let setups = unique(qualifying.map { String($0.row.index) }).count
            if setups > 1, let second = qualifying.first(where: { $0.row.index != first.row.index }) {
                emit(second, "96371", rules: [.scInfusion], "\(label(second)) was a second pump set-up with a new site: "
                     + "96371 (once per encounter)")
            }
        }
    }

    /// CHEMO-PROLONGED-96416: pump initiation; refills 96521/96522.
    private func codePumps() {
        for a in admins where a.kind == .pump {
            lazy var name = drugName(a.row)   // worded only where a sentence is written
            let portable = a.row.pump == .portable
            if a.isRefill {
                let code = portable ? "96521" : "96522"
                emit(a, code, rules: [.chemoProlonged96416], "\(name) pump refill at \(t(a.start)): refilling and "
                     + "maintenance of a\(portable ? " portable" : "n implantable") pump, \(code)")
                continue
            }
            let planned = a.row.plannedMinutes.map { "\($0 / 60) h" } ?? "more than 8 h"
            emit(a, "96416", rules: [.chemoProlonged96416], "\(name) started at \(t(a.start)) on a \(a.row.pump?.rawValue ?? "") "
                 + "pump, planned \(planned): initiation of a prolonged chemotherapy infusion, 96416 (outside the IV hierarchy)")
            ruleOut(a, "96413", .chemoProlonged96416, "a pump infusion planned over 8 h is 96416, not a timed infusion")
        }
    }

    /// PORT-IRRIGATION-96523: only when nothing else is reported that date.
    private func codePortIrrigation() {
        let flushes = admins.kept(where: { $0.kind == .portFlush }, sortedBy: { $0.start < $1.start })
        var done: Set<Int> = []
        for a in flushes {
            lazy var name = drugName(a.row)   // worded only where a sentence is written
            let day = a.start.day
            // Open reading settled here: the flush that ends an encounter whose port carried other services is
            // the "flush at conclusion" included in those services (INCLUDED-SERVICES), even past midnight; so
            // 96523 needs no other service that date and none in the same encounter.
            let others = trace.parts.filter { p in
                p.code != "96523" && (p.day == day || byID[p.admin]?.visit == a.visit)
            }
            if !others.isEmpty {
                let when = others[0].day == day ? "that date" : "in the same encounter"
                let reason = words("\(name) at \(t(a.start)) irrigated the port, but \(others[0].code) is reported \(when): "
                                   + "96523 only when no other service is (the closing flush is part of those services)")
                ruleOut(a, "96523", .portIrrigation96523, reason)
                exclude(a.row, at: a.start, .portIrrigation96523, reason)
                continue
            }
            guard done.insert(day).inserted else { continue }
            emit(a, "96523", rules: [.portIrrigation96523], "\(name) at \(t(a.start)) irrigated the implanted port and "
                 + "nothing else was reported that date: 96523")
        }
    }
}

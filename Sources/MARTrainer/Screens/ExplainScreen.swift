import MARCore

extension Screen {
    /// `why CODE`: the emissions that produced `code`, with their reasons and rules; if the
    /// engine did not report it, the administrations that ruled it out, the exclusions it
    /// resembles and any flag that names it.
    public static func why(code: String, coding: Coding, width: Int, style: Style) -> String {
        let descriptor = CPTCode.named(code).map { " — \($0.descriptor)" } ?? ""
        var out = [style.bold(code) + descriptor]
        let producing = coding.administrations.compactMap { a -> (AdministrationRecord, [Emission])? in
            let e = a.codes.filter { $0.code == code }
            return e.isEmpty ? nil : (a, e)
        }
        if !producing.isEmpty {
            let total = coding.lines.filter { $0.code == code }.reduce(0) { $0 + $1.units }
            out.append("Reported" + (total > 0 ? " ×\(total)" : "") + ":")
            for (a, emissions) in producing {
                for e in emissions {
                    // The reason nearly always names the administration and its code itself: then neither twice.
                    let text = e.reason.hasPrefix(a.label) && !a.label.isEmpty
                        ? e.reason : "\(a.label): \(e.text) — \(e.reason)"
                    out += Wrap.lines(text + citation(e.rules), width: width, first: "  • ", rest: "    ")
                }
            }
            return out.joined(separator: "\n")
        }
        var reasons: [String] = []
        // Each administration's deciding step for this code: the first decision where the code parts ways with
        // it. Rows that look like the code (or share its family) first; every administration when none does.
        // An excluded row the engine also kept for its minutes (contrast, sedation, blood: D16) is said once, by its
        // exclusion below.
        let listedExclusions = coding.excluded.filter { $0.lookalikes.contains(code) }
        func saidByExclusion(_ a: AdministrationRecord) -> Bool {
            listedExclusions.contains { $0.echoes(a) && $0.rule == a.path.notService?.rule }
        }
        if let cpt = CPTCode.named(code) {
            let near = coding.administrations.filter { $0.lookalikes.contains(code) || $0.path.family == cpt.family }
            for a in near.isEmpty ? coding.administrations : near where !saidByExclusion(a) {
                let d = a.decidingStep(for: cpt)
                let title = RuleCatalog.rule(d.rule)?.title ?? d.rule.rawValue
                let text = d.reason.isEmpty ? "\(a.label): \(title)"
                    : d.reason.hasPrefix(a.label) ? d.reason + (d.step == .mode ? ": " + title.lowercased() : "")
                    : "\(a.label): \(d.reason)"
                reasons += Wrap.lines(text + citation([d.rule]), width: width,
                                      first: "  • ", rest: "    ")
            }
        }
        let severalDates = coding.spansSeveralDates
        for x in listedExclusions {
            // The drug and time, as the administrations above are named, unless the reason starts with the drug.
            let text = x.reason.hasPrefix(x.med.prefixWords) ? x.reason : x.label(severalDates: severalDates) + ": " + x.reason
            reasons += Wrap.lines(text + citation([x.rule]), width: width, first: "  • ", rest: "    ")
        }
        for f in coding.flagged where f.code == code {
            reasons += Wrap.lines("\(f.med): \(f.reason) (flagged, not scored)" + citation([f.rule]),
                                  width: width, first: "  • ", rest: "    ")
        }
        if reasons.isEmpty {
            out += Wrap.lines("The engine did not report \(code) and no administration in this scenario called for it.",
                              width: width)
        } else {
            out.append("Not reported:")
            out += reasons
        }
        return out.joined(separator: "\n")
    }

    /// `trace`: the lines, every firing, every exclusion and every flag.
    public static func trace(_ coding: Coding, width: Int, style: Style) -> String {
        var out = [style.bold("Codes")]
        if coding.lines.isEmpty { out.append("  (none)") }
        for l in coding.lines {
            let head = "\(l.text)  \(l.department.rawValue) \(l.date.iso)" + citation(l.rules)
            out += Wrap.lines(head, width: width, first: "  ", rest: "    ")
            for a in l.administrations {
                var t = "\(a.med) \(a.start.chart)" + (a.stop.map { "–\($0.clock)" } ?? "")
                if let m = a.minutes {
                    t += " (\(m) min" + (a.chartedMinutes.map { $0 != m ? ", \($0) charted" : "" } ?? "") + ")"
                }
                out += Wrap.lines(t, width: width, first: "    · ", rest: "      ")
            }
        }
        out += ["", style.bold("Rules fired")]
        // An exclusion or a flag is listed below, once: its firing is not repeated here.
        let below = Set(coding.excluded.map(\.reason) + coding.flagged.map(\.reason))
        let firings = coding.firings.filter { !below.contains($0.message) }
        if firings.isEmpty { out.append(coding.firings.isEmpty ? "  (none)" : "  (only the exclusions below)") }
        for f in firings {
            out += Wrap.lines("\(f.rule.rawValue): \(f.message)", width: width, first: "  ", rest: "    ")
        }
        out += ["", style.bold("Excluded")]
        if coding.excluded.isEmpty { out.append("  (none)") }
        for x in coding.excluded {
            let at = x.at.map { " at \($0.chart)" } ?? ""
            out += Wrap.lines("\(x.med)\(at): \(x.reason) [\(x.rule.rawValue)]", width: width, first: "  ", rest: "    ")
        }
        if !coding.flagged.isEmpty {
            out += ["", style.bold("Flagged (not scored)")]
            for f in coding.flagged {
                let at = f.at.map { " at \($0.chart)" } ?? ""
                out += Wrap.lines("\(f.code ?? "no code"): \(f.med)\(at): \(f.reason) [\(f.rule.rawValue)]",
                                  width: width, first: "  ", rest: "    ")
            }
        }
        return out.joined(separator: "\n")
    }

    /// The engine's codes as an answer; departments shown only when there are several.
    public static func engineAnswer(_ coding: Coding) -> String {
        let answer = coding.answer
        if answer.isEmpty { return "no codes" }
        let departments = Set(coding.lines.map(\.department))
        guard departments.count == 1, let d = departments.first else { return answer.text }
        return answer.withoutDepartments.text
            + " (all \(d.rawValue))"
    }

    /// `reveal`: the engine's answer with the reason for each line.
    public static func reveal(_ coding: Coding, width: Int, style: Style) -> String {
        var out = [style.bold("The engine's answer: ") + engineAnswer(coding)]
        for a in coding.administrations {
            for e in a.codes {
                out += Wrap.lines("\(e.text) — \(a.label): \(e.reason)" + citation(e.rules), width: width,
                                  first: "  • ", rest: "    ")
            }
        }
        out += Wrap.lines("This attempt counts as given up. 'trace' shows every decision; 'why CODE' one code.",
                          width: width).map { style.dim($0) }
        return out.joined(separator: "\n")
    }
}

import MARCore

extension Screen {
    /// The scenario's header: title, id, difficulty and setting. Topics are not shown: they name the rules
    /// the scenario turns on, which would give the answer away before the learner has tried.
    /// `place` (e.g. "Module 2 of 13 · scenario 3 of 8", "Review · item 2 of 5") comes under the title.
    public static func header(_ scenario: Scenario, place: String? = nil, width: Int, style: Style) -> String {
        let stars = String(repeating: "★", count: max(0, min(5, scenario.difficulty)))
            + String(repeating: "☆", count: max(0, 5 - min(5, scenario.difficulty)))
        var facts = [scenario.id, stars, scenario.setting.rawValue]
        if scenario.profile != Policy.defaultProfileID { facts.append("profile \(scenario.profile)") }
        var lines = [style.heading(Wrap.text(scenario.title, width: width))]
        if let place { lines.append(Wrap.text(place, width: width)) }
        lines.append(style.dim(Wrap.text(facts.joined(separator: " · "), width: width)))
        let differences = scenario.policy.differencesFromDefault
        if !differences.isEmpty {
            lines.append(style.dim(Wrap.text("Policy: " + differences.joined(separator: ", "), width: width, rest: "  ")))
        }
        return lines.joined(separator: "\n")
    }

    /// The story, wrapped.
    public static func story(_ scenario: Scenario, width: Int, style: Style) -> String {
        scenario.story.isEmpty ? style.dim("(no story)") : Wrap.text(Wrap.reflow(scenario.story), width: width)
    }

    /// The timeline: each event with date, time and the department it leaves the patient in.
    public static func timeline(_ scenario: Scenario, width: Int, style: Style) -> String {
        guard !scenario.timeline.isEmpty else { return style.dim("(no timeline)") }
        var department: Department?
        var lines = [style.bold("Timeline")]
        for event in scenario.timeline.sorted(by: { $0.at < $1.at }) {
            switch event.kind {
            case .arrival(let d), .transfer(let d): department = d
            case .observationOrder: department = .OBS
            case .inpatientOrder: department = .INPATIENT
            case .discharge: break
            }
            let dept = department.map { "[\($0.rawValue)]" } ?? ""
            let lead = "  \(event.at.chart)  " + dept.padded(12)
            lines += Wrap.lines(event.text, width: width, first: lead, rest: spaces(lead.count))
        }
        return lines.joined(separator: "\n")
    }

    /// The closing line of a practice scenario.
    public static let practiceInvitation = "Type the codes (e.g. 96365 96375x2; 'none' if nothing is reportable), or 'hint', 'help'."
    /// The closing line of an exam item (no hints in an exam).
    public static let examInvitation = "Type the codes (e.g. 96365 96375x2; 'none' if nothing is reportable), or 'help'."

    /// What `start` shows: header (with `place`), story, timeline and the MAR, then `invitation`.
    public static func opening(_ scenario: Scenario, place: String? = nil, invitation: String = practiceInvitation,
                               width: Int, style: Style) -> String {
        [header(scenario, place: place, width: width, style: style), "", story(scenario, width: width, style: style), "",
         timeline(scenario, width: width, style: style), "", mar(scenario, width: width, style: style), "",
         style.dim(Wrap.text(invitation, width: width))]
            .joined(separator: "\n")
    }
}

import MARCore

extension Screen {
    /// `list`/`modules`: modules in order, each with how many of its scenarios are solved, then each
    /// scenario with status (new/attempted/solved) and best score; the current scenario is marked with `›`.
    /// With `only` (a 1-based module number), that module alone.
    public static func list(_ curriculum: Curriculum, state: LearnerState, current: String?, only: Int? = nil,
                            width: Int, style: Style) -> String {
        var out = Wrap.lines(only.map { "Module \($0) of \(curriculum.modules.count)" } ?? curriculum.title, width: width)
            .map { style.heading($0) }
        // Two lines per scenario: status and id, then the title indented under the id (ids are long).
        func entry(_ id: String) -> [String] {
            let status = state.status(of: id)
            let mark: String
            switch status {
            case .solved: mark = style.tick
            case .attempted: mark = style.yellow("~")
            case .new: mark = style.dim("·")
            }
            let best = state.bestScore(of: id).map { " " + percent($0) } ?? ""
            let here = id == current ? "›" : " "
            let stars = curriculum.scenario(id).map { String(repeating: "★", count: max(0, min(5, $0.difficulty))) } ?? ""
            let title = curriculum.scenario(id)?.title
                ?? (curriculum.hasScenario(id) ? "(its file did not load: 'marcoach validate' shows why)" : "(no scenario file has this id)")
            let lead = " \(here) \(mark) "
            let head = lead + style.bold(id) + style.dim("  \(stars)  \(status.rawValue)\(best)")
            return [head] + Wrap.lines(title, width: width, first: spaces(lead.visibleCount + 2), rest: spaces(lead.visibleCount + 2))
        }
        var listed = Set<String>()
        for (n, module) in curriculum.modules.enumerated() {
            if let only, only != n + 1 {
                module.scenarioIDs.forEach { listed.insert($0) }
                continue
            }
            let solved = module.scenarioIDs.filter { state.status(of: $0) == .solved }.count
            out.append("")
            out += Wrap.lines("\(n + 1). \(module.title) (\(module.id)) — \(solved) of \(module.scenarioIDs.count) solved", width: width)
                .map { style.bold($0) }
            for id in module.scenarioIDs {
                listed.insert(id)
                out += entry(id)
            }
        }
        let others = curriculum.scenarioIDs.filter { !listed.contains($0) }
        if !others.isEmpty && only == nil {
            out += ["", style.bold("Other scenarios")]
            for id in others { out += entry(id) }
        }
        out += [""] + Wrap.lines("'start ID' opens one; 'next' goes on to the next unsolved; 'list N' shows module N; 'lesson N' its lesson.",
                                 width: width).map { style.dim($0) }
        return out.joined(separator: "\n")
    }
}

import MARCore

extension Screen {
    /// `list`/`modules`: modules in order, each scenario with status (new/attempted/solved) and best
    /// score; the current scenario is marked with `›`.
    public static func list(_ curriculum: Curriculum, state: LearnerState, current: String?, width: Int,
                            style: Style) -> String {
        var out = [style.heading(curriculum.title)]
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
            let title = curriculum.scenario(id)?.title ?? "(missing scenario)"
            let lead = " \(here) \(mark) "
            let head = lead + style.bold(id) + style.dim("  \(stars)  \(status.rawValue)\(best)")
            return [head] + Wrap.lines(title, width: width, first: spaces(lead.visibleCount + 2), rest: spaces(lead.visibleCount + 2))
        }
        var listed = Set<String>()
        for (n, module) in curriculum.modules.enumerated() {
            out.append("")
            out += Wrap.lines("\(n + 1). \(module.title) (\(module.id))", width: width).map { style.bold($0) }
            for id in module.scenarioIDs {
                listed.insert(id)
                out += entry(id)
            }
        }
        let others = curriculum.scenarioIDs.filter { !listed.contains($0) }
        if !others.isEmpty {
            out += ["", style.bold("Other scenarios")]
            for id in others { out += entry(id) }
        }
        out += ["", style.dim("'start ID' opens one; 'next' the next unsolved.")]
        return out.joined(separator: "\n")
    }
}

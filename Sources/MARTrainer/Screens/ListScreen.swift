import MARCore

extension Screen {
    /// `list`/`modules`: modules in order, each scenario with status (new/attempted/solved) and best
    /// score; the current scenario is marked with `›`.
    public static func list(_ curriculum: Curriculum, state: LearnerState, current: String?, width: Int,
                            style: Style) -> String {
        var out = [style.heading(curriculum.title)]
        let idWidth = min(34, (curriculum.scenarios.map(\.id.count).max() ?? 10) + 1)
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
            let title = curriculum.scenario(id)?.title ?? "(missing scenario)"
            let tail = "  \(status.rawValue)\(best)"
            let lead = " \(here) \(mark) " + id.padded(idWidth) + " "
            return Wrap.lines(title + tail, width: width, first: lead, rest: spaces(lead.visibleCount))
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
        let others = curriculum.scenarios.map(\.id).filter { !listed.contains($0) }
        if !others.isEmpty {
            out += ["", style.bold("Other scenarios")]
            for id in others { out += entry(id) }
        }
        out += ["", style.dim("'start ID' opens one; 'next' the next unsolved.")]
        return out.joined(separator: "\n")
    }
}

extension Screen {
    /// `help`: every command with one example; `help COMMAND`: that command in full.
    public static func help(_ topic: String?, width: Int, style: Style) -> String {
        if let topic {
            guard let name = CommandName.named(topic) ?? (topic == "codes" ? .answer : nil) else {
                let suggestion = closest(to: topic, in: CommandName.allCases.flatMap(\.spellings))
                return "No command '\(topic)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Type 'help' for the list."
            }
            var out = [style.bold(name.usage)]
            out += Wrap.lines(name.summary, width: width, first: "  ", rest: "  ")
            out += Wrap.lines(name.example, width: width, first: "  example: ", rest: spaces(11))
            return out.joined(separator: "\n")
        }
        var out = [style.bold("Commands")]
        let col = 24
        for name in CommandName.allCases {
            let lead = "  " + name.usage.padded(col - 2)
            // A usage that leaves fewer than two spaces before the summary goes on its own line.
            let first = name.usage.count > col - 4 ? ["  " + name.usage] : []
            let text = name.summary
            if first.isEmpty {
                out += Wrap.lines(text, width: width, first: lead, rest: spaces(col))
            } else {
                out += first + Wrap.lines(text, width: width, first: spaces(col), rest: spaces(col))
            }
            out += Wrap.lines("e.g. " + name.example, width: width, first: spaces(col), rest: spaces(col + 5)).map { style.dim($0) }
        }
        out.append("")
        out += Wrap.lines("TAB completes commands, scenario ids, rule ids and codes. Ctrl-C clears the line; Ctrl-D leaves.",
                          width: width).map { style.dim($0) }
        return out.joined(separator: "\n")
    }
}

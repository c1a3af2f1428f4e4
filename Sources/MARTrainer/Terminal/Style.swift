/// How text is decorated: ANSI colour on a terminal, nothing otherwise.
///
/// Screens take a `Style` so the same function renders plain text for pipes and golden files,
/// and colour for people.
public struct Style: Sendable, Equatable {
    /// Whether escape codes are emitted at all.
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    /// No escape codes: pipes, `NO_COLOR`, `TERM=dumb`, golden files.
    public static let plain = Style(colour: false)
    /// ANSI colour.
    public static let ansi = Style(colour: true)

    /// Colour only when stdout is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
    public static func detect(environment: [String: String], stdoutIsTerminal: Bool) -> Style {
        guard stdoutIsTerminal, environment["NO_COLOR"] == nil, environment["TERM"] != "dumb" else { return .plain }
        return .ansi
    }

    private func sgr(_ code: String, _ text: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ s: String) -> String { sgr("1", s) }
    public func dim(_ s: String) -> String { sgr("2", s) }
    public func red(_ s: String) -> String { sgr("31", s) }
    public func green(_ s: String) -> String { sgr("32", s) }
    public func yellow(_ s: String) -> String { sgr("33", s) }
    public func cyan(_ s: String) -> String { sgr("36", s) }
    /// A heading: bold cyan.
    public func heading(_ s: String) -> String { sgr("1;36", s) }
    /// The ✓ mark.
    public var tick: String { green("✓") }
    /// The ✗ mark.
    public var cross: String { red("✗") }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Long screens (list, lesson, trace, rules) go through a pager on a terminal, never when piped.
public struct Pager: Sendable {
    /// The shell command that pages (`$PAGER`, else `less -R`).
    public let command: String
    /// The terminal's rows, read when a screen is shown (a window can be resized).
    public let rows: @Sendable () -> Int

    public init(command: String, rows: @escaping @Sendable () -> Int) {
        self.command = command
        self.rows = rows
    }

    /// The pager command for this process: nil when stdout is not a terminal (a pipe or a file) or
    /// `TERM=dumb`; otherwise `$PAGER` when set and not blank, else `less -R` (which keeps colour).
    public static func command(environment: [String: String], stdoutIsTerminal: Bool) -> String? {
        guard stdoutIsTerminal, environment["TERM"] != "dumb" else { return nil }
        if let p = environment["PAGER"], !p.trimmedSpace.isEmpty { return p }
        return "less -R"
    }

    /// The pager for the process's terminal, or nil when output is piped.
    public static func forTerminal(environment: [String: String]) -> Pager? {
        command(environment: environment, stdoutIsTerminal: Terminal.stdoutIsTerminal).map {
            Pager(command: $0, rows: { Terminal.rows() })
        }
    }

    /// Whether `text` is taller than the window (keeping two rows for the prompt).
    public static func isLong(_ text: String, rows: Int) -> Bool {
        text.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) } > max(1, rows - 2)
    }

    /// Shows `text` through the pager when it is taller than the window. Returns false when the text
    /// is short or the pager could not be started (the caller then prints it).
    public func show(_ text: String) -> Bool {
        guard Self.isLong(text, rows: rows()) else { return false }
        // A learner may quit the pager before reading everything: a write to a closed pipe must not kill us.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        guard let pipe = popen(command, "w") else { return false }
        _ = (text + "\n").withCString { fputs($0, pipe) }
        let status = pclose(pipe)
        // 127: the shell could not find the pager; show the text instead.
        return status != -1 && (status >> 8) & 0xff != 127
    }
}

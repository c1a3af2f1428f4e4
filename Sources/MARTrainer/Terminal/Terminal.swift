#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the process's terminal, read once at start.
public enum Terminal {
    /// The widest a screen is laid out, however wide the window.
    public static let maximumWidth = 100
    /// The width used when nothing better is known.
    public static let defaultWidth = 80

    /// Whether stdin is a terminal (if not: plain lines, no readline).
    public static var stdinIsTerminal: Bool { isatty(0) != 0 }
    /// Whether stdout is a terminal (if not: no colour).
    public static var stdoutIsTerminal: Bool { isatty(1) != 0 }

    /// The layout width: the window's columns (`TIOCGWINSZ`), else `COLUMNS`, else 80; at most 100.
    public static func width(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return clampWidth(Int(size.ws_col))
        }
        return width(columnsVariable: environment["COLUMNS"])
    }

    /// The width from `COLUMNS` alone (80 when unset or not a number); at most 100.
    public static func width(columnsVariable: String?) -> Int {
        if let c = columnsVariable.flatMap({ Int($0) }), c > 0 { return clampWidth(c) }
        return defaultWidth
    }

    /// The window's rows (`TIOCGWINSZ` on stdout), else 24.
    public static func rows() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return 24
    }

    static func clampWidth(_ w: Int) -> Int { max(20, min(maximumWidth, w)) }
}

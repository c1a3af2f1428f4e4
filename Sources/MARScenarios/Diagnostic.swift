/// A place in a file: 1-based line and column (columns count Unicode scalars, as libyaml does).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    init(_ mark: Node.Mark?) {
        self.init(line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1))
    }

    /// The location `offset` scalars to the right on the same line.
    func shifted(by offset: Int) -> SourceLocation { SourceLocation(line: line, column: column + max(offset, 0)) }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}

/// One problem found in a file, written for the educator who wrote it.
///
/// Prints as `path:line:column: message`, or `path:line:column: warning: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var path: String
    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(path: String, location: SourceLocation, severity: Severity = .error, message: String) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
    }

    public var line: Int { location.line }
    public var column: Int { location.column }
    public var isError: Bool { severity == .error }

    public var description: String {
        "\(path):\(location.line):\(location.column): " + (severity == .warning ? "warning: " : "") + message
    }

    /// The same diagnostic with another path (e.g. relative to a folder, for display).
    public func withPath(_ newPath: String) -> Diagnostic {
        var d = self
        d.path = newPath
        return d
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }
}

/// Collects the diagnostics of one file.
final class DiagnosticLog {
    let path: String
    private(set) var items: [Diagnostic] = []

    init(path: String) { self.path = path }

    func error(_ at: SourceLocation, _ message: String) {
        items.append(Diagnostic(path: path, location: at, severity: .error, message: message))
    }

    func warning(_ at: SourceLocation, _ message: String) {
        items.append(Diagnostic(path: path, location: at, severity: .warning, message: message))
    }

    var hasErrors: Bool { items.hasErrors }
    var errorCount: Int { items.filter(\.isError).count }

    /// Diagnostics in file order (stable for equal locations).
    var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
    }
}

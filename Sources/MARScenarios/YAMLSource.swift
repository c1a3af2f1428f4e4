import Foundation

/// Turns file text into a `Node` tree (straight from libyaml's events), refusing what is unsafe or not YAML with located errors.
enum YAMLSource {
    /// Reads a file's text (one `open`/`fstat`/`read`, bytes checked in one pass), refusing files over
    /// 1 MiB before reading them.
    static func read(path: String, log: DiagnosticLog) -> String? {
        SourceFile.text(path: path, log: log)
    }

    /// Parses `text` (one YAML document). Returns nil, with errors logged, when it cannot be used.
    /// Also returns nil, with no error, for a document that holds nothing; callers report that.
    /// `bytesChecked`: the text came from `read`, which already checked its bytes.
    static func compose(_ text: String, log: DiagnosticLog, bytesChecked: Bool = false) -> Node? {
        let text = SourceText.withoutByteOrderMark(text)
        guard bytesChecked || SourceText.check(text, log: log) else { return nil }
        let bytes = Array(text.utf8)
        return compose(checkedBytes: bytes, lines: { SourceLines(bytes: bytes) }, log: log)
    }

    /// Parses bytes already checked (`SourceFile.bytes` or `SourceText.check`) and without a byte order mark;
    /// `lines` gives the file's lines when a syntax error needs them.
    static func compose(checkedBytes bytes: [UInt8], lines: () -> SourceLines, log: DiagnosticLog) -> Node? {
        let result = bytes.withUnsafeBufferPointer { bytes in
            Result { () throws(YAMLEvents.Failure) in try YAMLEvents.compose(utf8: bytes) }
        }
        switch result {
        case .success(let root): return root
        case .failure(let failure):
            report(failure, lines: lines(), log: log)
            return nil
        }
    }

    private static func report(_ failure: YAMLEvents.Failure, lines: SourceLines, log: DiagnosticLog) {
        switch failure {
        case let .syntax(problem, mark, context, contextMark):
            if let (at, message) = StructureHints.explain(errorLine: mark.line, lines: lines) {
                log.error(at, message)
                return
            }
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context) at line \(contextMark.line), column \(contextMark.column))" }
            log.error(SourceLocation(mark), message + hint(problem))
        case let .anchor(name, isAlias, mark):
            log.error(SourceLocation(mark), (isAlias ? "alias '*\(name)'" : "anchor '&\(name)'")
                      + " is not accepted: scenario files do not use YAML anchors or aliases; write the value out in full")
        case let .duplicateKeys(keys, mark):
            let names = keys.map { "'\($0)'" }.joined(separator: ", ")
            log.error(SourceLocation(mark), "duplicate key \(names): each key may appear once in a map; merge the two or rename one")
        case let .reader(problem):
            log.error(.start, "the file cannot be read as text: \(problem)")
        case .memory:
            log.error(.start, "the file is too large to read as YAML")
        }
    }

    private static func hint(_ problem: String) -> String {
        if problem.contains("Maximum nesting level") {
            return " — lists and maps nest more than 1000 levels deep; a scenario needs only a few"
        }
        if problem.contains("mapping values are not allowed") {
            return "; a ':' followed by a space starts a key — put text containing ': ' in quotes"
        }
        if problem.contains("tab") { return "; indent with spaces, not tabs" }
        return ""
    }
}

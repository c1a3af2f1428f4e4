#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session's lines come from. `nil` means end of input (Ctrl-D, end of a pipe).
public protocol LineInput: AnyObject {
    /// Reads one line (without its newline), showing `prompt` where that makes sense.
    func readLine(prompt: String) -> String?
}

/// Where a session's text goes.
public protocol TextOutput: AnyObject {
    /// Writes `text` as is (callers add newlines).
    func write(_ text: String)
}

/// Plain lines from stdin, for pipes and files: no readline, no escape codes.
///
/// When `echo` is on, each line read is written back after the prompt text, so that a piped
/// transcript reads like the terminal session it scripts (`marcoach [x] › 96365`).
public final class PlainInput: LineInput {
    private let output: TextOutput
    private let echo: Bool

    public init(output: TextOutput, echo: Bool = true) {
        self.output = output
        self.echo = echo
    }

    public func readLine(prompt: String) -> String? {
        guard let line = Swift.readLine(strippingNewline: true) else { return nil }
        if echo { output.write(prompt + line + "\n") }
        return line
    }
}

/// Scripted lines (tests, demos); echoes each line after the prompt like `PlainInput`.
public final class ScriptedInput: LineInput {
    private var lines: [String]
    private let output: TextOutput?

    public init(_ lines: [String], echoTo output: TextOutput? = nil) {
        self.lines = lines
        self.output = output
    }

    public func readLine(prompt: String) -> String? {
        guard !lines.isEmpty else { return nil }
        let line = lines.removeFirst()
        output?.write(prompt + line + "\n")
        return line
    }
}

/// Standard output, unbuffered per write.
public final class StandardOutput: TextOutput {
    public init() {}
    public func write(_ text: String) {
        writeAll(fd: 1, Array(text.utf8))
    }
}

/// Collects everything written (tests).
public final class CapturedOutput: TextOutput {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

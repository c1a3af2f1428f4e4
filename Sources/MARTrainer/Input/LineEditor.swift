import CReadline
import Foundation

/// GNU readline behind one small wrapper: prompt, line editing, history kept across sessions,
/// TAB completion by position, Ctrl-C clears the line, Ctrl-D ends input.
///
/// History lives at `DataPaths.historyFile` (folders created), bounded to 1,000 entries. Each
/// accepted line is appended to the file at once, so a killed session loses no history.
/// Only one `LineEditor` should exist at a time: readline itself is a process-wide singleton.
public final class LineEditor: LineInput {
    /// History entries kept in memory and on disk.
    public static let historyLimit: Int32 = 1000

    private let historyPath: String?

    /// Sets readline up. `completer` answers TAB; history goes to `historyPath` (nil: no file).
    public init(completer: Completer, historyPath: String?) {
        self.historyPath = historyPath
        CompletionHub.shared.set(completer)
        mc_set_readline_name("marcoach")
        mc_set_word_break_characters()
        mc_set_attempted_completion(marcoachComplete)
        mc_install_sigint_handler()
        stifle_history(Self.historyLimit)
        if let path = historyPath {
            try? DataPaths.createParent(of: path)
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil)
            }
            read_history(path)
        }
    }

    deinit {
        mc_restore_sigint_handler()
    }

    /// What to do while the learner sits at the prompt (asked about ten times a second).
    public enum Waiting: Sendable, Equatable {
        /// Nothing.
        case keep
        /// Show this prompt instead, keeping what was typed (a clock that counts down).
        case prompt(String)
        /// Print this line above the prompt, then show `prompt`.
        case notice(String, prompt: String)
        /// End the line now, as if Enter were pressed (time is up).
        case finish
    }

    /// Consulted while readline waits for a key; nil stops it. Used by the exam clock.
    public func whileWaiting(_ body: (() -> Waiting)?) {
        WaitingHub.shared.set(body)
        if body == nil { mc_set_event_hook(nil, 100_000) } else { mc_set_event_hook(marcoachWaiting, 100_000) }
    }

    /// Replaces the completion candidates (e.g. after the curriculum changes).
    public func update(completer: Completer) { CompletionHub.shared.set(completer) }

    public func readLine(prompt: String) -> String? {
        guard let raw = mc_readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            if let path = historyPath {
                append_history(1, path)
                history_truncate_file(path, Self.historyLimit)
            }
        }
        return line
    }
}

/// The completer readline's C callback consults (readline offers no context pointer).
final class CompletionHub: @unchecked Sendable {
    static let shared = CompletionHub()
    private let lock = NSLock()
    private var completer = Completer(scenarioIDs: [], ruleIDs: [])

    func set(_ c: Completer) { lock.withLock { completer = c } }
    func get() -> Completer { lock.withLock { completer } }
}

/// The waiting callback readline's event hook consults (readline offers no context pointer).
final class WaitingHub: @unchecked Sendable {
    static let shared = WaitingHub()
    private let lock = NSLock()
    private var body: (() -> LineEditor.Waiting)?

    func set(_ b: (() -> LineEditor.Waiting)?) { lock.withLock { body = b } }
    func get() -> (() -> LineEditor.Waiting)? { lock.withLock { body } }
}

/// readline's event hook: runs the waiting callback and acts on its answer.
func marcoachWaiting() -> Int32 {
    guard let body = WaitingHub.shared.get() else { return 0 }
    switch body() {
    case .keep: break
    case .prompt(let p): mc_update_prompt(p)
    case .notice(let text, let p):
        mc_set_prompt_only(p)
        mc_print_above(text)
    case .finish: mc_finish_line()
    }
    return 0
}

/// readline's attempted-completion callback: a top-level function, so it converts to a C pointer.
func marcoachComplete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    mc_set_attempted_completion_over(1)
    let prefix = text.map { String(cString: $0) } ?? ""
    var before = ""
    if let buffer = mc_line_buffer() {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                        count: Int(max(0, start)))
        before = String(decoding: bytes, as: UTF8.self)
    }
    let matches = CompletionHub.shared.get().candidates(line: before, start: before.count, prefix: prefix)
    guard !matches.isEmpty else { return nil }
    let slots = matches.count == 1 ? matches : [Completer.commonPrefix(matches)] + matches
    // readline frees the array and each string with free(): allocate both with malloc.
    guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (slots.count + 1)) else { return nil }
    let out = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: slots.count + 1)
    for (i, s) in slots.enumerated() { out[i] = strdup(s) }
    out[slots.count] = nil
    return out
}

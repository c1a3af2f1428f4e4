#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A learner's attempt log, `attempts.jsonl`: one JSON object per line, append-only.
///
/// Appends are safe against concurrent writers and crashes: the file is opened `O_APPEND`, an
/// exclusive `flock` is held around the write, the line is written with one `write` loop, and
/// `fsync` follows. If the file does not end in a newline (a torn write), a newline is written
/// first so the new line stays whole. Reading never rewrites the file: a corrupt or torn line is
/// skipped and reported as `path:LINE: damaged line skipped`.
public struct ProgressStore: Sendable {
    /// The log's path.
    public let path: String
    public let learner: String

    /// The store of `learner` under the XDG data folder of `environment`.
    public init(learner: String, environment: [String: String]) {
        self.learner = learner
        self.path = DataPaths.attemptsFile(learner: learner, environment: environment)
    }

    /// A store at an explicit path (tests).
    public init(learner: String, path: String) {
        self.learner = learner
        self.path = path
    }

    /// Why an attempt could not be saved.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Appends one attempt durably.
    public func append(_ attempt: Attempt) throws(WriteError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(attempt) } catch {
            throw WriteError(description: "cannot encode attempt: \(error)")
        }
        do { try DataPaths.createParent(of: path) } catch {
            throw WriteError(description: "\(path): cannot create folder: \(error.localizedDescription)")
        }
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw WriteError(description: "\(path): cannot lock: \(String(cString: strerror(errno)))") }
        }
        defer { _ = flock(fd, LOCK_UN) }
        var bytes = [UInt8](data)
        bytes.append(UInt8(ascii: "\n"))
        if !endsWithNewline(fd) { bytes.insert(UInt8(ascii: "\n"), at: 0) }
        guard writeAll(fd: fd, bytes) else {
            throw WriteError(description: "\(path): write failed: \(String(cString: strerror(errno)))")
        }
        guard fsync(fd) == 0 else { throw WriteError(description: "\(path): fsync failed: \(String(cString: strerror(errno)))") }
    }

    /// Everything readable in the log, in order, with a warning per damaged line.
    /// A missing file is an empty log.
    public func load() -> (attempts: [Attempt], warnings: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([], []) }
        var attempts: [Attempt] = []
        var warnings: [String] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            if let a = try? decoder.decode(Attempt.self, from: Data(line)) {
                attempts.append(a)
            } else {
                warnings.append("\(path):\(lineNumber): damaged line skipped")
            }
        }
        return (attempts, warnings)
    }

    private func endsWithNewline(_ fd: Int32) -> Bool {
        // O_APPEND does not stop pread from reading anywhere; an empty file counts as ending well.
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return true }
        var byte: UInt8 = 0
        let n = pread(fd, &byte, 1, off_t(st.st_size - 1))
        return n != 1 || byte == UInt8(ascii: "\n")
    }
}

import Foundation
import MARTrainer
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real `marcoach` binary through a pseudo-terminal, so GNU readline itself is exercised:
/// TAB completion, Up-arrow history, a wrong answer explained with its rule ID, Ctrl-D, the history file.
@Suite(.serialized) struct PseudoTerminalTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The debug or release `marcoach` next to the test bundle.
    static var binary: String? {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("marcoach"),
                          Bundle.main.bundleURL.appendingPathComponent("marcoach"),
                          root.appendingPathComponent(".build/debug/marcoach")]
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    final class PTY {
        let fd: Int32
        let pid: pid_t
        var transcript = ""

        init(_ path: String, args: [String], env: [String: String], cwd: String) throws {
            var master: Int32 = 0
            var size = winsize(ws_row: 50, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
            let argv = ([path] + args).map { strdup($0) } + [nil]
            let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            let pid = forkpty(&master, nil, nil, &size)
            if pid == 0 {
                // A terminal's shell starts programs with no blocked signals and default dispositions; the test
                // runner's worker thread blocks some, and the child would inherit that.
                var none = sigset_t()
                sigemptyset(&none)
                sigprocmask(SIG_SETMASK, &none, nil)
                signal(SIGINT, SIG_DFL)
                chdir(cwd)
                execve(path, argv, envp)
                _exit(127)
            }
            guard pid > 0 else { throw POSIXError(.ECHILD) }
            fd = master
            self.pid = pid
        }

        /// Reads until `needle` appears in the transcript (or the time runs out).
        @discardableResult
        func read(until needle: String, seconds: Double = 10, after offset: Int = 0) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            func found() -> Bool { String(transcript.dropFirst(offset)).contains(needle) }
            while Date() < deadline {
                if found() { return true }
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 100) > 0 else { continue }
                let n = Glibc.read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                transcript += String(decoding: buffer[0..<n], as: UTF8.self)
            }
            return found()
        }

        func send(_ s: String) {
            _ = s.utf8CString.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
            usleep(150_000)
        }

        func waitExit() -> Int32 {
            var status: Int32 = 0
            for _ in 0..<50 {
                if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xff }
                usleep(100_000)
            }
            kill(pid, SIGKILL)
            return -1
        }
    }

    @Test func readlineSessionEndToEnd() throws {
        let binary = try #require(Self.binary, "build the marcoach executable first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-pty-\(getpid())")
        try? FileManager.default.removeItem(at: home)
        let env = ["HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                   "XDG_DATA_HOME": home.appendingPathComponent("data").path, "TERM": "xterm", "NO_COLOR": "1",
                   "PATH": "/usr/bin:/bin"]
        let pty = try PTY(binary, args: ["practice", "--learner", "pty"], env: env, cwd: Self.root.path)
        #expect(pty.read(until: "marcoach ›"), "no prompt:\n\(pty.transcript)")

        // TAB completes a command word.
        pty.send("sta\t")
        #expect(pty.read(until: "start "), "no completion:\n\(pty.transcript)")
        pty.send("m03-uti-zofran-then-ceftriaxone\r")
        #expect(pty.read(until: "m03-uti-zofran-then-ceftriaxone] ›"))

        // A wrong answer is explained with its rule ID.
        pty.send("96374 96365\r")
        #expect(pty.read(until: "[HIER-FACILITY]"), "no explanation:\n\(pty.transcript)")

        // Up arrow recalls the last line.
        let before = pty.transcript.count
        pty.send("\u{1b}[A")
        #expect(pty.read(until: "96374 96365", seconds: 3, after: before), "no history recall:\n\(pty.transcript)")
        pty.send("\u{15}")  // Ctrl-U clears the recalled line

        // Ctrl-C drops a half-typed line and keeps the session.
        let beforeInterrupt = pty.transcript.count
        pty.send("half typed")
        pty.send("\u{03}")
        #expect(pty.read(until: "m03-uti-zofran-then-ceftriaxone] ›", seconds: 3, after: beforeInterrupt + 10),
                "no fresh prompt after Ctrl-C:\n\(pty.transcript)")

        // Ctrl-D leaves; the history file holds the session's lines.
        pty.send("\u{04}")
        #expect(pty.waitExit() == 0)
        let history = try String(contentsOfFile: home.appendingPathComponent("state/marcoach/history").path, encoding: .utf8)
        #expect(history.contains("96374 96365"))
        #expect(!history.contains("half typed"), "an interrupted line is not kept in history")
        try? FileManager.default.removeItem(at: home)
    }

    @Test func pipedSessionExplainsAndRecords() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-pipe-\(getpid())")
        try? FileManager.default.removeItem(at: home)
        let (status, text) = try runPiped(["practice", "--learner", "pipe"],
                                          input: "start m03-uti-zofran-then-ceftriaxone\n96374\nquit\n",
                                          environment: ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                                                        "XDG_STATE_HOME": home.appendingPathComponent("state").path, "TERM": "xterm"])
        #expect(status == 0)
        #expect(text.contains("[HIER-FACILITY]"), "\(text)")
        #expect(!text.contains("\u{1b}["), "escape codes in piped output")
        let log = try String(contentsOfFile: home.appendingPathComponent("data/marcoach/pipe/attempts.jsonl").path, encoding: .utf8)
        let line = try #require(log.split(separator: "\n").last)
        let attempt = try JSONDecoder().decode(Attempt.self, from: Data(line.utf8))
        #expect(attempt.scenario == "m03-uti-zofran-then-ceftriaxone" && attempt.answer == "96374" && attempt.score < 1)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state/marcoach/history").path))
        try? FileManager.default.removeItem(at: home)
    }

    /// Two sessions of the same learner at once, each recording 60 attempts: the log holds all 120, whole.
    @Test func twoProcessesAppendingToOneLogLoseNothing() throws {
        let binary = try #require(Self.binary)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-two-\(getpid())")
        try? FileManager.default.removeItem(at: home)
        let script = "start m03-uti-zofran-then-ceftriaxone\n" + String(repeating: "96365 96375\n", count: 60) + "quit\n"
        let processes = (0..<2).map { _ -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["practice", "--learner", "shared"]
            p.currentDirectoryURL = Self.root
            p.environment = ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                             "XDG_STATE_HOME": home.appendingPathComponent("state").path, "TERM": "dumb"]
            p.standardInput = Pipe()
            p.standardOutput = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes {
            let pipe = p.standardInput as! Pipe
            pipe.fileHandleForWriting.write(Data(script.utf8))
            try pipe.fileHandleForWriting.close()
        }
        for p in processes { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let log = try String(contentsOfFile: home.appendingPathComponent("data/marcoach/shared/attempts.jsonl").path,
                             encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.count == 120)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "damaged line: \(line)")
        }
        try? FileManager.default.removeItem(at: home)
    }
}

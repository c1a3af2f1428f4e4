import Foundation
import Testing

/// The real binary pages long screens on a terminal and never when piped.
@Suite(.serialized) struct PagerEndToEndTests {
    static func environment(_ home: String) -> [String: String] {
        ["HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state", "TERM": "xterm",
         "PATH": "/usr/bin:/bin", "PAGER": "sed s/^/PAGED:/", "LANG": "C.UTF-8"]
    }

    @Test func pipedOutputIsNeverPaged() throws {
        let (status, text) = try runPiped(["practice"], input: "lesson 1\nlist\nrules\nquit\n",
                                          environment: Self.environment(temporaryDirectory()))
        #expect(status == 0)
        #expect(text.contains("Lesson 1 of "), "the lesson is printed")
        #expect(text.contains("1. Reading the MAR"), "the list is printed")
        #expect(!text.contains("PAGED:"), "a pipe is never paged")
    }

    @Test func aTerminalPagesLongScreensOnly() throws {
        let binary = try #require(PseudoTerminalTests.binary)
        let home = temporaryDirectory()
        let pty = try PseudoTerminalTests.PTY(binary, args: ["practice"], env: Self.environment(home),
                                              cwd: PseudoTerminalTests.root.path)
        #expect(pty.read(until: "marcoach › "))
        pty.send("lesson 1\r")
        // Every line of the lesson comes back through $PAGER (colour codes may follow the marker).
        #expect(pty.read(until: "Reading the MAR and the encounter window"))
        #expect(pty.read(until: "PAGED:"), "the lesson went through $PAGER")
        #expect(pty.transcript.contains("Lesson 1 of"))
        _ = pty.read(until: "never-printed-marker", seconds: 1.5)  // let the pager finish
        let mark = pty.transcript.count
        pty.send("help why\r")
        #expect(pty.read(until: "why CODE", after: mark))
        #expect(!String(pty.transcript.dropFirst(mark)).contains("PAGED:"), "a short screen is printed as is")
        pty.send("quit\r")
        #expect(pty.waitExit() == 0)
    }
}

import Foundation
import Testing

/// Runs the real `marcoach` with `input` on a pipe from the repository root and returns its status and standard
/// output (the scripted-learner harness of the end-to-end tests).
func runPiped(_ args: [String], input: String, environment: [String: String]) throws -> (status: Int32, text: String) {
    let binary = try #require(PseudoTerminalTests.binary)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = args
    p.currentDirectoryURL = PseudoTerminalTests.root
    p.environment = environment
    let stdin = Pipe(), stdout = Pipe()
    p.standardInput = stdin
    p.standardOutput = stdout
    try p.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let text = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, text)
}

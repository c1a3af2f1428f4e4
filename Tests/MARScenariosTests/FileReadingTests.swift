import Foundation
import Testing
import TestScratch
@testable import MARScenarios

/// Reading a file once: the one-pass byte check agrees with the text check, messages stay located.
@Suite struct FileReadingTests {
    /// Bytes and whether they are clean UTF-8 text by `SourceText.check`'s rules.
    @Test(arguments: [
        ([0x61, 0x0A, 0x09, 0x0D], true),            // text, LF, tab, CR
        ([], true),                                   // empty
        ([0x00], false), ([0x1F], false), ([0x7F], false), ([0x0B], false), ([0x0C], false),
        ([0x20, 0x7E], true),                         // the ASCII ends
        ([0xC3, 0xA9], true),                         // é
        ([0xC0, 0x80], false), ([0xC1, 0xBF], false), // overlong two-byte
        ([0xC2, 0x80], true),                         // U+0080, the first two-byte scalar
        ([0xE0, 0x9F, 0xBF], false),                  // overlong three-byte
        ([0xE0, 0xA0, 0x80], true),                   // U+0800
        ([0xED, 0x9F, 0xBF], true),                   // U+D7FF
        ([0xED, 0xA0, 0x80], false),                  // U+D800, a surrogate
        ([0xEF, 0xBF, 0xBD], true),                   // U+FFFD
        ([0xEF, 0xBF, 0xBE], false), ([0xEF, 0xBF, 0xBF], false), // U+FFFE, U+FFFF
        ([0xEF, 0xBB, 0xBF, 0x61], true),             // a byte-order mark is valid UTF-8
        ([0xF0, 0x8F, 0xBF, 0xBF], false),            // overlong four-byte
        ([0xF0, 0x90, 0x80, 0x80], true),             // U+10000
        ([0xF4, 0x8F, 0xBF, 0xBF], true),             // U+10FFFF
        ([0xF4, 0x90, 0x80, 0x80], false),            // past U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], false), ([0xFF], false), ([0x80], false),
        ([0xE2, 0x82], false),                        // cut short at the end
        ([0xE2, 0x28, 0xA1], false),                  // bad continuation
    ] as [([UInt8], Bool)])
    func bytesCheckedInOnePass(_ bytes: [UInt8], _ clean: Bool) {
        #expect(SourceText.isCleanUTF8(bytes) == clean)
        // The same verdict as decoding and then checking the text.
        let log = DiagnosticLog(path: "x.yaml")
        let viaText = String(validating: bytes, as: UTF8.self).map { SourceText.check($0, log: log) } ?? false
        #expect(viaText == clean)
    }

    /// A refused byte anywhere in a longer text, where both checks test eight bytes at a time: every position of a
    /// word, the tail, and U+FFFE split across two words.
    @Test(arguments: [0x07, 0x7F] as [UInt8])
    func aRefusedByteInAnyWordIsFound(_ refused: UInt8) {
        let clean = [UInt8]("0123456789abcdefghijklmn".utf8)
        #expect(SourceText.isCleanUTF8(clean) && SourceText.check(String(decoding: clean, as: UTF8.self), log: DiagnosticLog(path: "x.yaml")))
        for at in clean.indices {
            var bytes = clean
            bytes[at] = refused
            let log = DiagnosticLog(path: "x.yaml")
            #expect(!SourceText.isCleanUTF8(bytes), "byte \(at)")
            #expect(!SourceText.check(String(decoding: bytes, as: UTF8.self), log: log), "byte \(at)")
            #expect(log.sorted.first?.location == SourceLocation(line: 1, column: at + 1))
        }
        let split = [UInt8]("0123456".utf8) + [0xEF, 0xBF, 0xBE] + [UInt8]("abcdefgh".utf8)
        #expect(!SourceText.check(String(decoding: split, as: UTF8.self), log: DiagnosticLog(path: "x.yaml")))
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = Scratch.path("read", suffix: ".yaml")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileIsReadWhole() throws {
        let text = "title: café\n" + String(repeating: "# padding line\n", count: 5000)
        let path = try Self.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = DiagnosticLog(path: path)
        #expect(SourceFile.text(path: path, log: log) == text)
        #expect(log.sorted.isEmpty)
    }

    /// The limit is checked from `fstat`, at the boundary.
    @Test(arguments: [SourceText.maximumBytes, SourceText.maximumBytes + 1])
    func sizeLimitFromFstat(_ size: Int) throws {
        let path = try Self.write([UInt8](repeating: UInt8(ascii: "#"), count: size))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = DiagnosticLog(path: path)
        let text = SourceFile.text(path: path, log: log)
        #expect((text != nil) == (size <= SourceText.maximumBytes))
        #expect(log.sorted.map(\.message) == (size <= SourceText.maximumBytes ? [] : [SourceText.sizeMessage(size)]))
    }

    /// A bad byte is still located (line and column), as before.
    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0xFF], "2:2"),
        ([0x61, 0x62, 0x0A, 0x0A, 0x63, 0x00], "3:2"),
    ] as [([UInt8], String)])
    func badBytesAreLocated(_ bytes: [UInt8], _ location: String) throws {
        let path = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = DiagnosticLog(path: path)
        #expect(SourceFile.text(path: path, log: log) == nil)
        #expect(log.sorted.map { $0.location.description } == [location])
    }

    @Test func missingFileAndFolderAreClearErrors() {
        let log = DiagnosticLog(path: "nowhere.yaml")
        #expect(SourceFile.text(path: "/nonexistent/nowhere.yaml", log: log) == nil)
        #expect(log.sorted.map(\.message) == ["cannot read the file: no such file"])
        let dirLog = DiagnosticLog(path: "tmp")
        #expect(SourceFile.text(path: FileManager.default.temporaryDirectory.path, log: dirLog) == nil)
        #expect(dirLog.sorted.map(\.message) == ["cannot read the file: it is a folder"])
    }
}

/// Streaming in input order through a bounded window.
@Suite struct OrderedStreamTests {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var emitted: [Int] = []
        var running = 0, maxAhead = 0
    }

    @Test(arguments: [0, 1, 2, 63, 64, 65, 1000])
    func emitsEveryIndexInOrder(_ count: Int) {
        let r = Recorder()
        concurrentOrdered(count, window: 64, { i -> Int in
            r.lock.lock()
            r.maxAhead = max(r.maxAhead, i - r.emitted.count)
            r.lock.unlock()
            return i * 2
        }, emit: { i, value in
            r.lock.lock()
            #expect(value == i * 2)
            r.emitted.append(i)
            r.lock.unlock()
        })
        #expect(r.emitted == Array(0..<count))
        // No work starts more than a window ahead of what was written.
        #expect(r.maxAhead < 64)
    }

    @Test func aWindowOfOneIsSequential() {
        let r = Recorder()
        concurrentOrdered(50, window: 1, { i in i }, emit: { i, _ in r.lock.lock(); r.emitted.append(i); r.lock.unlock() })
        #expect(r.emitted == Array(0..<50))
    }
}

/// Paths from the command line and from `--files-from`.
@Suite struct ScenarioPathsTests {
    @Test func listSkipsBlankLinesAndCarriageReturns() throws {
        let path = try FileReadingTests.write(Array("a.yaml\r\n\nb dir/c.yaml\n\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (paths, d) = ScenarioPaths.list(from: path)
        #expect(paths == ["a.yaml", "b dir/c.yaml"])
        #expect(d.isEmpty)
        #expect(ScenarioPaths.list(from: "/nonexistent/list.txt").diagnostics.count == 1)
    }

    @Test func foldersExpandSortedFilesStayInOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["b.yaml", "a.yml", "sub/c.yaml", "notes.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let lone = dir.appendingPathComponent("notes.txt").path
        let (files, d) = ScenarioPaths.expand([lone, dir.path, dir.appendingPathComponent("missing.yaml").path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["notes.txt", "a.yml", "b.yaml", "c.yaml"])
        #expect(d.map(\.message) == ["no such file or folder"])
    }

    /// A named folder with no scenario file in it (or below) is said, not coded as nothing.
    @Test func aFolderWithoutScenariosIsSaid() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marcoach-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("sub/notes.txt"))
        let (files, d) = ScenarioPaths.expand([dir.path])
        #expect(files.isEmpty)
        #expect(d.map(\.message) == ["no scenario files (*.yaml, *.yml) in this folder or below"])
        #expect(d.first?.path == dir.path && d.first?.isError == true)
    }
}

/// The folder walk: nested folders, both extensions in any case, hidden entries skipped, links to
/// files kept, folders behind links not entered.
@Suite struct FolderWalkTests {
    @Test func walksAsTheEnumeratorDid() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("marcoach-walk-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        for dir in ["a/b", ".hidden", "other"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in ["z.yaml", "a/b/deep.YML", "a/x.yml", ".hidden/h.yaml", ".dot.yaml", "notes.md", "other/o.yaml"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.yaml").path,
                                  withDestinationPath: root.appendingPathComponent("z.yaml").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path,
                                  withDestinationPath: root.appendingPathComponent("other").path)
        let found = Library.scenarioPaths(in: root.path)
        #expect(found.map(\.relative) == ["a/b/deep.YML", "a/x.yml", "link.yaml", "other/o.yaml", "z.yaml"])
        #expect(found.allSatisfy { $0.full == root.path + "/" + $0.relative })
        #expect(Library.scenarioPaths(in: root.appendingPathComponent("missing").path).isEmpty)
    }
}

import Foundation

/// Files and folders the tests write: all under one folder per test process, removed when the process exits, so a
/// test run leaves nothing behind in the temporary directory (a failing test included).
public enum Scratch {
    /// The process's folder, made on first use; its removal is registered then.
    public static let root: String = {
        let dir = NSTemporaryDirectory() + "marcoach-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return dir
    }()

    /// A path under the root that nothing else uses: `name-<uuid>` followed by `suffix` (say `.yaml`). Nothing is
    /// created.
    public static func path(_ name: String, suffix: String = "") -> String {
        root + "/\(name)-\(UUID().uuidString.lowercased())\(suffix)"
    }

    /// A new, empty folder under the root.
    public static func folder(_ name: String) -> String {
        let dir = path(name)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}

import Foundation

/// The scenario files named on a command line: files as given, folders as every `*.yaml`/`*.yml`
/// under them (sorted), and path lists read from a file or standard input (`--files-from`).
public enum ScenarioPaths {
    /// Files and folders expanded in the order given; a path that does not exist is an error.
    public static func expand(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        files.reserveCapacity(paths.count)
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                diagnostics.append(Diagnostic(path: path, location: .start, message: "no such file or folder"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let found = Library.scenarioPaths(in: path)
                if found.isEmpty { diagnostics.append(emptyFolder(path)) }
                files += found.map(\.full)
            } else {
                files.append(path)
            }
        }
        return (files, diagnostics)
    }

    /// A folder named on the command line that holds no scenario file: said, not coded as nothing.
    public static func emptyFolder(_ path: String) -> Diagnostic {
        Diagnostic(path: path, location: .start, message: "no scenario files (*.yaml, *.yml) in this folder or below")
    }

    /// The paths listed one per line in `source` (a file, or `-` for standard input). Blank lines are
    /// skipped; a trailing carriage return is dropped.
    public static func list(from source: String) -> (paths: [String], diagnostics: [Diagnostic]) {
        let data: Data?
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: source)
        }
        guard let data else {
            return ([], [Diagnostic(path: source, location: .start, message: "cannot read the list of files (--files-from)")])
        }
        var paths: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            var bytes = line[...]
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if !bytes.isEmpty { paths.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return (paths, [])
    }
}

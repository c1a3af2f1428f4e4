import Foundation

/// Where a course keeps its files: a course folder holds `Curriculum/` (formulary, profiles,
/// lessons, `curriculum.yaml`) and `Scenarios/<module>/` (the curriculum's scenarios).
public enum CourseLayout {
    /// The nearest `Curriculum/` folder found by walking up from `path` (a file or a folder),
    /// or nil when no folder above it has one.
    public static func curriculumFolder(walkingUpFrom path: String) -> String? {
        var dir = absolute(path)
        var isDir: ObjCBool = false
        if !(FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue) {
            dir = (dir as NSString).deletingLastPathComponent
        }
        while true {
            let candidate = (dir as NSString).appendingPathComponent("Curriculum")
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue { return candidate }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
        }
    }

    /// The `Scenarios/` folder beside a `Curriculum/` folder, when it exists.
    public static func scenariosFolder(besideCurriculum curriculum: String) -> String? {
        let p = ((curriculum as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Scenarios")
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue ? p : nil
    }

    /// True for a file under `Scenarios/<module>/` (any depth below the module): a curriculum
    /// scenario, which needs `key` (`rules.md` D33).
    public static func isCurriculumScenario(path: String) -> Bool {
        let parts = (absolute(path) as NSString).pathComponents
        guard let i = parts.lastIndex(of: "Scenarios") else { return false }
        return parts.count - i >= 3
    }

    /// `path` made absolute against the current directory and standardized.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }
}

import Foundation
import MARCore

/// A named rule profile: a policy over the defaults.
public struct Profile: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var policy: Policy

    public init(id: String, title: String, description: String = "", policy: Policy = Policy()) {
        self.id = id
        self.title = title
        self.description = description
        self.policy = policy
    }
}

/// The profiles of `Curriculum/profiles.yaml`, plus the built-in `cms-facility` (the defaults).
public struct ProfileStore: Sendable {
    /// Profiles in file order, `cms-facility` first.
    public private(set) var profiles: [Profile]

    public init(profiles: [Profile] = []) {
        self.profiles = [Profile(id: Policy.defaultProfileID, title: "CMS facility (defaults)")]
            + profiles.filter { $0.id != Policy.defaultProfileID }
    }

    /// Only the built-in profile.
    public static let builtIn = ProfileStore()

    public var ids: [String] { profiles.map(\.id) }

    public func profile(_ id: String) -> Profile? { profiles.first { $0.id == id } }

    /// Loads a profiles file; diagnostics locate every problem.
    public static func load(path: String) -> (ProfileStore, [Diagnostic]) {
        let log = DiagnosticLog(path: path)
        guard let text = YAMLSource.read(path: path, log: log) else { return (.builtIn, log.sorted) }
        return parse(text, log: log)
    }

    /// Loads profiles text; `path` is used in diagnostics only.
    public static func load(text: String, path: String) -> (ProfileStore, [Diagnostic]) {
        parse(text, log: DiagnosticLog(path: path))
    }

    private static func parse(_ text: String, log: DiagnosticLog) -> (ProfileStore, [Diagnostic]) {
        let r = NodeReader(log: log)
        guard let root = YAMLSource.compose(text, log: log) else {
            if !log.hasErrors { log.error(.start, "the profiles file is empty: write `profiles:` with a map of profiles") }
            return (.builtIn, log.sorted)
        }
        guard let top = r.map(root, "the profiles file", accepted: ["profiles"]) else { return (.builtIn, log.sorted) }
        guard let node = top["profiles"] else {
            log.error(top.location, "the profiles file needs `profiles:`, a map of id → {title, description, policy}")
            return (.builtIn, log.sorted)
        }
        guard let map = r.map(node, "profiles", accepted: []) else { return (.builtIn, log.sorted) }
        var out: [Profile] = []
        for e in map.entries {
            if e.key == Policy.defaultProfileID {
                log.error(r.location(e.keyNode), "'\(Policy.defaultProfileID)' is built in (the defaults) and cannot be redefined; "
                          + "give this profile another id")
                continue
            }
            if !IDs.isKebab(e.key) {
                log.error(r.location(e.keyNode), "profile id '\(e.key)' should be kebab-case (lower-case words joined by '-')")
            }
            guard let p = r.map(e.value, "profile '\(e.key)'", accepted: ["title", "description", "policy"]) else { continue }
            var profile = Profile(id: e.key, title: e.key)
            if let t = p["title"], let s = r.string(t, "title") { profile.title = s }
            if let d = p["description"], let s = r.string(d, "description") { profile.description = s }
            if let pol = p["policy"] { PolicyReader.apply(pol, to: &profile.policy, reader: r) }
            out.append(profile)
        }
        return (ProfileStore(profiles: out), log.sorted)
    }
}

/// Identifier checks.
enum IDs {
    /// `ed-obs-pyelo-fluids`, `01-reading-the-mar`: lower-case letters and digits joined by single hyphens.
    static func isKebab(_ s: String) -> Bool {
        let bytes = s.utf8
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 100, first != UInt8(ascii: "-"),
              last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for b in bytes {
            guard (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-") else { return false }
            if b == UInt8(ascii: "-") && previous == b { return false }
            previous = b
        }
        return true
    }
}

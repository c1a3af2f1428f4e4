import MARCore

/// What a scenario is read against: the formulary, the profiles, and a profile chosen on the
/// command line (`--profile`), which wins over the scenario's own `profile:`.
public struct LoadContext: Sendable {
    public var formulary: Formulary
    public var profiles: ProfileStore
    /// `--profile`: overrides every scenario's `profile:` (the scenario's `policy:` still applies on top).
    public var profileOverride: String?

    public init(formulary: Formulary = .empty, profiles: ProfileStore = .builtIn, profileOverride: String? = nil) {
        self.formulary = formulary
        self.profiles = profiles
        self.profileOverride = profileOverride
    }
}

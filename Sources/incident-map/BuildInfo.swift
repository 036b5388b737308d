import CBuildInfo

/// What `incident-map --version` prints: the version and the commit the
/// binary was built from.
enum BuildInfo {
    /// The release version: bumped by hand when a release is tagged.
    static let version = "0.9.0"

    /// The commit, as `git describe` gave it when `make` built the binary;
    /// `unknown` for a plain `swift build` or a build outside a git checkout.
    static var commit: String { String(cString: incident_map_commit()) }

    /// `0.9.0 (commit 7a16dc0a1b2c)`.
    static var description: String { "\(version) (commit \(commit))" }
}

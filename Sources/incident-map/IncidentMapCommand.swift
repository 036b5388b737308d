import ArgumentParser

/// `incident-map`: maps who claims what, where, from the incident reports
/// of the sides of a conflict.
@main
struct IncidentMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident-map",
        abstract: "Map who claims what, where: gazetteer lookups, per-side layers styled for QGIS, preview maps.",
        discussion: """
            Exit status: 0 success; 1 an error (bad input, unknown CRS, unwritable output) \
            or, for lookup, a name that matched nothing; 2 build wrote its layers but some \
            places were not found; 64 a usage error.
            """,
        version: BuildInfo.description,
        subcommands: [Lookup.self, Build.self, Extract.self, Map.self, Render.self, GazetteerCommand.self]
    )
}

/// The exit statuses the commands document.
enum ExitStatus {
    /// Something failed, or a lookup matched nothing.
    static let failure = ExitCode(1)
    /// `build` wrote its layers but some places were not found or need review.
    static let unresolvedPlaces = ExitCode(2)
}

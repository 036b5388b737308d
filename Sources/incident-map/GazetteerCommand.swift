import ArgumentParser

/// `incident-map gazetteer`: compile a gazetteer folder into its index, or
/// show what a folder holds and whether its index is current.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Index a gazetteer folder, show what it holds, or fetch GeoNames' files into one.",
        discussion: """
            A folder of GeoNames .txt and curated .tsv files is compiled into one index file, \
            incident-map.index, next to them. lookup, build, extract and map map it instead of \
            reading the text files while it is newer than every source file.
            """,
        subcommands: [GazetteerIndexCommand.self, GazetteerStatsCommand.self, GazetteerFetchCommand.self]
    )
}

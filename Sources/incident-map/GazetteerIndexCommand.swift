import ArgumentParser
import Foundation
import IncidentMap
import PlaceNames
import TerminalProgress

/// `incident-map gazetteer index [DIR]`: compiles the folder's source files
/// into `DIR/incident-map.index`.
struct GazetteerIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Compile a gazetteer folder into its index file (incident-map.index).",
        discussion: """
            Reads every GeoNames .txt, admin1 and curated .tsv file of the folder line by line, \
            in bounded memory, and writes DIR/incident-map.index atomically. Run it again after \
            changing or adding a source file: until then the commands read the text files. \
            Exits 0 when the index was written, 1 on an error (unreadable folder, malformed line, \
            unwritable index).
            """
    )

    @Argument(help: ArgumentHelp(
        "The gazetteer folder.", discussion: "Default: $INCIDENT_MAP_GAZETTEER, else the Gazetteer/ folder of this package.",
        valueName: "dir"))
    var folder: String?

    @Option(help: ArgumentHelp(
        "How many MiB of sort buffers to keep in memory; the rest spills into temporary files in the folder.",
        valueName: "MiB"))
    var memory = 64

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard (1...65_536).contains(memory) else { throw ValidationError("--memory takes a number of MiB from 1 to 65536") }
    }

    func run() throws {
        try reportingFailures {
            guard let folder = GazetteerLocation.folder(explicit: folder) else {
                throw CommandFailure("cannot find the gazetteer folder; name it, or set \(GazetteerLocation.environmentVariable)")
            }
            let start = Date()
            let summary: GazetteerIndex.Summary
            do throws(GazetteerError) {
                summary = try GazetteerIndex.build(folder: folder, memoryBudget: memory << 20, progress: progressOptions.reporter())
            } catch {
                throw CommandFailure(error.description)
            }
            let seconds = Date().timeIntervalSince(start)
            print(GazetteerReport.indexed(summary, seconds: seconds))
        }
    }
}

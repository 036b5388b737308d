import ArgumentParser
import Foundation
import IncidentMap
import PlaceNames

/// `incident-map gazetteer stats [DIR]`: what the folder holds, and its index's size, age and state.
struct GazetteerStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show how many places, names and countries a gazetteer folder holds, and its index's age.",
        discussion: """
            The counts come from the folder's index when it is current, else from the source files \
            (compiled as lookup would). Exits 0, also when the index is missing or stale (the output \
            says so); 1 on an error (unreadable folder, malformed line).
            """
    )

    @Argument(help: ArgumentHelp(
        "The gazetteer folder.", discussion: "Default: $INCIDENT_MAP_GAZETTEER, else the Gazetteer/ folder of this package.",
        valueName: "dir"))
    var folder: String?

    func run() throws {
        try reportingFailures {
            guard let folder = GazetteerLocation.folder(explicit: folder) else {
                throw CommandFailure("cannot find the gazetteer folder; name it, or set \(GazetteerLocation.environmentVariable)")
            }
            let summary: GazetteerIndex.Summary?
            let gazetteer: Gazetteer
            do throws(GazetteerError) {
                summary = try GazetteerIndex.summary(folder: folder)
                gazetteer = try Gazetteer.load(folder: folder)
            } catch {
                throw CommandFailure(error.description)
            }
            var lines = [
                ("gazetteer", folder),
                ("places", GazetteerReport.count(gazetteer.placeCount)),
                ("names", "\(GazetteerReport.count(gazetteer.nameCount)) (\(GazetteerReport.count(gazetteer.placeCount)) main, "
                    + "\(GazetteerReport.count(gazetteer.nameCount - gazetteer.placeCount)) alternate)"),
                ("distinct keys", GazetteerReport.count(gazetteer.distinctKeyCount)),
                ("countries", GazetteerReport.count(gazetteer.countryCount)),
            ]
            if let summary {
                lines.append(("index", "\(summary.path) (\(GazetteerReport.size(summary.byteCount)))"))
                if let built = summary.builtAt {
                    lines.append(("built", "\(GazetteerReport.utc(built)) (\(GazetteerReport.age(since: built)))"))
                }
                switch summary.status {
                case .current:
                    lines.append(("status", "current: lookups map the index"))
                case .stale(let reason):
                    lines.append(("status", "stale (\(reason)): lookups read the source files until `incident-map gazetteer index` is run again"))
                case .absent:
                    lines.append(("status", "missing: lookups read the source files"))
                }
            } else {
                lines.append(("index", "none: lookups read the source files (compiled once into the user's cache); "
                    + "`incident-map gazetteer index` writes \(GazetteerIndex.fileName)"))
            }
            let width = lines.map(\.0.count).max() ?? 0
            for (label, value) in lines {
                print((label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + value)
            }
        }
    }
}

import ArgumentParser
import Foundation
import Incidents
import IncidentMap
import Layers
import PlaceNames
import Sides

/// The `--gazetteer` option, shared by every command that needs the
/// gazetteer folder: for its places, its side table or its country outlines.
struct GazetteerFolderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The gazetteer folder (GeoNames .txt files, curated .tsv files, sides.tsv).",
        discussion: "Default: $INCIDENT_MAP_GAZETTEER, else the Gazetteer/ folder of this package.",
        valueName: "dir"))
    var gazetteer: String?

    /// The country outlines in the gazetteer folder (Natural Earth), the
    /// base layer of projects and previews: `countries.geojson` (what a
    /// folder made by `gazetteer fetch` is given, see README), else the
    /// bundled folder's `caucasus-countries.geojson`.
    static let countryOutlinesFiles = ["countries.geojson", "caucasus-countries.geojson"]

    /// The gazetteer folder to use.
    func folder() throws -> String {
        guard let folder = GazetteerLocation.folder(explicit: gazetteer) else {
            throw CommandFailure("cannot find the gazetteer folder; pass --gazetteer DIR or set \(GazetteerLocation.environmentVariable)")
        }
        return folder
    }

    /// The sides of the gazetteer folder: its side table (`sides.tsv`, none when it has none) over its world
    /// table of states (`states.tsv`, else the bundled `Gazetteer/states.tsv`, so that a folder made before
    /// the world table existed still knows the world's states).
    func sides() throws -> SideTable {
        let folder = try folder()
        do {
            return try SideTable.load(folder: folder, fallbackFolder: GazetteerLocation.folder(explicit: nil, environment: [:]))
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The colour of each side: from the `color` column of `sides.tsv`, else the palette's.
    func sideColors() throws -> SideColors {
        SideColors(overrides: try sides().colors.compactMapValues(RGBColor.init(hex:)))
    }

    /// The path of the country outlines: the first of ``countryOutlinesFiles`` in the folder (the last when none is there).
    func countryOutlines() throws -> String {
        let paths = try Self.countryOutlinesFiles.map { try folder() + "/" + $0 }
        return paths.first(where: FileManager.default.fileExists) ?? paths.last!
    }
}

/// Options shared by the commands that look places up.
struct GazetteerOptions: ParsableArguments {
    @OptionGroup var folderOption: GazetteerFolderOption

    @Option(name: .long, help: ArgumentHelp("Prefer places in these countries when a name is ambiguous.", valueName: "AM,AZ"))
    var country: String?

    /// The preferred countries, upper-cased.
    var countries: Set<String> {
        Set((country ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty })
    }

    func validate() throws {
        if let bad = countries.first(where: { $0.count != 2 || !$0.allSatisfy(\.isLetter) }) {
            throw ValidationError("--country takes two-letter ISO codes separated by commas, not \"\(bad)\"")
        }
    }

    /// The gazetteer folder to use.
    func folder() throws -> String {
        try folderOption.folder()
    }

    /// The loaded gazetteer.
    func load() throws -> Gazetteer {
        let folder = try folder()
        do {
            return try Gazetteer.load(folder: folder)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The side table of the gazetteer folder; empty when it has none.
    func sides() throws -> SideTable {
        try folderOption.sides()
    }
}

/// An error to report on one line, ending the command with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

extension ParsableCommand {
    /// Runs `body`, printing any ``CommandFailure`` or library error as one
    /// line on standard error and exiting with status 1.
    func reportingFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CustomStringConvertible {
            printError("incident-map: \(error.description)")
            throw ExitStatus.failure
        }
    }
}

/// Writes `line` to standard error, its control characters escaped so
/// that it stays one line (``TerminalText``).
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.escaped(line) + "\n").utf8))
}

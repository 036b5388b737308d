import ArgumentParser
import Foundation
import GazetteerFetch
import PlaceNames

/// `incident-map gazetteer fetch TH KH [--into DIR]`: downloads GeoNames'
/// files for some countries into a gazetteer folder, checks and unpacks
/// them, and indexes the folder.
struct GazetteerFetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download GeoNames' files for some countries into a gazetteer folder, and index it.",
        discussion: """
            Downloads each country's GeoNames dump (XX.zip: every place, province and district), \
            admin1CodesASCII.txt and admin2Codes.txt, checks and unpacks them into the folder, \
            writes a starting sides.tsv if the folder has none, and indexes the folder. An \
            interrupted download is resumed by the next fetch; a file that fails its checks never \
            replaces the folder's own. Exits 0 when the folder was updated and indexed, 1 on an \
            error (download, damaged file, unwritable folder), 64 on a usage error.
            """
    )

    @Argument(help: ArgumentHelp("Two-letter ISO codes of the countries, as GeoNames lists them.", valueName: "country"))
    var countries: [String] = []

    @Option(name: .customLong("into"), help: ArgumentHelp(
        "The gazetteer folder to write (made if missing).",
        discussion: "Default: $INCIDENT_MAP_GAZETTEER, else $XDG_DATA_HOME/incident-map/gazetteer, else ~/.local/share/incident-map/gazetteer.",
        valueName: "dir"))
    var folder: String?

    @Flag(help: "Fetch cities500.zip (places of 500 people or more, no provinces or districts) instead of the country dumps; keep only the countries named, if any.")
    var cities = false

    @Option(help: ArgumentHelp(
        "Where the files come from: a URL or folder with GeoNames' layout (XX.zip, cities500.zip, admin1CodesASCII.txt, admin2Codes.txt).",
        discussion: "Default: $INCIDENT_MAP_GEONAMES_URL, else \(GeoNamesMirror.geoNames).", valueName: "url"))
    var mirror: String?

    @Option(help: ArgumentHelp("Seconds to wait for a connection, or for the next byte, before giving up.", valueName: "seconds"))
    var timeout = 60

    @Option(help: ArgumentHelp("How many times a dropped or stalled download is retried.", valueName: "n"))
    var retries = 3

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard !countries.isEmpty || cities else {
            throw ValidationError("name at least one country (two-letter ISO codes such as TH KH), or --cities for the whole world's cities500")
        }
        for code in countries {
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw ValidationError("\"\(TerminalText.escaped(code))\" is not a two-letter ISO country code")
            }
            guard GeoNamesCountry.named(code.uppercased()) != nil else {
                throw ValidationError("\"\(code)\" is not a country GeoNames lists (see countryInfo.txt)")
            }
        }
        guard (1...3600).contains(timeout) else { throw ValidationError("--timeout takes a number of seconds from 1 to 3600") }
        guard (0...20).contains(retries) else { throw ValidationError("--retries takes a number from 0 to 20") }
        do {
            _ = try GeoNamesMirror(explicit: mirror)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        try reportingFailures {
            var request = try fetchRequest()
            request.timeout = timeout
            request.retries = retries
            let start = Date()
            let summary: FetchSummary
            do throws(FetchError) {
                summary = try GazetteerFetcher.fetch(request, progress: progressOptions.reporter())
            } catch {
                throw CommandFailure(error.description)
            }
            report(summary, request: request, seconds: Date().timeIntervalSince(start))
        }
    }

    /// The request the arguments describe.
    private func fetchRequest() throws -> FetchRequest {
        guard let folder = folder ?? FetchRequest.defaultFolder() else {
            throw CommandFailure("cannot choose a folder: pass --into DIR, or set INCIDENT_MAP_GAZETTEER")
        }
        var unique: [GeoNamesCountry] = []
        for code in countries {
            if let country = GeoNamesCountry.named(code.uppercased()), !unique.contains(country) { unique.append(country) }
        }
        return FetchRequest(countries: unique, cities: cities, folder: folder, mirror: try GeoNamesMirror(explicit: mirror))
    }

    /// One line per file installed, then the sides and the index.
    private func report(_ summary: FetchSummary, request: FetchRequest, seconds: Double) {
        let folder = request.folder.hasSuffix("/") ? request.folder : request.folder + "/"
        for (name, records) in summary.installed {
            let what = switch name {
            case "admin1CodesASCII.txt": "first-level divisions"
            case "admin2Codes.txt": "second-level divisions"
            default: "places"
            }
            print("\(folder)\(name): \(GazetteerReport.count(records)) \(what)")
        }
        if summary.sidesWritten {
            print("\(folder)sides.tsv: sides \(request.countries.map(\.name).joined(separator: ", ")) "
                + "(add the names each side goes by: ministries, armies, adjectives)")
        }
        print(GazetteerReport.indexed(summary.index, seconds: seconds))
    }
}

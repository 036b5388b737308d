import ArgumentParser
import IncidentMap
import Incidents

/// Where and how `build` and `map` write the layers.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder to write the layers to.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("Output CRS (any EPSG code, WKT or PROJ string); default RFC 7946 WGS 84.", valueName: "crs"))
    var crs: String?

    @Option(help: ArgumentHelp("The output formats: geojson, gpkg, or both (geojson,gpkg).", valueName: "formats"))
    var format = "geojson"

    @Flag(help: "Also write DIR/<side>-zones.geojson: a circle around every claim of precision direction or region.")
    var zones = false

    @Option(help: ArgumentHelp("The radius of the zone of a direction claim, in km.", valueName: "km"))
    var directionRadius = 5.0

    @Option(help: ArgumentHelp("The radius of the zone of a region claim, in km.", valueName: "km"))
    var regionRadius = 15.0

    @Flag(help: "Also write the QGIS project DIR/incidents.qgs, with the country outlines under the layers.")
    var project = false

    @Flag(help: "Treat any place not found, or mapped by an uncertain match, as an error that writes nothing.")
    var strict = false

    @Option(help: ArgumentHelp(
        "A place claimed by two sides is contested when their claims fall within this many days (2: the same day or the next).",
        valueName: "days"))
    var contestedWindow = BuildRequest.defaultContestedWindow

    @Option(help: ArgumentHelp(
        "The title of the project's print layout (default: the sides and the days, \"Claims of Armenia and Azerbaijan, 12–13 September 2022\").",
        valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp(
        "The spelling of place names in labels: en (English romanisation: Lachin, Dashkasan) or local (Laçın, Daşkəsən, Գորիս).",
        valueName: "en|local"))
    var labelLanguage = LabelLanguage.en

    @Option(help: ArgumentHelp("Keep only claims dated on or after this day (undated claims are left out).", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Keep only claims dated on or before this day (undated claims are left out).", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: ArgumentHelp(
        "The lowest match score mapped; weaker matches are reported unresolved.",
        discussion: "The default, 0.65, keeps every exact, alternate and folded match and typo-tolerant ones of about one error in six letters.",
        valueName: "score"))
    var minScore = BuildRequest.defaultMinimumScore

    func validate() throws {
        do {
            _ = try OutputFormat.list(format)
        } catch {
            throw ValidationError(error.description)
        }
        for (name, day) in [("--from", from), ("--to", to)] {
            if let day, day.count != 10 || CivilDay(iso: day) == nil {
                throw ValidationError("\(name) takes a date such as 2022-09-13, not \"\(day)\"")
            }
        }
        if let first = from.flatMap(CivilDay.init(iso:)), let last = to.flatMap(CivilDay.init(iso:)), first > last {
            throw ValidationError("--from \(first.iso) is after --to \(last.iso)")
        }
        guard (1...3660).contains(contestedWindow) else { throw ValidationError("--contested-window takes a number of days from 1 to 3660") }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score takes a score between 0 and 1, not \(minScore)") }
        for (name, radius) in [("--direction-radius", directionRadius), ("--region-radius", regionRadius)] where !(radius > 0 && radius <= 1000) {
            throw ValidationError("\(name) takes a distance in km greater than 0 and at most 1000")
        }
    }

    /// The request to build `inputs` as these options say.
    func request(inputs: [BuildRequest.Input], gazetteerOptions: GazetteerOptions) throws -> BuildRequest {
        BuildRequest(
            inputs: inputs, outputFolder: out, crs: crs, strict: strict, minimumScore: minScore, countries: gazetteerOptions.countries,
            formats: try OutputFormat.list(format),
            zones: zones ? ZoneOptions(directionRadius: directionRadius * 1000, regionRadius: regionRadius * 1000) : nil,
            project: project, countryOutlines: try gazetteerOptions.folderOption.countryOutlines(),
            dates: from == nil && to == nil ? nil : DateRange(from: from.flatMap(CivilDay.init(iso:)), to: to.flatMap(CivilDay.init(iso:))),
            contestedWindow: contestedWindow, labelLanguage: labelLanguage, title: title)
    }
}

extension LabelLanguage: ExpressibleByArgument {}

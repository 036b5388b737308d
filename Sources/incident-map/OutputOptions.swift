import ArgumentParser
import IncidentMap

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

    @Flag(help: "Treat any place not found as an error that writes nothing.")
    var strict = false

    func validate() throws {
        do {
            _ = try OutputFormat.list(format)
        } catch {
            throw ValidationError(error.description)
        }
        for (name, radius) in [("--direction-radius", directionRadius), ("--region-radius", regionRadius)] where !(radius > 0 && radius <= 1000) {
            throw ValidationError("\(name) takes a distance in km greater than 0 and at most 1000")
        }
    }

    /// The request to build `inputs` as these options say.
    func request(inputs: [BuildRequest.Input], gazetteerOptions: GazetteerOptions) throws -> BuildRequest {
        BuildRequest(
            inputs: inputs, outputFolder: out, crs: crs, strict: strict, countries: gazetteerOptions.countries,
            formats: try OutputFormat.list(format),
            zones: zones ? ZoneOptions(directionRadius: directionRadius * 1000, regionRadius: regionRadius * 1000) : nil,
            project: project, countryOutlines: try gazetteerOptions.folderOption.countryOutlines())
    }
}

import ArgumentParser
import Foundation
import Incidents
import IncidentMap

/// `incident-map build`: incident files → one layer per claiming side, styled for QGIS.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one layer per claiming side, styled for QGIS, from incident files (CSV, JSON, JSON Lines).",
        discussion: """
            Writes DIR/<side>.geojson with its QGIS style DIR/<side>.qml; --format gpkg writes \
            DIR/incidents.gpkg instead (or as well: --format geojson,gpkg); --zones adds \
            DIR/<side>-zones.geojson; --project adds the QGIS project DIR/incidents.qgs. \
            Everything is written atomically: a failed run leaves the previous files untouched. \
            Exits 0 on success, 1 on an error (nothing written), 2 when the layers were \
            written but some places were not found (see unresolved.csv).
            """
    )

    @Argument(help: "Incident files (.csv, .json, .jsonl); - reads standard input (needs --input-format).")
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("The folder to write the layers to.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("Output CRS (any EPSG code, WKT or PROJ string); default RFC 7946 WGS 84.", valueName: "crs"))
    var crs: String?

    @Option(help: ArgumentHelp("The output formats: geojson, gpkg, or both (geojson,gpkg).", valueName: "formats"))
    var format = "geojson"

    @Option(help: "The format of standard input, or of files whose extension does not tell.")
    var inputFormat: InputFormat?

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

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one incident file") }
        if inputs.contains("-") && inputFormat == nil { throw ValidationError("reading standard input (-) needs --input-format csv|json|jsonl") }
        do {
            _ = try OutputFormat.list(format)
        } catch {
            throw ValidationError(error.description)
        }
        for (name, radius) in [("--direction-radius", directionRadius), ("--region-radius", regionRadius)] where !(radius > 0 && radius <= 1000) {
            throw ValidationError("\(name) takes a distance in km greater than 0 and at most 1000")
        }
    }

    func run() throws {
        let report = try reportingFailures { () throws -> BuildReport in
            let builder = LayerBuilder(gazetteer: try gazetteerOptions.load(), sides: try gazetteerOptions.sides())
            let request = BuildRequest(
                inputs: inputs.map { BuildRequest.Input(path: $0, format: inputFormat) },
                outputFolder: out, crs: crs, strict: strict, countries: gazetteerOptions.countries,
                formats: try OutputFormat.list(format),
                zones: zones ? ZoneOptions(directionRadius: directionRadius * 1000, regionRadius: regionRadius * 1000) : nil,
                project: project, countryOutlines: try gazetteerOptions.folderOption.countryOutlines())
            do {
                return try builder.build(request)
            } catch let error as BuildError {
                if case .unresolvedInStrictMode(let unresolved) = error { printUnresolved(unresolved) }
                throw CommandFailure(error.description)
            }
        }
        for warning in report.warnings { printError("incident-map: warning: \(warning)") }
        printUnresolved(report.unresolved)
        for layer in report.layers {
            print("\(out)/\(layer.file): \(layer.features) feature\(layer.features == 1 ? "" : "s") claimed by \(layer.side)")
        }
        for file in report.files {
            print("\(out)/\(file.file): \(file.description)")
        }
        print("\(out)/unresolved.csv: \(report.unresolved.count) place\(report.unresolved.count == 1 ? "" : "s") not found")
        if !report.unresolved.isEmpty { throw ExitStatus.unresolvedPlaces }
    }

    private func printUnresolved(_ unresolved: [UnresolvedIncident]) {
        for entry in unresolved { printError(entry.message) }
    }
}

extension InputFormat: ExpressibleByArgument {}

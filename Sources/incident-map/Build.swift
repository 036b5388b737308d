import ArgumentParser
import Foundation
import Incidents
import IncidentMap

/// `incident-map build`: incident files → one GeoJSON layer per claiming side.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one GeoJSON layer per claiming side from incident files (CSV, JSON, JSON Lines).",
        discussion: """
            Layers are written atomically: a failed run leaves the previous ones untouched. \
            Exits 0 on success, 1 on an error (nothing written), 2 when the layers were \
            written but some places were not found (see unresolved.csv).
            """
    )

    @Argument(help: "Incident files (.csv, .json, .jsonl); - reads standard input (needs --format).")
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("The folder to write the layers to.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("Output CRS (any EPSG code, WKT or PROJ string); default RFC 7946 WGS 84.", valueName: "crs"))
    var crs: String?

    @Option(help: "The format of standard input, or of files whose extension does not tell.")
    var format: InputFormat?

    @Flag(help: "Treat any place not found as an error that writes nothing.")
    var strict = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one incident file") }
        if inputs.contains("-") && format == nil { throw ValidationError("reading standard input (-) needs --format csv|json|jsonl") }
    }

    func run() throws {
        let report = try reportingFailures { () throws -> BuildReport in
            let builder = LayerBuilder(gazetteer: try gazetteerOptions.load(), sides: try gazetteerOptions.sides())
            let request = BuildRequest(
                inputs: inputs.map { BuildRequest.Input(path: $0, format: format) },
                outputFolder: out, crs: crs, strict: strict, countries: gazetteerOptions.countries)
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
            let line = "\(out)/\(layer.file): \(layer.features) feature\(layer.features == 1 ? "" : "s") claimed by \(layer.side)"
            print(TerminalText.escaped(line))
        }
        print(TerminalText.escaped("\(out)/unresolved.csv: \(report.unresolved.count) place\(report.unresolved.count == 1 ? "" : "s") not found"))
        if !report.unresolved.isEmpty { throw ExitStatus.unresolvedPlaces }
    }

    private func printUnresolved(_ unresolved: [UnresolvedIncident]) {
        for entry in unresolved { printError(entry.message) }
    }
}

extension InputFormat: ExpressibleByArgument {}

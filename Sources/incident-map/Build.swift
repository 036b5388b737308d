import ArgumentParser
import Foundation
import IncidentMap
import RecordReaders

/// `incident-map build`: incident files → one layer per claiming side, styled for QGIS.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write one layer per claiming side, styled for QGIS, from incident files (CSV, JSON, JSON Lines).",
        discussion: """
            Writes DIR/<side>.geojson with its QGIS style DIR/<side>.qml; --format gpkg writes \
            DIR/incidents.gpkg instead (or as well: --format geojson,gpkg); --zones adds \
            DIR/<side>-zones.geojson; --project adds the QGIS project DIR/incidents.qgs. \
            Everything is written atomically: a failed run leaves the previous files untouched. \
            Exits 0 on success, 1 on an error (nothing written), 2 when the layers were \
            written but some places were not found (see unresolved.csv) or were mapped by an \
            uncertain match (review = true; see review.csv).
            """
    )

    @Argument(help: "Incident files (.csv, .json, .jsonl); - reads standard input (needs --input-format).")
    var inputs: [String]

    @Option(help: "The format of standard input, or of files whose extension does not tell.")
    var inputFormat: InputFormat?

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one incident file") }
        if inputs.contains("-") && inputFormat == nil { throw ValidationError("reading standard input (-) needs --input-format csv|json|jsonl") }
    }

    func run() throws {
        let report = try reportingFailures { () throws -> BuildReport in
            var builder = LayerBuilder(gazetteer: try gazetteerOptions.load(), sides: try gazetteerOptions.sides())
            builder.progress = progressOptions.reporter()
            let request = try outputOptions.request(
                inputs: inputs.map { BuildRequest.Input(path: $0, format: inputFormat) }, gazetteerOptions: gazetteerOptions)
            do {
                return try builder.build(request)
            } catch let error as BuildError {
                if case .uncertainInStrictMode(let unresolved, let reviewed) = error {
                    for message in unresolved.map(\.message) + reviewed.map(\.message) { printError(message) }
                }
                throw CommandFailure(error.description)
            }
        }
        let summary = BuildSummary(report: report, folder: outputOptions.out)
        summary.print(listingUnresolved: true)
        if summary.needsAttention { throw ExitStatus.unresolvedPlaces }
    }
}

extension InputFormat: ExpressibleByArgument {}

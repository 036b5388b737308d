import ArgumentParser
import Claims
import IncidentMap

/// `incident-map map`: articles → claims → one layer per claiming side, in one step.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the claims of articles and write one GeoJSON layer per claiming side (extract + build).",
        discussion: """
            Gives the same layers as `extract ARTICLES -o claims.json` followed by `build claims.json`; \
            unresolved.csv names each unknown place by the article's file and line. \
            Exits 0 on success, 1 on an error (nothing written), 2 when the layers were \
            written but some places were not found.
            """
    )

    @OptionGroup var articleOptions: ArticleOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the layers to.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("Output CRS (any EPSG code, WKT or PROJ string); default RFC 7946 WGS 84.", valueName: "crs"))
    var crs: String?

    @Flag(help: "Treat any place not found as an error that writes nothing.")
    var strict = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        let report = try reportingFailures { () throws -> BuildReport in
            let gazetteer = try gazetteerOptions.load(), sides = try gazetteerOptions.sides()
            let claims = try articleOptions.extractClaims(gazetteer: gazetteer, sides: sides)
            let request = BuildRequest(inputs: [], outputFolder: out, crs: crs, strict: strict, countries: gazetteerOptions.countries)
            return try LayerBuilder(gazetteer: gazetteer, sides: sides).build(incidents: claims.map(\.incident), request)
        }
        // Extraction has already reported each unknown place where the article names it.
        BuildSummary(report: report, folder: out).print(listingUnresolved: false)
        if !report.unresolved.isEmpty { throw ExitStatus.unresolvedPlaces }
    }
}

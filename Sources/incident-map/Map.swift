import ArgumentParser
import Claims
import IncidentMap

/// `incident-map map`: articles → claims → one layer per claiming side, in one step.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Extract the claims of articles and write one GeoJSON layer per claiming side (extract + build).",
        discussion: """
            Gives the same outputs as `extract ARTICLES -o claims.json` followed by `build claims.json` \
            with the same options (--format, --zones, --project…); \
            unresolved.csv names each unknown place by the article's file and line. \
            Exits 0 on success, 1 on an error (nothing written), 2 when the layers were \
            written but some places were not found or were mapped by an uncertain match.
            """
    )

    @OptionGroup var articleOptions: ArticleOptions

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let report = try reportingFailures { () throws -> BuildReport in
            let gazetteer = try gazetteerOptions.load(), sides = try gazetteerOptions.sides()
            if articleOptions.published == nil { printError("incident-map: warning: \(ArticleOptions.withoutPublishedWarning)") }
            let progress = progressOptions.reporter()
            let claims = try articleOptions.extractClaims(gazetteer: gazetteer, sides: sides, progress: progress)
            let request = try outputOptions.request(inputs: [], gazetteerOptions: gazetteerOptions)
            var builder = LayerBuilder(gazetteer: gazetteer, sides: sides)
            builder.progress = progress
            return try builder.build(incidents: claims.map(\.incident), request)
        }
        // Extraction has already reported each unknown place where the article names it.
        let summary = BuildSummary(report: report, folder: outputOptions.out)
        summary.print(listingUnresolved: false)
        if summary.needsAttention { throw ExitStatus.unresolvedPlaces }
    }
}

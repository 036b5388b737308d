import ArgumentParser
import Claims
import Incidents
import PlaceNames
import RecordReaders
import Sides
import TerminalProgress

/// The articles `extract` and `map` read, and what to know about them.
struct ArticleOptions: ParsableArguments {
    @Argument(help: "Articles: UTF-8 plain text, one article per file; none or - reads standard input.")
    var articles: [String] = []

    @Option(help: ArgumentHelp(
        "The day the articles were published: what \"last night\", \"this Tuesday\" or \"September 13\" count from.",
        valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: ArgumentHelp("The source named in every claim (default: the article's file name).", valueName: "name"))
    var source: String?

    /// What `map` says when `--published` is missing: claims dated only
    /// by "yesterday", "last night" or a weekday then get no date.
    static let withoutPublishedWarning = "without --published, relative dates (\"yesterday\", \"last night\", \"on Monday\") "
        + "are left out: claims dated only by them are undated"

    func validate() throws {
        if let published, published.count != 10 || !ISODate.isValid(published) {
            throw ValidationError("--published takes a date such as 2022-09-13, not \"\(published)\"")
        }
    }

    /// The articles, read; standard input when no file is named.
    func read() throws(InputError) -> [Article] {
        var articles: [Article] = []
        for path in self.articles.isEmpty ? ["-"] : self.articles {
            articles.append(try Article.read(path: path, source: source, published: published))
        }
        return articles
    }

    /// Every claim of the articles, in article order, with unknown places
    /// reported on standard error (one line each, `file:line: …`).
    func extractClaims(gazetteer: Gazetteer, sides: SideTable, progress: ProgressReporter = .silent) throws -> [ExtractedClaim] {
        let articles = try reportingInputErrors { () throws(InputError) in try read() }
        var extractor = ClaimExtractor(gazetteer: gazetteer, sides: sides)
        progress.start("reading articles", total: Int64(articles.count), unit: .items("articles"))
        var claims: [ExtractedClaim] = []
        for article in articles {
            claims += extractor.extract(article)
            progress.advance()
        }
        progress.finish()
        for claim in claims where claim.resolved == nil {
            var line = "\(claim.file):\(claim.line): place \"\(claim.place)\" claimed by \(claim.claimedBy) is not in the gazetteer"
            if !claim.suggestions.isEmpty { line += " (closest: " + claim.suggestions.joined(separator: ", ") + ")" }
            printError(line)
        }
        return claims
    }

    private func reportingInputErrors<T>(_ body: () throws(InputError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

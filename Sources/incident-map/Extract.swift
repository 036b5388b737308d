import ArgumentParser
import Claims
import Foundation
import IncidentMap
import Layers
import RecordReaders

/// `incident-map extract`: articles → the claims each side makes, as incident records.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write each side's claims as incident records that build reads.",
        discussion: """
            A claim is a place the gazetteer knows, named in a statement about an attack or a clash; \
            its claimant is the side whose official voice asserts it, or "unattributed" for a third \
            party's report. Places that look like places but are not in the gazetteer are reported on \
            standard error and written with no geonameid, so build lists them in unresolved.csv. \
            Exits 0 on success, 1 on an error (nothing written), 2 when the records were written \
            but some places were not found.
            """
    )

    @OptionGroup var articleOptions: ArticleOptions

    @Option(help: "The format of the records: json, jsonl or csv.")
    var format: InputFormat = .json

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Flag(help: ArgumentHelp(
        "Explain each record on standard error: the speaker's words and rule, the event's words, the place's rule.",
        discussion: "The records themselves always carry the same explanation on one line, in the field \"why\"."))
    var explain = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        let claims = try reportingFailures {
            try articleOptions.extractClaims(gazetteer: try gazetteerOptions.load(), sides: try gazetteerOptions.sides())
        }
        if explain {
            for claim in claims {
                for line in claim.explanationBlock.split(separator: "\n") { printError(String(line)) }
                printError("")
            }
        }
        let bytes = ExtractedClaimEncoder.encode(claims, as: format)
        if let output {
            let file = URL(fileURLWithPath: output)
            try reportingFailures {
                try OutputFolder(path: file.deletingLastPathComponent().path).replaceFile(named: file.lastPathComponent, with: bytes)
            }
        } else {
            print(String(decoding: bytes, as: UTF8.self), terminator: "")
        }
        if claims.contains(where: { $0.resolved == nil }) { throw ExitStatus.unresolvedPlaces }
    }
}

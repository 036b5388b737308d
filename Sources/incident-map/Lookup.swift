import ArgumentParser
import Foundation
import IncidentMap
import PlaceNames
import Projection

/// `incident-map lookup`: which places a name may mean.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look place names up in the gazetteer, in any spelling or script.",
        discussion: """
            With no names (or the name -), reads one name per line from standard input. \
            Exits 0 when every name matched, 1 when any did not.
            """
    )

    @Argument(help: "Place names, e.g. Goris Kelbajar Kəlbəcər.")
    var names: [String] = []

    @OptionGroup var gazetteerOptions: GazetteerOptions

    @Option(help: ArgumentHelp("Prefer places near this point.", valueName: "lon,lat"))
    var near: String?

    @Option(help: "The most matches to show per name.")
    var limit: Int = 5

    @Option(help: ArgumentHelp("Also give x, y in this CRS (any EPSG code, WKT or PROJ string).", valueName: "crs"))
    var crs: String?

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        if let near, parsedNear(near) == nil {
            throw ValidationError("--near takes longitude,latitude in degrees, e.g. 46.3,39.5, not \"\(near)\"")
        }
    }

    private func parsedNear(_ text: String) -> LonLat? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lon = parts[0], let lat = parts[1] else { return nil }
        let position = LonLat(lon: lon, lat: lat)
        return position.isValid ? position : nil
    }

    func run() throws {
        let parts = try reportingFailures { () throws -> [LookupPart] in
            let gazetteer = try gazetteerOptions.load()
            let options = LookupOptions(
                limit: limit, countries: gazetteerOptions.countries, near: near.flatMap(parsedNear), includesAlternateNames: false)
            return try LookupPart.parts(of: queries(), in: gazetteer, options: options, crs: crs, json: json)
        }
        try reportingFailures {
            for piece in json ? LookupPart.json(parts) : LookupPart.tables(parts) {
                try FileHandle.standardOutput.write(contentsOf: piece)
            }
        }
        var anyUnmatched = false
        for part in parts {
            for i in part.rows.indices where part.rows[i].result.matches.isEmpty {
                anyUnmatched = true
                report(unmatched: part.rows[i].result)
            }
        }
        if anyUnmatched { throw ExitStatus.failure }
    }

    /// Says on standard error that `result` matched nothing, with the nearest names.
    private func report(unmatched result: LookupResult) {
        var message = "no place matches \"\(result.query)\""
        if !result.suggestions.isEmpty {
            message += " (nearest: " + result.suggestions.map(LookupRow.describe).joined(separator: ", ") + ")"
        }
        printError(message)
    }

    /// The names given, or the lines of standard input.
    private func queries() throws -> [String] {
        if !names.isEmpty && names != ["-"] { return names }
        if names.isEmpty && isatty(STDIN_FILENO) != 0 {
            throw CommandFailure("give at least one name, or pipe names into standard input")
        }
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        return input.unicodeScalars.split(whereSeparator: Self.isLineBreak)
            .map { Self.trimmingBlanks(Substring($0)) }.filter { !$0.isEmpty }
    }

    /// The scalars that end a line (those of `Character.isNewline`; CR LF
    /// leaves an empty line between its two, which is dropped like any
    /// other), tested on scalars rather than on Characters, which would
    /// cost grapheme breaking over the whole input.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `line` without leading and trailing spaces and tabs (what
    /// `CharacterSet.whitespaces` holds: tab and the space separators),
    /// without going through `NSString`.
    private static func trimmingBlanks(_ line: Substring) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

import Foundation
import Layers
import PlaceNames
import Projection

/// One looked-up name with everything the output shows, and the two ways
/// of printing a list of them: aligned tables and JSON.
struct LookupRow: Sendable {
    var result: LookupResult
    var admin1: [String?]
    var projected: [XY?]

    init(result: LookupResult, gazetteer: Gazetteer, transformer: Transformer?) throws {
        self.result = result
        self.admin1 = result.matches.map { gazetteer.admin1Name(of: $0.place) }
        self.projected = try result.matches.map { match -> XY? in try transformer?.forward(match.place.position) }
    }

    /// A suggestion in a few words: the name that was close, and the place
    /// when that name is one of its other names: `Sanasar (Qubadlı, AZ)`.
    static func describe(_ match: Match) -> String {
        var context = match.matchedName == match.place.name ? [] : [match.place.name]
        if let country = match.place.country { context.append(country) }
        return match.matchedName + (context.isEmpty ? "" : " (" + context.joined(separator: ", ") + ")")
    }

    // MARK: Tables

    /// One small aligned table per query.
    static func tables(_ rows: [LookupRow], withXY: Bool) -> String {
        rows.map { $0.table(withXY: withXY) }.joined(separator: "\n")
    }

    private func table(withXY: Bool) -> String {
        var header = ["#", "name", "country", "admin1", "kind", "lat", "lon"]
        if withXY { header += ["x", "y"] }
        header += ["score", "match"]
        var lines = [header]
        for (i, match) in result.matches.enumerated() {
            var cells = [
                String(i + 1), match.place.name, match.place.country ?? "-", admin1[i] ?? "-", match.place.kind.description,
                NumberFormat.fixed(match.place.position.lat, decimals: 5, trimmingZeros: false),
                NumberFormat.fixed(match.place.position.lon, decimals: 5, trimmingZeros: false),
            ]
            if withXY, let xy = projected[i] {
                cells += [NumberFormat.fixed(xy.x, decimals: 2, trimmingZeros: false), NumberFormat.fixed(xy.y, decimals: 2, trimmingZeros: false)]
            }
            cells += [NumberFormat.fixed(match.score, decimals: 2, trimmingZeros: false), "matched \"\(match.matchedName)\" (\(match.kind.label))"]
            lines.append(cells)
        }
        guard lines.count > 1 else { return "\(result.query): no match\n" }
        return "\(result.query)\n" + Self.aligned(lines)
    }

    private static func aligned(_ lines: [[String]]) -> String {
        let widths = (0..<lines[0].count).map { column in lines.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        return lines.map { cells in
            let padded = cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            return "  " + padded.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    /// One object per query (`{"query", "matches", "suggestions"}`), each
    /// after `,\n`, or after `\n` for the `first` of the whole output, as
    /// UTF-8: the members of the array ``LookupPart/json(_:)`` makes.
    static func jsonObjects(_ rows: [LookupRow], first: Bool, withXY: Bool) -> [UInt8] {
        var json = JSONBuffer(reservingCapacity: rows.count * typicalObjectSize)
        for i in rows.indices {
            json.raw(first && i == 0 ? "\n" : ",\n")
            rows[i].write(into: &json, withXY: withXY)
        }
        return json.bytes
    }

    /// About the size of one row's object with a few matches, in bytes.
    private static let typicalObjectSize = 512

    /// Writes the row's object. Each member's punctuation and name is one
    /// literal, written at once: a thousand rows are written in a few milliseconds.
    private func write(into json: inout JSONBuffer, withXY: Bool) {
        json.raw("{\"query\": ")
        json.string(result.query)
        json.raw(", \"matches\": [")
        for i in result.matches.indices {
            json.raw(i > 0 ? ", {\"name\": " : "{\"name\": ")
            write(result.matches[i], admin1: admin1[i], xy: withXY ? projected[i] : nil, into: &json)
        }
        json.raw("], \"suggestions\": [")
        for i in result.suggestions.indices {
            json.raw(i > 0 ? ", {\"name\": " : "{\"name\": ")
            Self.writeIdentity(of: result.suggestions[i].place, into: &json)
            json.raw(", \"matched_name\": ")
            json.string(result.suggestions[i].matchedName)
            json.raw("}")
        }
        json.raw("]}")
    }

    /// Writes the members of one match's object after its opening `{"name": `.
    private func write(_ match: borrowing Match, admin1: String?, xy: XY?, into json: inout JSONBuffer) {
        Self.writeIdentity(of: match.place, into: &json)
        json.raw(", \"admin1\": ")
        json.value(.text(admin1))
        json.raw(", \"kind\": ")
        json.string(match.place.kind.description)
        json.raw(", \"population\": ")
        json.value(.integer(match.place.population))
        json.raw(", \"lon\": ")
        json.number(match.place.position.lon, decimals: 6)
        json.raw(", \"lat\": ")
        json.number(match.place.position.lat, decimals: 6)
        if let xy {
            json.raw(", \"x\": ")
            json.number(xy.x, decimals: 2)
            json.raw(", \"y\": ")
            json.number(xy.y, decimals: 2)
        }
        json.raw(", \"score\": ")
        json.number(match.score, decimals: 3)
        json.raw(", \"match\": ")
        json.string(match.kind.rawValue)
        json.raw(", \"matched_name\": ")
        json.string(match.matchedName)
        json.raw("}")
    }

    /// Writes a place's `name`, `geonameid` and `country` members, after the opening `{"name": `.
    private static func writeIdentity(of place: borrowing Place, into json: inout JSONBuffer) {
        json.string(place.name)
        json.raw(", \"geonameid\": ")
        json.value(place.geonameID.map(PropertyValue.integer) ?? .null)
        json.raw(", \"country\": ")
        json.value(.text(place.country))
    }
}

import Foundation
import Layers
import PlaceNames
import Projection

/// One looked-up name with everything the output shows, and the two ways
/// of printing a list of them: aligned tables and JSON.
struct LookupRow {
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

    /// An array with one object per query: `{"query", "matches", "suggestions"}`.
    static func json(_ rows: [LookupRow], withXY: Bool) -> String {
        var json = JSONBuffer()
        json.raw("[")
        for (i, row) in rows.enumerated() {
            json.raw(i == 0 ? "\n" : ",\n")
            row.write(into: &json, withXY: withXY)
        }
        json.raw(rows.isEmpty ? "]\n" : "\n]\n")
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private func write(into json: inout JSONBuffer, withXY: Bool) {
        json.raw("{\"query\": ")
        json.string(result.query)
        json.raw(", \"matches\": [")
        for (i, match) in result.matches.enumerated() {
            json.raw(i > 0 ? ", {" : "{")
            let place = match.place
            Self.member("name", .string(place.name), first: true, into: &json)
            Self.member("geonameid", place.geonameID.map(PropertyValue.integer) ?? .null, into: &json)
            Self.member("country", .text(place.country), into: &json)
            Self.member("admin1", .text(admin1[i]), into: &json)
            Self.member("kind", .string(place.kind.description), into: &json)
            Self.member("population", .integer(place.population), into: &json)
            Self.member("lon", .number(place.position.lon, decimals: 6), into: &json)
            Self.member("lat", .number(place.position.lat, decimals: 6), into: &json)
            if withXY, let xy = projected[i] {
                Self.member("x", .number(xy.x, decimals: 2), into: &json)
                Self.member("y", .number(xy.y, decimals: 2), into: &json)
            }
            Self.member("score", .number(match.score, decimals: 3), into: &json)
            Self.member("match", .string(match.kind.rawValue), into: &json)
            Self.member("matched_name", .string(match.matchedName), into: &json)
            json.raw("}")
        }
        json.raw("], \"suggestions\": [")
        for (i, suggestion) in result.suggestions.enumerated() {
            json.raw(i > 0 ? ", {" : "{")
            Self.member("name", .string(suggestion.place.name), first: true, into: &json)
            Self.member("geonameid", suggestion.place.geonameID.map(PropertyValue.integer) ?? .null, into: &json)
            Self.member("country", .text(suggestion.place.country), into: &json)
            Self.member("matched_name", .string(suggestion.matchedName), into: &json)
            json.raw("}")
        }
        json.raw("]}")
    }

    /// Writes `"name": value` (after a comma unless it is the first member), straight into `json`.
    private static func member(_ name: String, _ value: PropertyValue, first: Bool = false, into json: inout JSONBuffer) {
        if !first { json.raw(", ") }
        json.key(name)
        json.raw(" ")
        json.value(value)
    }
}

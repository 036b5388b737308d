import Incidents
import Layers
import Projection

/// The features of the claims: the same properties, of the same types, on
/// every feature.
public enum IncidentLayers {
    /// The property names of every feature, in output order; `x` and `y`
    /// follow when the output CRS is not WGS 84.
    public static let propertyNames = [
        "id", "claimed_by", "accused", "place", "resolved", "geonameid", "country", "admin1", "event", "weapons",
        "date", "source", "sources", "mentions", "quote", "precision", "geo_precision", "match", "score", "lon", "lat",
    ]

    /// The feature of claim `claim` of `claims`, drawn from its representative row, at `point` in `crs`.
    static func feature(_ row: ClaimRow, claim: Int, of claims: ClaimGroups, at point: XY, crs: CRSInfo) -> Feature {
        let merged = claims.mergedEventsAndWeapons(claim)
        let sources = claims.sources(claim)
        let id = claims.id(claim)
        var properties: [(name: String, value: PropertyValue)] = [
            ("id", .string(id)),
            ("claimed_by", .string(row.side)),
            ("accused", .text(row.accused)),
            ("place", .string(row.place)),
            ("resolved", .string(row.resolvedName)),
            ("geonameid", row.geonameID.map(PropertyValue.integer) ?? .null),
            ("country", .text(row.country)),
            ("admin1", .text(row.admin1)),
            ("event", .text(merged.map(\.event) ?? row.event)),
            ("weapons", .text(merged.map(\.weapons) ?? row.weapons)),
            ("date", .text(row.date)),
            ("source", .text(row.source)),
            ("sources", .text(sources.isEmpty ? nil : sources.joined(separator: "; "))),
            ("mentions", .integer(Int(claims.mentions[claim]))),
            ("quote", .text(row.quote)),
            ("precision", .string(row.precision.rawValue)),
            ("geo_precision", .integer(row.precision.geoPrecision)),
            ("match", .string(row.match)),
            ("score", row.score.map { .number($0, decimals: 3) } ?? .null),
            ("lon", .number(row.position.lon, decimals: 6)),
            ("lat", .number(row.position.lat, decimals: 6)),
        ]
        if !crs.isWGS84 {
            let decimals = crs.isGeographic ? 6 : 2
            properties.append(("x", .number(point.x, decimals: decimals)))
            properties.append(("y", .number(point.y, decimals: decimals)))
        }
        return Feature(id: id, point: point, properties: properties)
    }
}

import Incidents
import Layers
import Projection

/// The features of the claims: the same properties, of the same types, on
/// every feature.
public enum IncidentLayers {
    /// The property names of every feature, in output order; `x` and `y`
    /// follow when the output CRS is not WGS 84.
    public static let propertyNames = [
        "id", "claimed_by", "accused", "place", "resolved", "label", "geonameid", "country", "admin1", "event", "weapons",
        "date", "date_precision", "utc_offset", "source", "sources", "mentions", "quote", "precision", "geo_precision", "match", "score", "contested", "review", "lon", "lat",
    ]

    /// The types of the properties that may be `null` on every feature of
    /// a layer, so that every layer and format has the same columns.
    public static let declaredTypes: [String: FieldType] = ["date": .dateTime, "contested": .boolean]

    /// The feature of claim `claim` of `claims`, drawn from its
    /// representative row, at `point` in `crs`; `contested` when another
    /// side claims its place within the window (``ContestedPlaces``).
    static func feature(_ row: ResolvedRecord, claim: Int, of claims: MergedClaims, at point: XY, crs: CRSInfo, contested: Bool) -> Feature {
        let merged = claims.mergedEventsAndWeapons(claim)
        let sources = claims.sources(claim)
        let id = claims.id(claim)
        let date = row.date.flatMap(IncidentDate.init(iso:))
        var properties: [(name: String, value: PropertyValue)] = [
            ("id", .string(id)),
            ("claimed_by", .string(row.side)),
            ("accused", .text(row.accused)),
            ("place", .string(row.place)),
            ("resolved", .string(row.resolvedName)),
            ("label", .string(row.label)),
            ("geonameid", row.geonameID.map(PropertyValue.integer) ?? .null),
            ("country", .text(row.country)),
            ("admin1", .text(row.admin1)),
            ("event", .text(merged.map(\.event) ?? row.event)),
            ("weapons", .text(merged.map(\.weapons) ?? row.weapons)),
            ("date", date.map { .dateTime($0.dateTimeText) } ?? .null),
            ("date_precision", .text(date?.precision.rawValue)),
            ("utc_offset", .text(date?.utcOffset)),
            ("source", .text(row.source)),
            ("sources", .text(sources.isEmpty ? nil : sources.joined(separator: "; "))),
            ("mentions", .integer(Int(claims.mentions[claim]))),
            ("quote", .text(row.quote)),
            ("precision", .string(row.precision.rawValue)),
            ("geo_precision", .integer(row.precision.geoPrecision)),
            ("match", .string(row.match)),
            ("score", row.score.map { .number($0, decimals: 3) } ?? .null),
            ("contested", .boolean(contested)),
            ("review", .boolean(claims.review[claim])),
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

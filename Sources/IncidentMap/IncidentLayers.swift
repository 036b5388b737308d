import Incidents
import Layers
import Projection

/// Turns projected incidents into one layer per claiming side, with the
/// same properties, of the same types, on every feature.
public enum IncidentLayers {
    /// The property names of every feature, in output order; `x` and `y`
    /// follow when the output CRS is not WGS 84.
    public static let propertyNames = [
        "id", "claimed_by", "accused", "place", "resolved", "geonameid", "country", "admin1", "event", "weapons",
        "date", "source", "sources", "mentions", "quote", "precision", "geo_precision", "match", "score", "lon", "lat",
    ]

    /// One layer per side, sorted by side name; features ordered by date
    /// (undated last), then id, so the same input always gives the same files.
    ///
    /// - Parameters:
    ///   - incidents: the resolved incidents and their positions in `crs`.
    ///   - crs: the output CRS.
    public static func layers(_ incidents: [(ResolvedIncident, XY)], crs: CRSInfo) -> [Layer] {
        let keyed = incidents.map { (entry: $0, date: $0.0.incident.date.map(ISODate.sortKey)) }
        let bySide = Dictionary(grouping: keyed, by: { $0.entry.0.side })
        return bySide.keys.sorted().map { side in
            let features = bySide[side]!.sorted(by: isOrderedBefore).map { feature($0.entry.0, at: $0.entry.1, crs: crs) }
            return Layer(name: side, crs: crs, features: features)
        }
    }

    /// Date order (by ``ISODate/sortKey(_:)``, computed once per incident), undated last, then id.
    private static func isOrderedBefore(
        _ a: (entry: (ResolvedIncident, XY), date: String?), _ b: (entry: (ResolvedIncident, XY), date: String?)
    ) -> Bool {
        if a.date != b.date {
            guard let dateA = a.date else { return false }
            guard let dateB = b.date else { return true }
            return dateA < dateB
        }
        return a.entry.0.incident.id < b.entry.0.incident.id
    }

    /// The feature of one incident.
    static func feature(_ resolved: ResolvedIncident, at point: XY, crs: CRSInfo) -> Feature {
        let incident = resolved.incident
        let match = resolved.match
        var properties: [(name: String, value: PropertyValue)] = [
            ("id", .string(incident.id)),
            ("claimed_by", .string(resolved.side)),
            ("accused", .text(resolved.accused)),
            ("place", .string(incident.place)),
            ("resolved", .string(match?.place.name ?? incident.place)),
            ("geonameid", match?.place.geonameID.map(PropertyValue.integer) ?? .null),
            ("country", .text(match?.place.country)),
            ("admin1", .text(resolved.admin1)),
            ("event", .text(incident.event)),
            ("weapons", .text(incident.weapons)),
            ("date", .text(incident.date)),
            ("source", .text(incident.source)),
            ("sources", .text(resolved.sources.isEmpty ? nil : resolved.sources.joined(separator: "; "))),
            ("mentions", .integer(resolved.mentions)),
            ("quote", .text(incident.quote)),
            ("precision", .string(incident.precision.rawValue)),
            ("geo_precision", .integer(incident.precision.geoPrecision)),
            ("match", .string(match?.kind.rawValue ?? "coordinates")),
            ("score", match.map { .number($0.score, decimals: 3) } ?? .null),
            ("lon", .number(resolved.position.lon, decimals: 6)),
            ("lat", .number(resolved.position.lat, decimals: 6)),
        ]
        if !crs.isWGS84 {
            let decimals = crs.isGeographic ? 6 : 2
            properties.append(("x", .number(point.x, decimals: decimals)))
            properties.append(("y", .number(point.y, decimals: decimals)))
        }
        return Feature(id: incident.id, point: point, properties: properties)
    }
}

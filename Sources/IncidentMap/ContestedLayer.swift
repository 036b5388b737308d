import Incidents
import Layers
import Projection
import StableHash

/// The layer `contested.geojson` (and the GeoPackage table `contested`):
/// one point per contested place and window (``ContestedPlaces``), saying
/// which sides claim it, with each side's claim ids, sources and event
/// words, and how far apart the claims' points are when the sides' names
/// were resolved to different places.
enum ContestedLayer {
    /// The layer's name, shown by GDAL and QGIS.
    static let name = "Contested places"
    /// The file stem: `contested.geojson`, `contested.qml`, table `contested`.
    static let stem = "contested"

    /// The property names, in output order; `x` and `y` follow in a projected CRS.
    static let propertyNames = [
        "id", "place", "date", "last_date", "sides", "side_count", "claim_count", "claims", "sources", "events", "distance_km",
        "lon", "lat",
    ]

    /// The types of the properties that may be `null` on every feature.
    static let declaredTypes: [String: FieldType] = ["date": .dateTime, "last_date": .dateTime]

    /// The layer of `windows`; `feature(claim)` gives a claim's own
    /// feature (its id, sources and events), `points` the claims' points in `crs`.
    static func layer(
        _ windows: [ContestedPlaces.Window], claims: MergedClaims, points: [XY], crs: CRSInfo,
        feature: (Int) throws(BuildError) -> Feature
    ) throws(BuildError) -> Layer {
        let geodesic = Geodesic()
        var features: [Feature] = []
        for window in windows {
            var members: [(side: String, feature: Feature)] = []
            for claim in window.claims { members.append((claims.sides[claims.side[claim]], try feature(claim))) }
            features.append(contestedFeature(window, members: members, claims: claims, points: points, crs: crs, geodesic: geodesic))
        }
        return Layer(name: name, crs: crs, features: features, declaredTypes: declaredTypes)
    }

    private static func contestedFeature(
        _ window: ContestedPlaces.Window, members: [(side: String, feature: Feature)], claims: MergedClaims, points: [XY],
        crs: CRSInfo, geodesic: Geodesic
    ) -> Feature {
        let first = window.claims[0]
        let days = window.days.map { (CivilDay(dayNumber: Int($0.lowerBound)), CivilDay(dayNumber: Int($0.upperBound))) }
        let id = StableHash.hex([claims.placeName(first), days?.0.iso ?? "undated"].joined(separator: "\u{1F}"))
        let sides = members.map(\.side).reduce(into: [String]()) { list, side in if list.last != side { list.append(side) } }
        var properties: [(name: String, value: PropertyValue)] = [
            ("id", .string(id)),
            ("place", .string(claims.placeName(first))),
            ("date", days.map { .dateTime($0.0.iso + "T00:00:00") } ?? .null),
            ("last_date", days.map { .dateTime($0.1.iso + "T00:00:00") } ?? .null),
            ("sides", .string(sides.joined(separator: "; "))),
            ("side_count", .integer(sides.count)),
            ("claim_count", .integer(members.count)),
            ("claims", .string(perSide(members, sides) { $0.id })),
            ("sources", .string(perSide(members, sides) { text($0, "sources") })),
            ("events", .string(perSide(members, sides) { text($0, "event") })),
            ("distance_km", .number(distance(window.claims, claims: claims, geodesic: geodesic) / 1000, decimals: 1)),
            ("lon", .number(claims.position[first].lon, decimals: 6)),
            ("lat", .number(claims.position[first].lat, decimals: 6)),
        ]
        if !crs.isWGS84 {
            let decimals = crs.isGeographic ? 6 : 2
            properties.append(("x", .number(points[first].x, decimals: decimals)))
            properties.append(("y", .number(points[first].y, decimals: decimals)))
        }
        return Feature(id: id, point: points[first], properties: properties)
    }

    /// `Armenia: am-01, am-02 | Azerbaijan: az-04`: each side's values, distinct, in claim order.
    private static func perSide(_ members: [(side: String, feature: Feature)], _ sides: [String], _ value: (Feature) -> String?) -> String {
        sides.map { side in
            var values: [String] = []
            for member in members where member.side == side {
                if let text = value(member.feature), !text.isEmpty, !values.contains(text) { values.append(text) }
            }
            return side + ": " + (values.isEmpty ? "-" : values.joined(separator: ", "))
        }.joined(separator: " | ")
    }

    private static func text(_ feature: Feature, _ name: String) -> String? {
        if case .string(let text)? = feature.value(of: name) { return text }
        return nil
    }

    /// The greatest geodesic distance between two of the claims' points, in
    /// metres: 0 when the sides' names were resolved to one place (never
    /// `null`, so that GDAL reads the column as Real in every layer).
    private static func distance(_ members: [Int], claims: MergedClaims, geodesic: Geodesic) -> Double {
        var distinct: [LonLat] = []
        for claim in members where !distinct.contains(claims.position[claim]) { distinct.append(claims.position[claim]) }
        var greatest = 0.0
        for a in distinct.indices {
            for b in distinct.indices where b > a { greatest = max(greatest, geodesic.distance(from: distinct[a], to: distinct[b])) }
        }
        return greatest
    }
}

import Foundation
import Layers
import Projection

/// A GeoJSON FeatureCollection as `render` needs it: its name, its CRS,
/// and each feature's Point or Polygon/MultiPolygon rings with its
/// properties. Read with Foundation's JSON parser.
struct GeoJSONFile {
    /// One feature.
    struct Feature {
        /// A point, or the first ring of a polygon (the zone layers have one ring).
        var geometry: Geometry
        /// Every exterior and interior ring of a Polygon or MultiPolygon.
        var rings: [[XY]]
        /// The properties.
        var properties: [String: Any]

        /// The text property `name`, if it is text.
        func text(_ name: String) -> String? { properties[name] as? String }
    }

    /// The collection's `name` member (the side), or the file name.
    var name: String
    /// The CRS named by the legacy `crs` member (`EPSG:32638`), else `EPSG:4326`.
    var crs: String
    /// The features with a geometry this reader knows.
    var features: [Feature]

    init(path: String) throws(RenderError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path, reason: "cannot read the file") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], object["type"] as? String == "FeatureCollection" else {
            throw .unreadable(path: path, reason: "not a GeoJSON FeatureCollection")
        }
        name = object["name"] as? String ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        crs = Self.crs(of: object)
        features = (object["features"] as? [[String: Any]] ?? []).compactMap(Self.feature)
    }

    /// `urn:ogc:def:crs:EPSG::32638` → `EPSG:32638`; RFC 7946's WGS 84 without a `crs` member.
    private static func crs(of object: [String: Any]) -> String {
        guard let member = object["crs"] as? [String: Any], let properties = member["properties"] as? [String: Any],
              let urn = properties["name"] as? String else { return "EPSG:4326" }
        let parts = urn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 7, parts[0] == "urn", parts[3] == "crs" else { return urn }
        return parts[4] + ":" + parts[6]
    }

    private static func feature(_ object: [String: Any]) -> Feature? {
        guard let geometry = object["geometry"] as? [String: Any], let type = geometry["type"] as? String else { return nil }
        let properties = object["properties"] as? [String: Any] ?? [:]
        switch type {
        case "Point":
            guard let point = position(geometry["coordinates"]) else { return nil }
            return Feature(geometry: .point(point), rings: [], properties: properties)
        case "Polygon":
            let rings = (geometry["coordinates"] as? [Any] ?? []).compactMap(ring)
            guard let first = rings.first else { return nil }
            return Feature(geometry: .polygon(first), rings: rings, properties: properties)
        case "MultiPolygon":
            let rings = (geometry["coordinates"] as? [Any] ?? []).flatMap { ($0 as? [Any] ?? []).compactMap(ring) }
            guard let first = rings.first else { return nil }
            return Feature(geometry: .polygon(first), rings: rings, properties: properties)
        default:
            return nil
        }
    }

    private static func ring(_ value: Any) -> [XY]? {
        let positions = (value as? [Any] ?? []).compactMap(position)
        return positions.count >= 3 ? positions : nil
    }

    private static func position(_ value: Any?) -> XY? {
        guard let numbers = value as? [Any], numbers.count >= 2,
              let x = (numbers[0] as? NSNumber)?.doubleValue, let y = (numbers[1] as? NSNumber)?.doubleValue else { return nil }
        return XY(x: x, y: y)
    }
}

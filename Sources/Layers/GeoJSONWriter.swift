import Projection

/// Writes a layer as a GeoJSON FeatureCollection.
///
/// In WGS 84 the output follows RFC 7946: longitude/latitude, 6 decimals,
/// no `crs` member. In any other CRS the output deliberately leaves RFC 7946
/// and carries the legacy `crs` member (`urn:ogc:def:crs:EPSG::32638`) that
/// GDAL and QGIS read, so projected layers open in the right place. The
/// collection carries `name` (GDAL's layer name) and `bbox`; each feature a
/// string `id`. One feature per line keeps files readable and diffs small.
/// Features are Points, or Polygons (zones) whose single ring is written
/// as given: closed and counter-clockwise.
public enum GeoJSONWriter {
    /// The GeoJSON text of `layer`, byte for byte the same for the same layer.
    public static func encode(_ layer: Layer) -> [UInt8] {
        var json = JSONBuffer()
        let decimals = layer.coordinateDecimals
        json.raw(String(decoding: header(name: layer.name, crs: layer.crs, boundingBox: layer.boundingBox), as: UTF8.self))
        for (i, feature) in layer.features.enumerated() {
            write(feature, decimals: decimals, into: &json)
            json.raw(i + 1 < layer.features.count ? featureSeparator : lastFeatureEnd)
        }
        json.raw(footer)
        return json.bytes
    }

    /// The text of a collection up to its first feature: type, name, the
    /// `crs` member outside WGS 84, and the bounding box (which is why a
    /// layer written feature by feature needs its box first).
    public static func header(name: String, crs: CRSInfo, boundingBox: BoundingBox?) -> [UInt8] {
        var json = JSONBuffer()
        let decimals = crs.isGeographic ? 6 : 2
        json.raw("{\n\"type\": \"FeatureCollection\",\n\"name\": ")
        json.string(name)
        if !crs.isWGS84, let urn = crs.ogcURN {
            json.raw(",\n\"crs\": {\"type\": \"name\", \"properties\": {\"name\": ")
            json.string(urn)
            json.raw("}}")
        }
        if let box = boundingBox {
            let values = [box.minX, box.minY, box.maxX, box.maxY].map { NumberFormat.fixed($0, decimals: decimals) }
            json.raw(",\n\"bbox\": [" + values.joined(separator: ", ") + "]")
        }
        json.raw(",\n\"features\": [\n")
        return json.bytes
    }

    /// Between two features.
    public static let featureSeparator = ",\n"
    /// After the last feature.
    public static let lastFeatureEnd = "\n"
    /// After the features.
    public static let footer = "]\n}\n"

    /// Appends the text of one feature, its coordinates with `decimals` decimals.
    public static func feature(_ feature: Feature, decimals: Int, into json: inout JSONBuffer) {
        write(feature, decimals: decimals, into: &json)
    }

    private static func write(_ feature: Feature, decimals: Int, into json: inout JSONBuffer) {
        json.raw("{\"type\": \"Feature\", \"id\": ")
        json.string(feature.id)
        json.raw(", \"geometry\": {\"type\": ")
        json.string(feature.geometry.typeName)
        json.raw(", \"coordinates\": ")
        switch feature.geometry {
        case .point(let point):
            position(point, decimals: decimals, into: &json)
        case .polygon(let ring):
            json.raw("[[")
            for (i, point) in ring.enumerated() {
                if i > 0 { json.raw(", ") }
                position(point, decimals: decimals, into: &json)
            }
            json.raw("]]")
        }
        json.raw("}, \"properties\": {")
        for i in feature.properties.indices {
            if i > 0 { json.raw(", ") }
            json.key(feature.properties[i].name)
            json.raw(" ")
            json.value(feature.properties[i].value)
        }
        json.raw("}}")
    }

    private static func position(_ point: XY, decimals: Int, into json: inout JSONBuffer) {
        json.raw("[")
        json.number(point.x, decimals: decimals)
        json.raw(", ")
        json.number(point.y, decimals: decimals)
        json.raw("]")
    }
}

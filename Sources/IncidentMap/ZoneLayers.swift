import Layers
import Projection

/// The zones of imprecise claims: for every feature whose `precision` is
/// direction or region, a polygon of the configured geodesic radius around
/// its point, with the same properties.
///
/// The circle is drawn on the WGS 84 ellipsoid with PROJ's `geod_direct`
/// (through ``Geodesic``), vertices taken at falling azimuths so that the
/// ring runs counter-clockwise (RFC 7946's right-hand rule), then projected
/// with the layer's own ``Transformer``; the ring is closed by repeating
/// its first vertex.
public enum ZoneLayers {
    /// The zones layer of `layer`, named `<layer> zones`; `nil` when no
    /// feature of `layer` is imprecise.
    ///
    /// - Parameters:
    ///   - layer: a layer of points in `transformer`'s target CRS.
    ///   - transformer: the WGS 84 → output CRS transformation that made `layer`.
    public static func zones(of layer: Layer, options: ZoneOptions, transformer: Transformer) throws(ProjectionError) -> Layer? {
        var features: [Feature] = []
        for feature in layer.features {
            guard case .point(let point) = feature.geometry,
                  case .string(let precision)? = feature.value(of: "precision"),
                  let radius = options.radius(for: precision) else { continue }
            let centre = layer.crs.isWGS84 ? LonLat(lon: point.x, lat: point.y) : try transformer.inverse(point)
            let ring = try self.ring(around: centre, radius: radius, vertices: options.vertices, transformer: transformer)
            features.append(Feature(id: feature.id, geometry: .polygon(ring), properties: feature.properties))
        }
        return features.isEmpty ? nil : Layer(name: layer.name + " zones", crs: layer.crs, features: features, declaredTypes: layer.declaredTypes)
    }

    /// A closed counter-clockwise ring of `vertices` points at geodesic
    /// distance `radius` from `centre`, in the output CRS.
    public static func ring(around centre: LonLat, radius: Double, vertices: Int, transformer: Transformer) throws(ProjectionError) -> [XY] {
        let geodesic = Geodesic()
        let step = 360 / Double(vertices)
        let positions = (0..<vertices).map { index in
            geodesic.destination(from: centre, azimuth: 360 - Double(index) * step, metres: radius)
        }
        var xs = positions.map(\.lon), ys = positions.map(\.lat)
        if !transformer.target.isWGS84 { try transformer.transform(xs: &xs, ys: &ys) }
        var ring = zip(xs, ys).map { XY(x: $0, y: $1) }
        if signedArea(ring) < 0 { ring.reverse() }
        return ring + [ring[0]]
    }

    /// The signed area of a ring by the shoelace formula: positive when it
    /// runs counter-clockwise (x east, y north).
    public static func signedArea(_ ring: [XY]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) { sum += a.x * b.y - b.x * a.y }
        return sum / 2
    }
}

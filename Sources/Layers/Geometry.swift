import Projection

/// The shape of a feature, in its layer's CRS: the point of a claim, or
/// the zone drawn around an imprecise one.
public enum Geometry: Sendable, Hashable {
    /// A single position.
    case point(XY)
    /// A polygon without holes: its exterior ring, closed (the last
    /// position repeats the first) and counter-clockwise, as RFC 7946 asks.
    case polygon([XY])

    /// Every position of the geometry, in order.
    public var positions: [XY] {
        switch self {
        case .point(let point): [point]
        case .polygon(let ring): ring
        }
    }

    /// The geometry type name GeoJSON, GeoPackage and QGIS use (`Point`, `Polygon`).
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .polygon: "Polygon"
        }
    }
}

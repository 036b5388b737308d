import Projection

/// A set of point features that goes into one file: in this tool, the
/// claims of one side.
public struct Layer: Sendable, Equatable {
    /// The layer's name, shown by GDAL and QGIS (`Armenia`).
    public var name: String
    /// The CRS of the coordinates.
    public var crs: CRSInfo
    /// The features, in output order.
    public var features: [Feature]

    /// Creates a layer.
    public init(name: String, crs: CRSInfo, features: [Feature]) {
        self.name = name
        self.crs = crs
        self.features = features
    }

    /// Decimals for coordinates: 6 for degrees (about 0.1 m), 2 for metres.
    public var coordinateDecimals: Int { crs.isGeographic ? 6 : 2 }

    /// The smallest box holding every feature: min x, min y, max x, max y.
    public var boundingBox: (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        guard let first = features.first?.point else { return nil }
        return features.dropFirst().reduce((first.x, first.y, first.x, first.y)) { box, feature in
            (min(box.0, feature.point.x), min(box.1, feature.point.y), max(box.2, feature.point.x), max(box.3, feature.point.y))
        }
    }
}

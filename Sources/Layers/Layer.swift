import Projection

/// A set of features that goes into one file: in this tool, the claims of
/// one side (points), or the zones around its imprecise claims (polygons).
public struct Layer: Sendable, Equatable {
    /// The layer's name, shown by GDAL and QGIS (`Armenia`).
    public var name: String
    /// The CRS of the coordinates.
    public var crs: CRSInfo
    /// The features, in output order.
    public var features: [Feature]
    /// The type of each property whose values may all be `null`, which
    /// then has no value to take its type from (see ``fields``).
    public var declaredTypes: [String: FieldType]

    /// Creates a layer.
    public init(name: String, crs: CRSInfo, features: [Feature], declaredTypes: [String: FieldType] = [:]) {
        self.name = name
        self.crs = crs
        self.features = features
        self.declaredTypes = declaredTypes
    }

    /// Decimals for coordinates: 6 for degrees (about 0.1 m), 2 for metres.
    public var coordinateDecimals: Int { crs.isGeographic ? 6 : 2 }

    /// The smallest box holding every position of every feature: min x, min y, max x, max y.
    public var boundingBox: BoundingBox? {
        BoundingBox(features.flatMap(\.geometry.positions))
    }
}

import Projection

/// One point of a layer, with its properties in a fixed order.
public struct Feature: Sendable, Hashable {
    /// A string identifier, unique within the layer.
    public var id: String
    /// Where the point is, in the layer's CRS.
    public var point: XY
    /// Property names and values, in output order.
    public var properties: [(name: String, value: PropertyValue)]

    /// Creates a feature.
    public init(id: String, point: XY, properties: [(name: String, value: PropertyValue)]) {
        self.id = id
        self.point = point
        self.properties = properties
    }

    public static func == (a: Feature, b: Feature) -> Bool {
        a.id == b.id && a.point == b.point && a.properties.elementsEqual(b.properties) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(point)
    }
}

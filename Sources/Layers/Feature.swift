import Projection

/// One feature of a layer, with its properties in a fixed order.
public struct Feature: Sendable, Hashable {
    /// A string identifier, unique within the layer.
    public var id: String
    /// Where the feature is, in the layer's CRS.
    public var geometry: Geometry
    /// Property names and values, in output order.
    public var properties: [(name: String, value: PropertyValue)]

    /// Creates a feature of any geometry.
    public init(id: String, geometry: Geometry, properties: [(name: String, value: PropertyValue)]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }

    /// Creates a point feature.
    public init(id: String, point: XY, properties: [(name: String, value: PropertyValue)]) {
        self.init(id: id, geometry: .point(point), properties: properties)
    }

    /// The value of the property `name`; `nil` when the feature has no such property.
    public func value(of name: String) -> PropertyValue? {
        properties.first { $0.name == name }?.value
    }

    public static func == (a: Feature, b: Feature) -> Bool {
        a.id == b.id && a.geometry == b.geometry && a.properties.elementsEqual(b.properties) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(geometry)
    }
}

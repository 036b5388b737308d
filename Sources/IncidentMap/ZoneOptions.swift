/// How `build --zones` draws the zone around an imprecise claim: a circle
/// of geodesic radius around the point, by precision.
public struct ZoneOptions: Sendable, Equatable {
    /// The radius around a claim "in the direction of" a place, in metres.
    public var directionRadius: Double
    /// The radius around a claim "somewhere in" a region, in metres.
    public var regionRadius: Double
    /// How many vertices approximate the circle (the ring has one more, closing it).
    public var vertices: Int

    /// The defaults: 5 km for direction, 15 km for region, 64 vertices.
    public init(directionRadius: Double = 5_000, regionRadius: Double = 15_000, vertices: Int = 64) {
        precondition(vertices >= 3, "a ring needs at least three vertices")
        self.directionRadius = directionRadius
        self.regionRadius = regionRadius
        self.vertices = vertices
    }

    /// The radius for a claim of `precision`; `nil` for exact and near, which get no zone.
    public func radius(for precision: String) -> Double? {
        switch precision {
        case "direction": directionRadius
        case "region": regionRadius
        default: nil
        }
    }
}

import Projection

/// The smallest axis-aligned box holding a set of positions, in their CRS.
public struct BoundingBox: Sendable, Hashable {
    /// The smallest x (westernmost easting or longitude).
    public var minX: Double
    /// The smallest y.
    public var minY: Double
    /// The largest x.
    public var maxX: Double
    /// The largest y.
    public var maxY: Double

    /// Creates a box from its edges.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The box around `positions`; `nil` when there are none.
    public init?(_ positions: [XY]) {
        guard let first = positions.first else { return nil }
        self.init(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        for position in positions.dropFirst() {
            minX = min(minX, position.x)
            minY = min(minY, position.y)
            maxX = max(maxX, position.x)
            maxY = max(maxY, position.y)
        }
    }

    /// The box holding both this box and `other`.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// The box grown by `margin` on every side.
    public func expanded(by margin: Double) -> BoundingBox {
        BoundingBox(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }

    /// The width, `maxX - minX`.
    public var width: Double { maxX - minX }

    /// The height, `maxY - minY`.
    public var height: Double { maxY - minY }
}

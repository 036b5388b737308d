import Layers
import Projection

/// Cuts a polygon ring to a rectangle (Sutherland–Hodgman), so that only
/// the part of a country outline near the map is projected and drawn:
/// a projection such as UTM cannot take points on the other side of the
/// globe, and the picture need not carry them.
public enum RingClipper {
    /// The part of `ring` inside `box`, as one ring (edges along the box's
    /// border join the pieces); empty when nothing of it is inside.
    public static func clip(_ ring: [XY], to box: BoundingBox) -> [XY] {
        var points = ring
        if points.count > 1 && points.first == points.last { points.removeLast() }
        let edges: [(XY) -> Bool] = [{ $0.x >= box.minX }, { $0.x <= box.maxX }, { $0.y >= box.minY }, { $0.y <= box.maxY }]
        let crossings: [(XY, XY) -> XY] = [
            { a, b in at(x: box.minX, a, b) }, { a, b in at(x: box.maxX, a, b) },
            { a, b in at(y: box.minY, a, b) }, { a, b in at(y: box.maxY, a, b) },
        ]
        for (inside, crossing) in zip(edges, crossings) {
            guard !points.isEmpty else { break }
            var kept: [XY] = []
            for (index, current) in points.enumerated() {
                let previous = points[(index + points.count - 1) % points.count]
                switch (inside(previous), inside(current)) {
                case (true, true): kept.append(current)
                case (true, false): kept.append(crossing(previous, current))
                case (false, true): kept += [crossing(previous, current), current]
                case (false, false): break
                }
            }
            points = kept
        }
        return points.count >= 3 ? points : []
    }

    private static func at(x: Double, _ a: XY, _ b: XY) -> XY {
        XY(x: x, y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x))
    }

    private static func at(y: Double, _ a: XY, _ b: XY) -> XY {
        XY(x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y: y)
    }
}

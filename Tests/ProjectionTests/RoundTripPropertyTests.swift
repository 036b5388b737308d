import Projection
import RandomInputs
import Testing

/// Properties of projection that hold for every point, checked on many
/// random ones (the seed is in every failure message).
@Suite("Projection properties")
struct RoundTripPropertyTests {
    /// Where EPSG:32638 (WGS 84 / UTM zone 38N) is meant to be used, as the
    /// EPSG registry gives it: 42°E to 48°E, equator to 84°N. Beyond it the
    /// transverse Mercator series diverge and no round trip is promised.
    static let areaOfUse = (lon: 42.0...48.0, lat: 0.0...84.0)

    @Test func anyPointInTheAreaOfUTM38NRoundTripsWithin1mm() throws {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        let transformer = try Transformer(to: "EPSG:32638")
        let geodesic = Geodesic()
        var points = (0..<20_000).map { _ in
            LonLat(lon: Double.random(in: Self.areaOfUse.lon, using: &random), lat: Double.random(in: Self.areaOfUse.lat, using: &random))
        }
        // The corners and edges too, where errors are largest.
        for lon in [42.0, 45.0, 48.0] {
            for lat in [0.0, 42.0, 84.0] { points.append(LonLat(lon: lon, lat: lat)) }
        }
        var xs = points.map(\.lon), ys = points.map(\.lat)
        try transformer.transform(xs: &xs, ys: &ys)
        try transformer.transform(xs: &xs, ys: &ys, inverse: true)
        for (i, point) in points.enumerated() {
            let back = LonLat(lon: xs[i], lat: ys[i])
            let metres = geodesic.distance(from: point, to: back)
            #expect(metres < 0.001, "seed \(random.seed): \(point.lon),\(point.lat) came back \(metres) m away")
        }
    }

    @Test func anyValidPointEitherProjectsToFiniteNumbersOrThrows() throws {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        let transformer = try Transformer(to: "EPSG:32638")
        for _ in 0..<2_000 {
            let point = LonLat(lon: Double.random(in: -180...180, using: &random), lat: Double.random(in: -90...90, using: &random))
            do throws(ProjectionError) {
                let xy = try transformer.forward(point)
                #expect(xy.x.isFinite && xy.y.isFinite, "seed \(random.seed): \(point.lon),\(point.lat)")
            } catch {
                #expect(error.subject == "\(point.lon),\(point.lat)", "seed \(random.seed)")
            }
        }
    }
}

import Testing
import Projection

@Suite("Transformer")
struct TransformerTests {
    /// Goris, and its UTM 38N coordinates from
    /// `echo "39.51111 46.34168" | cs2cs EPSG:4326 EPSG:32638` (PROJ 9.1.1):
    /// 615339.9873 4374356.7799.
    static let goris = LonLat(lon: 46.34168, lat: 39.51111)

    /// A grid over the region, lon 43…51 and lat 38…43 in half degrees.
    static let regionGrid: [LonLat] = stride(from: 43.0, through: 51.0, by: 0.5).flatMap { lon in
        stride(from: 38.0, through: 43.0, by: 0.5).map { lat in LonLat(lon: lon, lat: lat) }
    }

    @Test("Goris projects to E 615339.99, N 4374356.78 in EPSG:32638, as cs2cs gives")
    func gorisInUTM38N() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        let xy = try transformer.forward(Self.goris)
        #expect(abs(xy.x - 615339.99) < 0.005)
        #expect(abs(xy.y - 4374356.78) < 0.005)
        #expect(abs(xy.x - 615339.9873) < 0.001)
        #expect(abs(xy.y - 4374356.7799) < 0.001)
    }

    @Test("Forward then inverse returns every point of the region within 1 mm")
    func inverseRoundTrip() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        let geodesic = Geodesic()
        for point in Self.regionGrid {
            let back = try transformer.inverse(try transformer.forward(point))
            let error = geodesic.distance(from: point, to: back)
            #expect(error < 0.001, "\(point) came back as \(back), \(error) m away")
        }
    }

    @Test("A batch transform equals projecting the points one by one")
    func batchEqualsOneByOne() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        var xs = Self.regionGrid.map(\.lon), ys = Self.regionGrid.map(\.lat)
        try transformer.transform(xs: &xs, ys: &ys)
        for (i, point) in Self.regionGrid.enumerated() {
            let single = try transformer.forward(point)
            #expect(xs[i] == single.x && ys[i] == single.y, "\(point)")
        }
    }

    @Test("An inverse batch transform equals inverting the points one by one")
    func inverseBatchEqualsOneByOne() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        let projected = try Self.regionGrid.map { try transformer.forward($0) }
        var xs = projected.map(\.x), ys = projected.map(\.y)
        try transformer.transform(xs: &xs, ys: &ys, inverse: true)
        for (i, point) in projected.enumerated() {
            let single = try transformer.inverse(point)
            #expect(xs[i] == single.lon && ys[i] == single.lat)
        }
    }

    @Test("An empty batch is transformed without error")
    func emptyBatch() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        var xs: [Double] = [], ys: [Double] = []
        try transformer.transform(xs: &xs, ys: &ys)
        #expect(xs.isEmpty && ys.isEmpty)
    }

    @Test("An unknown EPSG code throws: unknown CRS \"EPSG:999999\": crs not found")
    func unknownEPSGCode() throws {
        let error = try #require(throws: ProjectionError.self) { try Transformer(to: "EPSG:999999") }
        #expect(error.kind == .unknownCRS)
        #expect(error.subject == "EPSG:999999")
        #expect(error.description == "unknown CRS \"EPSG:999999\": crs not found")
    }

    @Test("An unknown source CRS is reported as well")
    func unknownSourceCRS() throws {
        let error = try #require(throws: ProjectionError.self) { try Transformer(from: "EPSG:999999", to: "EPSG:32638") }
        #expect(error.kind == .unknownCRS)
        #expect(error.subject == "EPSG:999999")
    }

    @Test("A garbage definition throws a clear unknown-CRS error naming it")
    func garbageDefinition() throws {
        let error = try #require(throws: ProjectionError.self) { try Transformer(to: "not a crs") }
        #expect(error.kind == .unknownCRS)
        #expect(error.subject == "not a crs")
        #expect(error.description.hasPrefix("unknown CRS \"not a crs\": "))
        #expect(!error.reason.isEmpty)
    }

    @Test("Output stays lon/lat for EPSG:4258, whose official axis order is lat/lon")
    func axisOrderForETRS89() throws {
        let transformer = try Transformer(to: "EPSG:4258")
        let xy = try transformer.forward(LonLat(lon: 46, lat: 40))
        #expect(abs(xy.x - 46) < 1e-6)
        #expect(abs(xy.y - 40) < 1e-6)
    }

    @Test("Output stays lon/lat for an EPSG:4326 target, whose official axis order is lat/lon")
    func axisOrderForWGS84() throws {
        let transformer = try Transformer(to: "EPSG:4326")
        let xy = try transformer.forward(LonLat(lon: 46.123456789, lat: 40.987654321))
        #expect(abs(xy.x - 46.123456789) < 1e-9)
        #expect(abs(xy.y - 40.987654321) < 1e-9)
    }

    @Test("Projected output is easting then northing")
    func projectedAxisOrder() throws {
        let xy = try Transformer(to: "EPSG:32638").forward(Self.goris)
        #expect(xy.x < 1_000_000)
        #expect(xy.y > 4_000_000)
    }

    @Test("A latitude of 95° cannot be projected: pointFailed naming the point")
    func invalidLatitudeFails() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        let error = try #require(throws: ProjectionError.self) { try transformer.forward(LonLat(lon: 46, lat: 95)) }
        #expect(error.kind == .pointFailed)
        #expect(error.subject == "46.0,95.0")
        #expect(error.description.hasPrefix("cannot project 46.0,95.0: "))
    }

    @Test("A batch with bad points names the first one")
    func batchNamesFirstBadPoint() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        var xs = [46.0, 46.5, 47.0, 47.5], ys = [40.0, 95.0, 41.0, -100.0]
        let error = try #require(throws: ProjectionError.self) { try transformer.transform(xs: &xs, ys: &ys) }
        #expect(error.kind == .pointFailed)
        #expect(error.subject == "46.5,95.0")
    }

    @Test("A transformer still works after a point failed")
    func usableAfterFailure() throws {
        let transformer = try Transformer(to: "EPSG:32638")
        #expect(throws: ProjectionError.self) { try transformer.forward(LonLat(lon: 46, lat: 95)) }
        let xy = try transformer.forward(Self.goris)
        #expect(abs(xy.x - 615339.9873) < 0.001)
    }
}

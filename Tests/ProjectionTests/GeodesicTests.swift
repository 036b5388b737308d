import Testing
import Projection

@Suite("Geodesic")
struct GeodesicTests {
    static let goris = LonLat(lon: 46.34168, lat: 39.51111)
    static let kapan = LonLat(lon: 46.40678, lat: 39.20762)

    /// `echo "39.51111 46.34168 39.20762 46.40678" | geod +ellps=WGS84 -I +units=m -F %.6f -f %.9f`
    /// (PROJ 9.1.1): 170.525220585  -9.433493998  34158.124240.
    static let gorisKapanMetres = 34158.124240
    static let gorisKapanAzimuth = 170.525220585

    @Test("Goris to Kapan is 34158.124 m, as geod gives, within 1 mm")
    func gorisToKapan() {
        #expect(abs(Geodesic().distance(from: Self.goris, to: Self.kapan) - Self.gorisKapanMetres) < 0.001)
    }

    @Test("The distance is the same in both directions")
    func distanceIsSymmetric() {
        let geodesic = Geodesic()
        #expect(abs(geodesic.distance(from: Self.goris, to: Self.kapan) - geodesic.distance(from: Self.kapan, to: Self.goris)) < 1e-6)
    }

    @Test("The distance from a point to itself is zero")
    func zeroDistance() {
        #expect(Geodesic().distance(from: Self.goris, to: Self.goris) == 0)
    }

    @Test("Travelling geod's azimuth and distance from Goris arrives at Kapan within 1 mm")
    func destinationReachesKapan() {
        let geodesic = Geodesic()
        let arrival = geodesic.destination(from: Self.goris, azimuth: Self.gorisKapanAzimuth, metres: Self.gorisKapanMetres)
        #expect(geodesic.distance(from: arrival, to: Self.kapan) < 0.001)
    }

    @Test("The destination lies at the travelled distance, within 1 mm", arguments: [0.0, 45.0, 90.0, 180.0, 271.5])
    func destinationThenInverse(azimuth: Double) {
        let geodesic = Geodesic()
        for metres in [1.0, 2_500.0, 50_000.0, 400_000.0] {
            let arrival = geodesic.destination(from: Self.goris, azimuth: azimuth, metres: metres)
            #expect(abs(geodesic.distance(from: Self.goris, to: arrival) - metres) < 0.001, "\(metres) m on \(azimuth)°")
        }
    }

    @Test("Travelling north keeps the longitude and raises the latitude")
    func northKeepsLongitude() {
        let arrival = Geodesic().destination(from: Self.goris, azimuth: 0, metres: 10_000)
        #expect(abs(arrival.lon - Self.goris.lon) < 1e-9)
        #expect(arrival.lat > Self.goris.lat)
    }
}

import CPROJ

/// Distances and directions on the WGS 84 ellipsoid, through PROJ's
/// geodesic routines (Karney's algorithms, accurate to nanometres).
///
/// Used to rank places by distance from a point (`--near`) and, later, to
/// draw zones of a given radius around imprecise claims.
public struct Geodesic: Sendable {
    private var geodesic = geod_geodesic()

    /// The WGS 84 ellipsoid. (PROJ is loaded here if no transformation
    /// loaded it before; without PROJ the tool stops with the reason.)
    public init() {
        geod_init(&geodesic, 6_378_137, 1 / 298.257223563)
    }

    /// The distance in metres along the ellipsoid between two positions.
    public func distance(from a: LonLat, to b: LonLat) -> Double {
        var metres = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        var g = geodesic
        geod_inverse(&g, a.lat, a.lon, b.lat, b.lon, &metres, &azimuth1, &azimuth2)
        return metres
    }

    /// The position reached by travelling `metres` from `start` on the
    /// bearing `azimuth` (degrees clockwise from north).
    public func destination(from start: LonLat, azimuth: Double, metres: Double) -> LonLat {
        var lat = 0.0, lon = 0.0, azimuth2 = 0.0
        var g = geodesic
        geod_direct(&g, start.lat, start.lon, azimuth, metres, &lat, &lon, &azimuth2)
        return LonLat(lon: lon, lat: lat)
    }
}

/// A WGS 84 position in degrees, longitude first, as GeoJSON and GIS
/// software order them.
public struct LonLat: Sendable, Hashable {
    /// Degrees east of Greenwich, in [-180, 180].
    public var lon: Double
    /// Degrees north of the equator, in [-90, 90].
    public var lat: Double

    /// Creates a position.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// Whether both values are finite and in range.
    public var isValid: Bool {
        lon.isFinite && lat.isFinite && (-180...180).contains(lon) && (-90...90).contains(lat)
    }
}

/// A position in a target CRS: easting and northing (or longitude and
/// latitude when the target is geographic), in the CRS's units.
public struct XY: Sendable, Hashable {
    /// Easting, or longitude for a geographic CRS.
    public var x: Double
    /// Northing, or latitude for a geographic CRS.
    public var y: Double

    /// Creates a position.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

import Layers
import Projection

/// A geometry as GeoPackage stores it: the GeoPackage binary header
/// (magic `GP`, version 0, flags, SRS id, the x/y envelope) followed by the
/// geometry as little-endian well-known binary (WKB).
public enum GeometryBlob {
    /// Flags byte: little-endian (bit 0), envelope `[minx, maxx, miny, maxy]` (bits 1–3 = 1).
    static let flags: UInt8 = 0b0000_0011

    /// The blob of `geometry` in the SRS `srsID`.
    public static func encode(_ geometry: Geometry, srsID: Int32) -> [UInt8] {
        var bytes: [UInt8] = [0x47, 0x50, 0, flags]
        append(UInt32(bitPattern: srsID), to: &bytes)
        let box = BoundingBox(geometry.positions)!
        for value in [box.minX, box.maxX, box.minY, box.maxY] { append(value, to: &bytes) }
        bytes.append(1)  // WKB byte order: little-endian
        switch geometry {
        case .point(let point):
            append(UInt32(1), to: &bytes)
            append(point, to: &bytes)
        case .polygon(let ring):
            append(UInt32(3), to: &bytes)
            append(UInt32(1), to: &bytes)
            append(UInt32(ring.count), to: &bytes)
            for position in ring { append(position, to: &bytes) }
        }
        return bytes
    }

    /// The name `gpkg_geometry_columns` gives the geometry type: `POINT`, `POLYGON`.
    public static func typeName(of geometry: Geometry) -> String {
        geometry.typeName.uppercased()
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func append(_ value: Double, to bytes: inout [UInt8]) {
        append(value.bitPattern, to: &bytes)
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func append(_ position: XY, to bytes: inout [UInt8]) {
        append(position.x, to: &bytes)
        append(position.y, to: &bytes)
    }
}

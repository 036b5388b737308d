import GeoPackage
import Layers
import Projection
import Testing

@Suite("GeoPackage geometry blobs")
struct GeometryBlobTests {
    private func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    private func double(_ bytes: [UInt8], at offset: Int) -> Double {
        Double(bitPattern: bytes[offset..<offset + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) })
    }

    @Test func theHeaderHasTheMagicVersionFlagsAndSRS() {
        let blob = GeometryBlob.encode(.point(XY(x: 46.34168, y: 39.51111)), srsID: 4326)
        #expect(Array(blob[0..<4]) == [0x47, 0x50, 0, 0b0000_0011])  // "GP", version 0, little-endian, xy envelope
        #expect(uint32(blob, at: 4) == 4326)
    }

    @Test func theEnvelopeIsMinXMaxXMinYMaxY() {
        let ring = [XY(x: 1, y: 2), XY(x: 5, y: 2), XY(x: 3, y: 7), XY(x: 1, y: 2)]
        let blob = GeometryBlob.encode(.polygon(ring), srsID: 32638)
        #expect([8, 16, 24, 32].map { double(blob, at: $0) } == [1, 5, 2, 7])
    }

    @Test func aPointIsLittleEndianWKBAfterTheHeader() {
        let blob = GeometryBlob.encode(.point(XY(x: 46.34168, y: 39.51111)), srsID: 4326)
        #expect(blob.count == 40 + 21)
        #expect(blob[40] == 1)
        #expect(uint32(blob, at: 41) == 1)
        #expect(double(blob, at: 45) == 46.34168)
        #expect(double(blob, at: 53) == 39.51111)
    }

    @Test func aPolygonIsOneRingOfAllItsPositions() {
        let ring = [XY(x: 1, y: 2), XY(x: 5, y: 2), XY(x: 3, y: 7), XY(x: 1, y: 2)]
        let blob = GeometryBlob.encode(.polygon(ring), srsID: 32638)
        #expect(uint32(blob, at: 41) == 3)
        #expect(uint32(blob, at: 45) == 1)
        #expect(uint32(blob, at: 49) == 4)
        #expect(blob.count == 40 + 1 + 4 + 4 + 4 + 4 * 16)
        #expect(double(blob, at: 53 + 3 * 16) == 1 && double(blob, at: 61 + 3 * 16) == 2)
    }
}

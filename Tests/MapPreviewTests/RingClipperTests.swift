import Layers
import MapPreview
import Projection
import Testing

@Suite("Ring clipping")
struct RingClipperTests {
    let box = BoundingBox(minX: 0, minY: 0, maxX: 10, maxY: 10)

    @Test func aRingInsideTheBoxIsKeptWhole() {
        let ring = [XY(x: 1, y: 1), XY(x: 9, y: 1), XY(x: 5, y: 8), XY(x: 1, y: 1)]
        #expect(RingClipper.clip(ring, to: box) == Array(ring.dropLast()))
    }

    @Test func aRingOutsideTheBoxDisappears() {
        let ring = [XY(x: 20, y: 20), XY(x: 30, y: 20), XY(x: 25, y: 30)]
        #expect(RingClipper.clip(ring, to: box).isEmpty)
    }

    @Test func aRingAroundTheBoxBecomesTheBox() {
        let ring = [XY(x: -5, y: -5), XY(x: 15, y: -5), XY(x: 15, y: 15), XY(x: -5, y: 15)]
        let clipped = RingClipper.clip(ring, to: box)
        #expect(Set(clipped) == [XY(x: 0, y: 0), XY(x: 10, y: 0), XY(x: 10, y: 10), XY(x: 0, y: 10)])
    }

    @Test func anEdgeLeavingTheBoxIsCutAtItsBorder() {
        let ring = [XY(x: 5, y: 5), XY(x: 15, y: 5), XY(x: 15, y: 7), XY(x: 5, y: 7)]
        let clipped = RingClipper.clip(ring, to: box)
        #expect(clipped.allSatisfy { $0.x <= 10 })
        #expect(clipped.contains(XY(x: 10, y: 5)) && clipped.contains(XY(x: 10, y: 7)))
    }
}

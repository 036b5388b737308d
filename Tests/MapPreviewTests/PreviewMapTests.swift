import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Layers
import MapPreview
import Projection
import Testing

@Suite("Preview map")
struct PreviewMapTests {
    static let teal = RGBColor(hex: "#00798c")!
    static let crimson = RGBColor(hex: "#d1495b")!

    private func map() throws -> PreviewMap {
        let sides = [
            PreviewMap.Side(name: "Armenia", color: Self.teal, claims: [
                PreviewMap.Claim(position: XY(x: 615_340, y: 4_374_357), label: "Goris", precision: "direction"),
                PreviewMap.Claim(position: XY(x: 621_000, y: 4_341_000), label: "Kapan", precision: "exact"),
            ]),
            PreviewMap.Side(name: "Azerbaijan", color: Self.crimson, claims: [
                PreviewMap.Claim(position: XY(x: 589_013, y: 4_440_471), label: "Kalbajar & Co", precision: "region"),
            ]),
        ]
        let extent = try #require(PreviewMap.extent(of: sides, minimumSpan: 50_000))
        let outline = PreviewMap.Outline(name: "Armenia", rings: [[
            XY(x: 560_000, y: 4_330_000), XY(x: 640_000, y: 4_330_000), XY(x: 640_000, y: 4_450_000), XY(x: 560_000, y: 4_450_000),
        ]])
        let crs = try Transformer(to: "EPSG:32638").target
        return PreviewMap(crs: crs, outlines: [outline], sides: sides, extent: extent, metresPerUnit: 1, attribution: "Country outlines: Natural Earth")
    }

    private func document() throws -> XMLDocument {
        try XMLDocument(data: Data(try map().svg.utf8), options: [])
    }

    @Test func theSVGIsWellFormedAndSquare() throws {
        let root = try #require(try document().rootElement())
        #expect(root.name == "svg")
        let viewBox = root.attributes?.first { $0.localName == "viewBox" || $0.name == "viewBox" }
        #expect(viewBox?.stringValue == "0 0 1000 1000")
    }

    @Test func everyClaimIsDrawnInItsSidesColourAndLabelled() throws {
        let svg = try map().svg
        let texts = try document().nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("Goris") && texts.contains("Kapan") && texts.contains("Kalbajar & Co"))
        #expect(svg.contains("fill=\"#00798c\" fill-opacity=\"1\""))
        #expect(svg.contains("fill=\"#d1495b\" fill-opacity=\"0.22\""))
    }

    @Test func theLegendNamesEachSideWithItsClaimCount() throws {
        let texts = try document().nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("Armenia (2 claims)"))
        #expect(texts.contains("Azerbaijan (1 claim)"))
        #expect(texts.contains("in the direction of"))
    }

    @Test func theScaleBarHasARoundLength() throws {
        let texts = try document().nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        // 150 km across at 1 m per unit: a fifth is 30 km, rounded down to 20 km.
        #expect(texts.contains("20 km"))
    }

    @Test func theAttributionAndCRSAreWritten() throws {
        let texts = try document().nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("Country outlines: Natural Earth · EPSG:32638 (WGS 84 / UTM zone 38N)"))
    }

    @Test("A claim under review gets a dashed ring, and the legend says what it means; a map without one has neither")
    func claimsUnderReviewAreRingedAndExplained() throws {
        let plain = try map()
        var flagged = plain
        flagged.sides[0].claims[1].review = true
        #expect(!plain.svg.contains("stroke-dasharray=\"4 3\""))
        #expect(!plain.svg.contains("uncertain match"))
        #expect(flagged.svg.components(separatedBy: "stroke-dasharray=\"4 3\"").count - 1 == 2)
        #expect(flagged.svg.contains("uncertain match: check it (review.csv)"))
    }

    @Test func theSameMapGivesTheSameSVG() throws {
        #expect(try map().svg == (try map().svg))
    }

    @Test(arguments: [(35_000.0, 20_000.0), (9_999.0, 5_000.0), (1_000.0, 1_000.0), (260.0, 200.0)])
    func scaleLengthsAreOneTwoOrFiveTimesAPowerOfTen(_ metres: Double, _ expected: Double) {
        #expect(PreviewMap.roundLength(metres) == expected)
    }

    @Test func theExtentIsASquareAroundEveryClaimWithAMargin() throws {
        let extent = try map().extent
        #expect(extent.width == extent.height)
        #expect(extent.minX < 589_013 && extent.maxX > 621_000 && extent.minY < 4_341_000 && extent.maxY > 4_440_471)
    }
}

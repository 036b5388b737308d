import Foundation
import IncidentMap
import Layers
import MapPreview
import Testing

@Suite("Preview of an output folder")
struct PreviewBuilderTests {
    private func map(crs: String? = nil, zones: Bool = false) throws -> PreviewMap {
        let out = try Fixtures.temporaryDirectory()
        if zones { try Fixtures.buildEverything(into: out, crs: crs) } else { try Fixtures.build([Fixtures.example], into: out, crs: crs) }
        return try PreviewBuilder(colors: SideColors()).map(folder: out, outlines: Fixtures.gazetteerFolder + "/caucasus-countries.geojson")
    }

    @Test func everySideIsDrawnWithItsClaimsInTheDefaultUTMZone() throws {
        let map = try map()
        #expect(map.crs.identifier == "EPSG:32638")
        #expect(map.sides.map(\.name) == ["Armenia", "Azerbaijan"])
        #expect(map.sides.map(\.claims.count) == [6, 3])
        #expect(map.sides.map(\.color) == [SideColors().color(of: "Armenia"), SideColors().color(of: "Azerbaijan")])
    }

    @Test func claimsAreProjectedIntoTheDrawingCRS() throws {
        let goris = try #require(try map().sides[0].claims.first { $0.label == "Goris" })
        #expect(abs(goris.position.x - 615_339.99) < 0.01 && abs(goris.position.y - 4_374_356.78) < 0.01)
    }

    @Test func aProjectedFolderGivesTheSameMapAsAGeographicOne() throws {
        let fromUTM = try map(crs: "EPSG:32638").sides[0].claims.map(\.position)
        let fromWGS84 = try map().sides[0].claims.map(\.position)
        for (a, b) in zip(fromUTM, fromWGS84) { #expect(abs(a.x - b.x) < 0.1 && abs(a.y - b.y) < 0.1) }
    }

    @Test func zonesAreDrawnWhenTheFolderHasThem() throws {
        #expect(try map(zones: true).sides.map(\.zones.count) == [6, 3])
        #expect(try map().sides.map(\.zones.count) == [0, 0])
    }

    @Test func onlyTheCountriesNearTheClaimsAreKept() throws {
        let names = try map().outlines.map(\.name)
        #expect(names.contains("Armenia") && names.contains("Azerbaijan") && names.contains("Iran"))
    }

    @Test func oneUTMUnitIsAboutOneMetre() throws {
        #expect(abs(try map().metresPerUnit - 1) < 0.01)
    }

    @Test func aFolderWithoutLayersIsAnError() throws {
        let empty = try Fixtures.temporaryDirectory()
        #expect(throws: RenderError.self) { try PreviewBuilder(colors: SideColors()).map(folder: empty, outlines: nil) }
    }
}

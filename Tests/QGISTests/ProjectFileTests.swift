import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Layers
import Projection
import QGIS
import Testing

@Suite("QGIS project file")
struct ProjectFileTests {
    private func project() throws -> ProjectFile {
        let utm = try Transformer(to: "EPSG:32638").target
        let wgs84 = try Transformer(to: "EPSG:4326").target
        let teal = RGBColor(hex: "#00798c")!
        return ProjectFile(
            title: "incident-map: Armenia", crs: utm,
            extent: BoundingBox(minX: 500_000, minY: 4_300_000, maxX: 700_000, maxY: 4_500_000),
            layers: [
                ProjectFile.Entry(stem: "armenia", name: "Armenia", source: "./armenia.geojson", crs: wgs84, style: .claims(teal)),
                ProjectFile.Entry(stem: "armenia-zones", name: "Armenia zones", source: "./armenia-zones.geojson", crs: wgs84, style: .zones(teal)),
                ProjectFile.Entry(stem: "countries", name: "Countries", source: "./countries.geojson", crs: wgs84, style: .outlines),
            ])
    }

    private func document() throws -> XMLDocument {
        try XMLSupport.document(try project().xml)
    }

    @Test func theProjectCRSIsGivenByWKTAndAuthorityAndSwitchedOn() throws {
        let document = try document()
        #expect(try XMLSupport.elements(document, "/qgis/projectCrs/spatialrefsys/authid").first?.stringValue == "EPSG:32638")
        let wkt = try #require(try XMLSupport.elements(document, "/qgis/projectCrs/spatialrefsys/wkt").first?.stringValue)
        #expect(wkt.hasPrefix("PROJCRS[\"WGS 84 / UTM zone 38N\""))
        // QGIS reads projectCrs only when the project says projections are on.
        #expect(try XMLSupport.elements(document, "/qgis/properties/SpatialRefSys/ProjectionsEnabled").first?.stringValue == "1")
    }

    @Test func everyLayerIsReferencedByARelativePath() throws {
        let document = try document()
        let sources = try XMLSupport.elements(document, "/qgis/projectlayers/maplayer/datasource").map(\.stringValue)
        #expect(sources == ["./armenia.geojson", "./armenia-zones.geojson", "./countries.geojson"])
        #expect(try XMLSupport.elements(document, "/qgis/properties/Paths/Absolute").first?.stringValue == "false")
    }

    @Test func theCountryOutlinesAreTheLastLayerSoTheyAreDrawnUnderTheIncidents() throws {
        let order = try XMLSupport.elements(try document(), "/qgis/layer-tree-group/layer-tree-layer").compactMap { $0.attribute(forName: "name")?.stringValue }
        #expect(order == ["Armenia", "Armenia zones", "Countries"])
    }

    @Test func layerIdsAreLongEnoughForQGISToKeepThem() throws {
        let ids = try XMLSupport.elements(try document(), "/qgis/projectlayers/maplayer/id").map { $0.stringValue ?? "" }
        #expect(ids == ["incident_map_armenia", "incident_map_armenia-zones", "incident_map_countries"])
        #expect(ids.allSatisfy { $0.count > 10 })
        let treeIds = try XMLSupport.elements(try document(), "/qgis/layer-tree-group/layer-tree-layer").compactMap { $0.attribute(forName: "id")?.stringValue }
        #expect(treeIds == ids)
    }

    @Test func eachLayerCarriesItsStyle() throws {
        let document = try document()
        let renderers = try XMLSupport.elements(document, "/qgis/projectlayers/maplayer/renderer-v2").compactMap { $0.attribute(forName: "type")?.stringValue }
        #expect(renderers == ["categorizedSymbol", "singleSymbol", "singleSymbol"])
        let colours = try XMLSupport.options(
            document, "/qgis/projectlayers/maplayer[id='incident_map_armenia']/renderer-v2/symbols/symbol[@name='0']/layer", named: "color")
        #expect(colours == ["0,121,140,255"])
    }

    @Test func theInitialExtentIsWrittenInTheProjectCRS() throws {
        let extent = try #require(try XMLSupport.elements(try document(), "/qgis/ProjectViewSettings/DefaultViewExtent").first)
        #expect(extent.attribute(forName: "xmin")?.stringValue == "500000.0")
        #expect(extent.attribute(forName: "ymax")?.stringValue == "4500000.0")
    }
}

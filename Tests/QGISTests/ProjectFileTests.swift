import Foundation
import Incidents
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
            document, "/qgis/projectlayers/maplayer[id='incident_map_armenia']/renderer-v2/symbols/symbol[@name='0']/layer[1]", named: "color")
        #expect(colours == ["0,121,140,255"])
    }

    @Test func theInitialExtentIsWrittenInTheProjectCRS() throws {
        let extent = try #require(try XMLSupport.elements(try document(), "/qgis/ProjectViewSettings/DefaultViewExtent").first)
        #expect(extent.attribute(forName: "xmin")?.stringValue == "500000.0")
        #expect(extent.attribute(forName: "ymax")?.stringValue == "4500000.0")
    }

    @Test("The temporal controller runs from the first day's midnight to the midnight after the last, a day per step")
    func timeSettings() throws {
        var project = try project()
        project.days = CivilDay(year: 2022, month: 9, day: 12)...CivilDay(year: 2022, month: 9, day: 13)
        let document = try XMLSupport.document(project.xml)
        let settings = try #require(try XMLSupport.elements(document, "/qgis/ProjectTimeSettings").first)
        #expect(settings.attribute(forName: "timeStep")?.stringValue == "1")
        #expect(settings.attribute(forName: "timeStepUnit")?.stringValue == "d")
        #expect(try XMLSupport.elements(document, "/qgis/ProjectTimeSettings/TemporalRange/start").first?.stringValue == "2022-09-12T00:00:00")
        #expect(try XMLSupport.elements(document, "/qgis/ProjectTimeSettings/TemporalRange/end").first?.stringValue == "2022-09-14T00:00:00")
    }

    @Test("The print layout holds the title, the dates and the attributions the licences require")
    func layout() throws {
        var project = try project()
        project.layout = PrintLayout(title: "Claims of Armenia", dates: "Claims dated 13 September 2022", extent: project.extent, crs: project.crs)
        let document = try XMLSupport.document(project.xml)
        let labels = try XMLSupport.elements(document, "/qgis/Layouts/Layout[@name='Briefing']/LayoutItem[@type='65641']")
        let texts = Dictionary(uniqueKeysWithValues: labels.map {
            ($0.attribute(forName: "id")?.stringValue ?? "", $0.attribute(forName: "labelText")?.stringValue ?? "")
        })
        #expect(texts["title"] == "Claims of Armenia")
        #expect(texts["attribution"]?.contains("Data from GeoNames (geonames.org), CC BY 4.0") == true)
        #expect(texts["attribution"]?.contains("Made with Natural Earth") == true)
        let kinds = try XMLSupport.elements(document, "/qgis/Layouts/Layout/LayoutItem").compactMap { $0.attribute(forName: "type")?.stringValue }
        #expect(Set(kinds) == ["65639", "65640", "65641", "65642", "65646"])
    }

    @Test("Scale bar segments are a round number of kilometres", arguments: [(33.0, 20.0), (7.4, 5.0), (1.9, 1.0), (0.3, 0.2)])
    func roundNumbers(value: Double, expected: Double) {
        #expect(abs(PrintLayout.roundNumber(value) - expected) < 1e-9)
    }
}

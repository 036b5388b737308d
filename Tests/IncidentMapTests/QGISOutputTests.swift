import Foundation
import IncidentMap
import Incidents
import Layers
import Sides
import Testing

@Suite("QGIS outputs of build")
struct QGISOutputTests {
    @Test func everyGeoJSONLayerHasItsStyleNextToIt() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "armenia.qml", "azerbaijan.geojson", "azerbaijan.qml", "review.csv", "unresolved.csv"])
        let qml = try Fixtures.text(out + "/armenia.qml")
        #expect(qml.contains("<Option type=\"QString\" name=\"color\" value=\"0,121,140,255\"/>"))
    }

    @Test func aColourInTheSideTableColoursTheStyle() throws {
        let gazetteer = try Fixtures.temporaryDirectory("gazetteer")
        try Data("side\taliases\tcolor\nArmenia\tArmenian Ministry of Defence\t#123456\n".utf8)
            .write(to: URL(fileURLWithPath: gazetteer + "/sides.tsv"))
        let builder = LayerBuilder(gazetteer: try Fixtures.gazetteer.get(), sides: try SideTable.read(path: gazetteer + "/sides.tsv"))
        let out = try Fixtures.temporaryDirectory()
        _ = try builder.build(BuildRequest(inputs: [BuildRequest.Input(path: Fixtures.example)], outputFolder: out))
        #expect(try Fixtures.text(out + "/armenia.qml").contains("value=\"18,52,86,255\""))
    }

    @Test func everythingIsWrittenWithGeoJSONAndGeoPackage() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: out)
        #expect(try Fixtures.visibleNames(out) == [
            "armenia-zones.geojson", "armenia-zones.qml", "armenia.geojson", "armenia.qml",
            "azerbaijan-zones.geojson", "azerbaijan-zones.qml", "azerbaijan.geojson", "azerbaijan.qml",
            "countries.geojson", "countries.qml", "incidents.gpkg", "incidents.qgs", "review.csv", "unresolved.csv",
        ])
    }

    @Test func aGeoPackageOnlyBuildWritesNoGeoJSONLayers() throws {
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.builder().build(BuildRequest(inputs: [BuildRequest.Input(path: Fixtures.example)], outputFolder: out, formats: [.gpkg]))
        #expect(try Fixtures.visibleNames(out) == ["incidents.gpkg", "review.csv", "unresolved.csv"])
        #expect(report.layers.map(\.file) == ["incidents.gpkg (table armenia)", "incidents.gpkg (table azerbaijan)"])
    }

    @Test func theProjectOfAGeoPackageOnlyBuildReadsTheTables() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: out, formats: [.gpkg])
        let project = try Fixtures.text(out + "/incidents.qgs")
        #expect(project.contains("<datasource>./incidents.gpkg|layername=armenia</datasource>"))
        #expect(project.contains("<datasource>./armenia-zones.geojson</datasource>"))
    }

    @Test func aGeographicBuildGetsAUTMProject() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: out)
        let project = try Fixtures.text(out + "/incidents.qgs")
        #expect(project.contains("<authid>EPSG:32638</authid>"))
        #expect(project.contains("<datasource>./countries.geojson</datasource>"))
        #expect(try Fixtures.text(out + "/countries.geojson") == (try Fixtures.text(Fixtures.gazetteerFolder + "/caucasus-countries.geojson")))
    }

    @Test func aProjectWithoutCountryOutlinesFailsAndWritesNothing() throws {
        let out = try Fixtures.temporaryDirectory() + "/out"
        let request = BuildRequest(inputs: [BuildRequest.Input(path: Fixtures.example)], outputFolder: out, project: true, countryOutlines: "/nonexistent.geojson")
        #expect(throws: BuildError.self) { try Fixtures.builder().build(request) }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aFailedBuildLeavesThePreviousGeoPackageStylesAndProject() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: out)
        let before = Fixtures.snapshot(out)
        #expect(throws: BuildError.self) { try Fixtures.buildEverything(into: out, crs: "EPSG:999999") }
        #expect(Fixtures.snapshot(out) == before)
    }

    @Test func droppingAFormatRemovesItsFilesOnTheNextBuild() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: out)
        try Fixtures.build([Fixtures.example], into: out)
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "armenia.qml", "azerbaijan.geojson", "azerbaijan.qml", "review.csv", "unresolved.csv"])
    }

    @Test func everythingIsByteForByteTheSameOnASecondBuild() throws {
        let first = try Fixtures.temporaryDirectory(), second = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: first, crs: "EPSG:32638")
        try Fixtures.buildEverything(into: second, crs: "EPSG:32638")
        let a = Fixtures.snapshot(first).filter { !$0.key.hasPrefix(".") }, b = Fixtures.snapshot(second).filter { !$0.key.hasPrefix(".") }
        #expect(a == b)
    }
}

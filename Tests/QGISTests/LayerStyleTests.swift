import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Layers
import QGIS
import Testing

@Suite("QML styles")
struct LayerStyleTests {
    static let teal = RGBColor(red: 0, green: 0x79, blue: 0x8C)

    private func claims() throws -> XMLDocument {
        try XMLSupport.document(LayerStyle.claims(Self.teal).qml)
    }

    /// The marker options of the symbol drawn for `precision`.
    private func marker(_ document: XMLDocument, precision: String, option: String) throws -> String? {
        let category = try #require(try XMLSupport.elements(document, "/qgis/renderer-v2/categories/category[@value='\(precision)']").first)
        let symbol = try #require(category.attribute(forName: "symbol")?.stringValue)
        return try XMLSupport.options(document, "/qgis/renderer-v2/symbols/symbol[@name='\(symbol)']/layer", named: option).first
    }

    /// The marker size of the symbol drawn for `precision`, in millimetres.
    private func size(_ document: XMLDocument, precision: String) throws -> Double {
        let text = try marker(document, precision: precision, option: "size") ?? ""
        return try #require(Double(text), "no size for \(precision)")
    }

    @Test func theQMLIsAQGISStyleDocument() throws {
        let qml = LayerStyle.claims(Self.teal).qml
        #expect(qml.hasPrefix("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis "))
        let root = try #require(try claims().rootElement())
        #expect(root.name == "qgis")
        #expect(root.attribute(forName: "labelsEnabled")?.stringValue == "1")
    }

    @Test func claimsAreCategorisedByPrecision() throws {
        let renderer = try #require(try XMLSupport.elements(try claims(), "/qgis/renderer-v2").first)
        #expect(renderer.attribute(forName: "type")?.stringValue == "categorizedSymbol")
        #expect(renderer.attribute(forName: "attr")?.stringValue == "precision")
        let values = try XMLSupport.elements(try claims(), "/qgis/renderer-v2/categories/category").compactMap { $0.attribute(forName: "value")?.stringValue }
        #expect(values == ["exact", "near", "direction", "region"])
    }

    @Test func exactAndNearClaimsAreFilledInTheSidesColour() throws {
        for precision in ["exact", "near"] {
            #expect(try marker(try claims(), precision: precision, option: "color") == "0,121,140,255")
        }
    }

    @Test func directionClaimsAreHollowLargerRingsInTheSidesColour() throws {
        let document = try claims()
        #expect(try marker(document, precision: "direction", option: "color") == "0,121,140,0")
        #expect(try marker(document, precision: "direction", option: "outline_color") == "0,121,140,255")
        #expect(try size(document, precision: "direction") > (try size(document, precision: "exact")))
    }

    @Test func regionClaimsAreFaintLargeDiscs() throws {
        let document = try claims()
        let color = try marker(document, precision: "region", option: "color") ?? ""
        let alpha = Int(color.split(separator: ",").last ?? "") ?? -1
        #expect(color.hasPrefix("0,121,140,"))
        #expect(alpha > 0 && alpha < 128, "region fill \(color)")
        #expect(try size(document, precision: "region") > (try size(document, precision: "direction")))
    }

    @Test func claimsAreLabelledWithTheLabelInTheMapsOneSpelling() throws {
        let style = try #require(try XMLSupport.elements(try claims(), "/qgis/labeling[@type='simple']/settings/text-style").first)
        #expect(style.attribute(forName: "fieldName")?.stringValue == "label")
    }

    @Test("Claims and zones play in the temporal controller, each on the day of its date; outlines are timeless")
    func temporal() throws {
        let temporal = try #require(try XMLSupport.elements(try claims(), "/qgis/temporal").first)
        #expect(temporal.attribute(forName: "enabled")?.stringValue == "1")
        #expect(temporal.attribute(forName: "mode")?.stringValue == "4")
        #expect(temporal.attribute(forName: "startExpression")?.stringValue == #"to_datetime(to_date("date"))"#)
        #expect(temporal.attribute(forName: "endExpression")?.stringValue == #"to_datetime(to_date("date")) + to_interval('1 day')"#)
        #expect(LayerStyle.outlines.temporal == nil)
        #expect(LayerStyle.contested.temporal?.attributes.first { $0.name == "endExpression" }?.value
            == #"to_datetime(to_date("last_date")) + to_interval('1 day')"#)
    }

    @Test func theStyleIsForPoints() throws {
        #expect(try XMLSupport.elements(try claims(), "/qgis/layerGeometryType").first?.stringValue == "0")
    }

    @Test func zonesAreTranslucentPolygonsInTheSidesColourWithoutLabels() throws {
        let document = try XMLSupport.document(LayerStyle.zones(Self.teal).qml)
        #expect(try XMLSupport.elements(document, "/qgis/renderer-v2").first?.attribute(forName: "type")?.stringValue == "singleSymbol")
        let layer = "/qgis/renderer-v2/symbols/symbol[@type='fill']/layer[@class='SimpleFill']"
        #expect(try XMLSupport.options(document, layer, named: "color") == ["0,121,140,46"])
        #expect(try XMLSupport.options(document, layer, named: "outline_color") == ["0,121,140,180"])
        #expect(try XMLSupport.elements(document, "/qgis/labeling").isEmpty)
        #expect(try XMLSupport.elements(document, "/qgis/layerGeometryType").first?.stringValue == "2")
    }

    @Test func countryOutlinesAreGreyAndLabelledWithTheirNames() throws {
        let document = try XMLSupport.document(LayerStyle.outlines.qml)
        let layer = "/qgis/renderer-v2/symbols/symbol/layer[@class='SimpleFill']"
        #expect(try XMLSupport.options(document, layer, named: "outline_color") == ["150,150,150,255"])
        let style = try XMLSupport.elements(document, "/qgis/labeling/settings/text-style").first
        #expect(style?.attribute(forName: "fieldName")?.stringValue == "name")
    }

    @Test("Every claim symbol ends with a dashed ring drawn only where \"review\" is true")
    func claimsUnderReviewHaveADashedRing() throws {
        let document = try claims()
        let symbols = try XMLSupport.elements(document, "/qgis/renderer-v2/symbols/symbol")
        #expect(symbols.count == 4)
        for symbol in symbols {
            let name = try #require(symbol.attribute(forName: "name")?.stringValue)
            let ring = "/qgis/renderer-v2/symbols/symbol[@name='\(name)']/layer[2]"
            #expect(try XMLSupport.options(document, ring, named: "outline_style") == ["dash"])
            let properties = ring + "/data_defined_properties/Option[@type='Map']/Option[@name='properties']"
            #expect(try XMLSupport.elements(document, properties + "/Option").map { $0.attribute(forName: "name")?.stringValue } == ["enabled"])
            let enabled = properties
            #expect(try XMLSupport.options(document, enabled, named: "expression") == ["coalesce(\"review\", false)"])
            #expect(try XMLSupport.options(document, enabled, named: "active") == ["true"])
        }
    }

    @Test func theSameStyleIsWrittenTheSameEveryTime() {
        #expect(LayerStyle.claims(Self.teal).qml == LayerStyle.claims(RGBColor(hex: "#00798c")!).qml)
    }
}

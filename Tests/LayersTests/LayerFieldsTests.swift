import Layers
import Projection
import Testing

@Suite("Layer fields")
struct LayerFieldsTests {
    private func layer(_ properties: [[(name: String, value: PropertyValue)]]) throws -> Layer {
        Layer(name: "Side", crs: try Support.crs("EPSG:4326"), features: properties.enumerated().map { index, values in
            Feature(id: String(index), point: XY(x: 45, y: 40), properties: values)
        })
    }

    @Test func fieldsFollowThePropertyOrderOfTheFeatures() throws {
        let fields = try layer([[("id", .string("a")), ("mentions", .integer(2)), ("score", .number(0.5, decimals: 3))]]).fields
        #expect(fields.map(\.name) == ["id", "mentions", "score"])
    }

    @Test func eachValueKindHasItsColumnType() throws {
        let fields = try layer([[("sources", .string("a; b")), ("mentions", .integer(2)), ("score", .number(0.5, decimals: 3))]]).fields
        #expect(fields.map(\.type) == [.text, .integer, .real])
        #expect(fields.map(\.type.sqlName) == ["TEXT", "INTEGER", "REAL"])
    }

    @Test func aNullOnTheFirstFeatureTakesTheTypeOfALaterValue() throws {
        let fields = try layer([[("geonameid", .null)], [("geonameid", .integer(616_108))]]).fields
        #expect(fields.map(\.type) == [.integer])
    }

    @Test func aPropertyThatIsAlwaysNullIsText() throws {
        #expect(try layer([[("accused", .null)], [("accused", .null)]]).fields.map(\.type) == [.text])
    }

    @Test func aLayerWithoutFeaturesHasNoFields() throws {
        #expect(try layer([]).fields.isEmpty)
    }

    @Test func theBoundingBoxCoversEveryVertexOfAPolygon() throws {
        let ring = [XY(x: 1, y: 1), XY(x: 3, y: 1), XY(x: 2, y: 4), XY(x: 1, y: 1)]
        let layer = Layer(name: "Zones", crs: try Support.crs("EPSG:4326"), features: [Feature(id: "z", geometry: .polygon(ring), properties: [])])
        #expect(layer.boundingBox == BoundingBox(minX: 1, minY: 1, maxX: 3, maxY: 4))
    }
}

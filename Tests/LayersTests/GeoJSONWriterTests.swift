import Foundation
import Layers
import Projection
import Testing

@Suite("GeoJSON writer")
struct GeoJSONWriterTests {
    /// A feature with the same property names as every other one.
    private func feature(_ id: String, _ x: Double, _ y: Double, accused: String?, score: Double?) -> Feature {
        Feature(id: id, point: XY(x: x, y: y), properties: [
            ("id", .string(id)),
            ("place", .string("Place \"\(id)\"")),
            ("accused", .text(accused)),
            ("geonameid", score == nil ? .null : .integer(616_108)),
            ("score", score.map { .number($0, decimals: 3) } ?? .null),
            ("precision", .string("direction")),
        ])
    }

    private func wgs84Layer() throws -> Layer {
        Layer(name: "Armenia", crs: try Support.crs("EPSG:4326"), features: [
            feature("am-01", 45.4512345678, 40.1234567891, accused: "Azerbaijan", score: 1),
            feature("am-02", 46.3416849, 39.5071234, accused: nil, score: nil),
            feature("am-03", 44.9, 41.25, accused: "Azerbaijan", score: 0.875),
        ])
    }

    private func projectedLayer() throws -> Layer {
        Layer(name: "Armenia", crs: try Support.crs("EPSG:32638"), features: [
            feature("am-05", 615339.98765, 4374356.7834, accused: "Azerbaijan", score: 1),
            feature("am-06", 640000.004, 4340000.5, accused: nil, score: nil),
        ])
    }

    private func features(_ object: [String: Any]) throws -> [[String: Any]] {
        try #require(object["features"] as? [[String: Any]])
    }

    @Test func outputParsesAsAFeatureCollectionNamedAfterTheLayer() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try wgs84Layer()))
        #expect(object["type"] as? String == "FeatureCollection")
        #expect(object["name"] as? String == "Armenia")
        #expect(try features(object).count == 3)
    }

    @Test func bboxIsMinXMinYMaxXMaxY() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try wgs84Layer()))
        let bbox = try #require(object["bbox"] as? [Double])
        #expect(bbox == [44.9, 39.507123, 46.341685, 41.25])
    }

    @Test func wgs84OutputHasNoCRSMember() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try wgs84Layer()))
        #expect(object["crs"] == nil)
    }

    @Test func projectedOutputNamesItsCRSAsAnOGCURN() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try projectedLayer()))
        let crs = try #require(object["crs"] as? [String: Any])
        #expect(crs["type"] as? String == "name")
        let properties = try #require(crs["properties"] as? [String: Any])
        #expect(properties["name"] as? String == "urn:ogc:def:crs:EPSG::32638")
    }

    @Test func everyFeatureHasAStringIDAndATwoCoordinatePoint() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try wgs84Layer()))
        let all = try features(object)
        #expect(all.compactMap { $0["id"] as? String } == ["am-01", "am-02", "am-03"])
        for feature in all {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            #expect(coordinates.count == 2)
        }
    }

    @Test func everyFeatureHasTheSamePropertyNamesInTheSameOrder() throws {
        let text = String(decoding: GeoJSONWriter.encode(try wgs84Layer()), as: UTF8.self)
        let orders = Support.propertyNameOrder(text)
        #expect(orders.count == 3)
        for order in orders {
            #expect(order == ["id", "place", "accused", "geonameid", "score", "precision"])
        }
    }

    @Test func unknownValuesAreNullNotAbsent() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try wgs84Layer()))
        let second = try #require(try features(object).dropFirst().first)
        let properties = try #require(second["properties"] as? [String: Any])
        for name in ["accused", "geonameid", "score"] {
            #expect(properties.keys.contains(name), "\(name) is missing")
            #expect(properties[name] is NSNull, "\(name) is not null")
        }
    }

    @Test func propertyValuesKeepTheirJSONTypes() throws {
        let object = try Support.jsonObject(GeoJSONWriter.encode(try wgs84Layer()))
        let first = try #require(try features(object).first)
        let properties = try #require(first["properties"] as? [String: Any])
        #expect(properties["place"] as? String == "Place \"am-01\"")
        #expect(properties["geonameid"] as? Int == 616_108)
        #expect(properties["score"] as? Double == 1.0)
    }

    @Test func wgs84CoordinatesHaveSixDecimals() throws {
        let bytes = GeoJSONWriter.encode(try wgs84Layer())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"coordinates\": [45.451235, 40.123457]"))
        #expect(text.contains("\"coordinates\": [46.341685, 39.507123]"))
        let first = try #require(try features(try Support.jsonObject(bytes)).first)
        let geometry = try #require(first["geometry"] as? [String: Any])
        #expect(geometry["coordinates"] as? [Double] == [45.451235, 40.123457])
    }

    @Test func projectedCoordinatesHaveTwoDecimals() throws {
        let text = String(decoding: GeoJSONWriter.encode(try projectedLayer()), as: UTF8.self)
        #expect(text.contains("\"coordinates\": [615339.99, 4374356.78]"))
        #expect(text.contains("\"coordinates\": [640000.0, 4340000.5]"))
        #expect(text.contains("\"bbox\": [615339.99, 4340000.5, 640000.0, 4374356.78]"))
    }

    @Test func theSameLayerGivesTheSameBytes() throws {
        let first = GeoJSONWriter.encode(try wgs84Layer())
        let second = GeoJSONWriter.encode(try wgs84Layer())
        #expect(first == second)
        #expect(GeoJSONWriter.encode(try projectedLayer()) == GeoJSONWriter.encode(try projectedLayer()))
    }

    @Test func namesAndValuesWithSpecialCharactersStayValidJSON() throws {
        let name = "Side \"A\" \\ \n\t\u{1} Հայաստան"
        let layer = Layer(name: name, crs: try Support.crs("EPSG:4326"), features: [
            Feature(id: "id\n\"1\"", point: XY(x: 1, y: 2), properties: [("quote", .string("He said \"fire\"\r\nthen\u{7}"))]),
        ])
        let object = try Support.jsonObject(GeoJSONWriter.encode(layer))
        #expect(object["name"] as? String == name)
        let feature = try #require(try features(object).first)
        #expect(feature["id"] as? String == "id\n\"1\"")
        let properties = try #require(feature["properties"] as? [String: Any])
        #expect(properties["quote"] as? String == "He said \"fire\"\r\nthen\u{7}")
    }

    @Test func anEmptyLayerIsAnEmptyFeatureCollection() throws {
        let layer = Layer(name: "Nobody", crs: try Support.crs("EPSG:4326"), features: [])
        let object = try Support.jsonObject(GeoJSONWriter.encode(layer))
        #expect(object["type"] as? String == "FeatureCollection")
        #expect(try features(object).isEmpty)
    }
}

@Suite("GeoJSON writer, polygons")
struct GeoJSONPolygonTests {
    @Test func aPolygonIsWrittenAsOneClosedRing() throws {
        let ring = [XY(x: 46, y: 39), XY(x: 46.1, y: 39), XY(x: 46.05, y: 39.1), XY(x: 46, y: 39)]
        let layer = Layer(name: "Armenia zones", crs: try Support.crs("EPSG:4326"), features: [
            Feature(id: "am-01", geometry: .polygon(ring), properties: [("precision", .string("direction"))]),
        ])
        let object = try Support.jsonObject(GeoJSONWriter.encode(layer))
        let feature = try #require((object["features"] as? [[String: Any]])?.first)
        let geometry = try #require(feature["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Polygon")
        let rings = try #require(geometry["coordinates"] as? [[[Double]]])
        #expect(rings == [[[46, 39], [46.1, 39], [46.05, 39.1], [46, 39]]])
        #expect(object["bbox"] as? [Double] == [46, 39, 46.1, 39.1])
    }
}

import Foundation
import IncidentMap
import Testing

@Suite("Projected output")
struct ProjectedOutputTests {
    private func buildUTM() throws -> String {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out, crs: "EPSG:32638")
        return out
    }

    @Test func theLayerNamesItsCRS() throws {
        let layer = try Fixtures.layer(try buildUTM() + "/armenia.geojson")
        let crs = try #require(layer["crs"] as? [String: Any])
        #expect(crs["type"] as? String == "name")
        #expect((crs["properties"] as? [String: Any])?["name"] as? String == "urn:ogc:def:crs:EPSG::32638")
    }

    @Test func featuresGainXAndYAfterTheOtherProperties() throws {
        let orders = try Fixtures.propertyNameOrder(try buildUTM() + "/armenia.geojson")
        #expect(orders.count == 6)
        for order in orders {
            #expect(order == IncidentLayers.propertyNames + ["x", "y"])
        }
    }

    @Test func gorisIsProjectedToUTMZone38N() throws {
        let goris = try Fixtures.feature(place: "Goris", in: try buildUTM() + "/armenia.geojson")
        #expect(try Fixtures.coordinates(goris) == [615339.99, 4374356.78])
        let properties = try Fixtures.properties(goris)
        #expect(properties["x"] as? Double == 615339.99)
        #expect(properties["y"] as? Double == 4374356.78)
        #expect(properties["lon"] as? Double == 46.34168)
        #expect(properties["lat"] as? Double == 39.51111)
    }

    @Test func projectedCoordinatesAreWrittenWithTwoDecimals() throws {
        let text = try Fixtures.text(try buildUTM() + "/armenia.geojson")
        #expect(text.contains("\"coordinates\": [615339.99, 4374356.78]"))
        #expect(text.contains("\"x\": 615339.99, \"y\": 4374356.78"))
    }

    @Test func theBoundingBoxIsInMetres() throws {
        let layer = try Fixtures.layer(try buildUTM() + "/armenia.geojson")
        let bbox = try #require(layer["bbox"] as? [Double])
        #expect(bbox.count == 4)
        #expect(bbox[0] > 100_000 && bbox[2] < 900_000)
        #expect(bbox[1] > 4_000_000 && bbox[3] < 5_000_000)
        #expect(bbox[0] <= 615339.99 && 615339.99 <= bbox[2])
    }
}

@Suite("Coordinates given in the file")
struct GivenCoordinatesTests {
    @Test func anUnknownPlaceWithCoordinatesIsPlacedWhereTheFileSays() throws {
        let input = try Fixtures.file("post.csv", """
            id,place,claimed_by,lon,lat
            c-1,Observation Post 7,Armenia,45.5,40.1

            """)
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([input], into: out)
        #expect(report.unresolved.isEmpty)
        let feature = try Fixtures.feature(place: "Observation Post 7", in: out + "/armenia.geojson")
        #expect(try Fixtures.coordinates(feature) == [45.5, 40.1])
        let properties = try Fixtures.properties(feature)
        #expect(properties["match"] as? String == "coordinates")
        #expect(properties["resolved"] as? String == "Observation Post 7")
        #expect(properties["lon"] as? Double == 45.5)
        #expect(properties["lat"] as? Double == 40.1)
        #expect(properties["geonameid"] is NSNull)
        #expect(properties["score"] is NSNull)
        #expect(properties["country"] is NSNull)
    }

    @Test func coordinatesInTheFileWinOverTheGazetteer() throws {
        let input = try Fixtures.file("goris.csv", """
            id,place,claimed_by,lon,lat
            g-1,Goris,Armenia,46.0,39.0

            """)
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let feature = try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson")
        #expect(try Fixtures.coordinates(feature) == [46.0, 39.0])
        #expect(try Fixtures.properties(feature)["match"] as? String == "coordinates")
    }
}

import Foundation
import IncidentMap
import Incidents
import RecordReaders
import Testing

@Suite("Building the bundled example")
struct ExampleBuildTests {
    @Test func writesOneLayerPerSideAndTheUnresolvedReport() throws {
        let out = try Fixtures.temporaryDirectory() + "/out"
        try Fixtures.build([Fixtures.example], into: out)
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "armenia.qml", "azerbaijan.geojson", "azerbaijan.qml", "review.csv", "unresolved.csv"])
        #expect(try Fixtures.features(out + "/armenia.geojson").count == 6)
        #expect(try Fixtures.features(out + "/azerbaijan.geojson").count == 3)
        #expect(try Fixtures.layer(out + "/armenia.geojson")["name"] as? String == "Armenia")
        #expect(try Fixtures.layer(out + "/azerbaijan.geojson")["name"] as? String == "Azerbaijan")
    }

    @Test func reportsTheLayersAndCounts() throws {
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([Fixtures.example], into: out)
        #expect(report.layers.map { $0.side } == ["Armenia", "Azerbaijan"])
        #expect(report.layers.map { $0.file } == ["armenia.geojson", "azerbaijan.geojson"])
        #expect(report.layers.map { $0.features } == [6, 3])
        #expect(report.incidentCount == 10)
    }

    @Test func ishkhanasarIsTheOnlyUnresolvedPlace() throws {
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([Fixtures.example], into: out)
        #expect(report.unresolved.count == 1)
        let entry = try #require(report.unresolved.first)
        #expect(entry.incident.place == "Ishkhanasar")
        #expect(entry.incident.line == 5)
        #expect(entry.message.hasPrefix("\(Fixtures.example):5: no place matches \"Ishkhanasar\""))
        let places = try Fixtures.features(out + "/armenia.geojson").map { try Fixtures.properties($0)["place"] as? String }
        #expect(!places.contains("Ishkhanasar"))
    }

    @Test func unresolvedCSVListsIshkhanasarWithItsLineNumber() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        let lines = try Fixtures.text(out + "/unresolved.csv").split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "file,line,id,place,claimed_by,suggestions")
        let row = try #require(lines.dropFirst().first)
        #expect(row.hasPrefix("\(Fixtures.example),5,am-04,Ishkhanasar,Armenian Ministry of Defence,"))
    }

    @Test func unresolvedCSVQuotesCellsWithCommasAndQuotes() throws {
        let input = try Fixtures.file("hill.csv", """
            id,place,claimed_by
            h-1,"Hill ""712"", north of Nowhere",Armenia

            """)
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([input], into: out)
        #expect(report.unresolved.count == 1)
        let lines = try Fixtures.text(out + "/unresolved.csv").split(separator: "\n").map(String.init)
        let row = try #require(lines.dropFirst().first)
        #expect(row.hasPrefix("\(input),2,h-1,\"Hill \"\"712\"\", north of Nowhere\",Armenia,"), "\(row)")
    }

    @Test func unresolvedCSVQuotesLineBreaksAndQuotesThatCarryCombiningMarks() throws {
        // "\r\n" and a quote followed by U+0301 are single Characters, equal
        // to neither a line break nor a quote; they must be quoted all the same.
        let places = ["Hill\r\n712", "Hill \"\u{301}712", "Hill\r712"]
        let input = try Fixtures.file("marks.jsonl", places.enumerated().map { n, place in
            "{\"id\": \"m-\(n)\", \"place\": \(String(decoding: try! JSONEncoder().encode(place), as: UTF8.self)), \"claimed_by\": \"AM\"}\n"
        }.joined())
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let bytes = Array(try #require(FileManager.default.contents(atPath: out + "/unresolved.csv")))
        var reader = RecordReader(bytes: bytes, format: .csv)
        #expect(try reader.readAll().map { $0.fields["place"] } == places)
    }

    @Test(arguments: [
        ("Dashkesan", "azerbaijan.geojson", 586765),
        ("Kelbajar", "azerbaijan.geojson", 586268),
        ("Lachin", "azerbaijan.geojson", 147625),
        ("Vardenis", "armenia.geojson", 616108),
    ])
    func placesResolveToTheirGeoNamesEntries(place: String, file: String, geonameid: Int) throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        let feature = try Fixtures.feature(place: place, in: out + "/" + file)
        #expect(try Fixtures.properties(feature)["geonameid"] as? Int == geonameid)
    }

    @Test func featuresCarryTheDocumentedPropertiesInOrder() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        for file in ["armenia.geojson", "azerbaijan.geojson"] {
            let orders = try Fixtures.propertyNameOrder(out + "/" + file)
            #expect(!orders.isEmpty)
            for order in orders {
                #expect(order == IncidentLayers.propertyNames)
            }
        }
    }

    @Test func wgs84LayersFollowRFC7946() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        let layer = try Fixtures.layer(out + "/armenia.geojson")
        #expect(layer["type"] as? String == "FeatureCollection")
        #expect(layer["crs"] == nil)
        let bbox = try #require(layer["bbox"] as? [Double])
        #expect(bbox.count == 4)
        #expect(bbox[0] <= bbox[2] && bbox[1] <= bbox[3])
        let goris = try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson")
        let point = try Fixtures.coordinates(goris)
        let properties = try Fixtures.properties(goris)
        #expect(point == [try #require(properties["lon"] as? Double), try #require(properties["lat"] as? Double)])
        #expect(properties["x"] == nil && properties["y"] == nil)
    }

    @Test func featurePropertiesDescribeTheClaim() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        let goris = try Fixtures.properties(try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson"))
        #expect(goris["id"] as? String == "am-05")
        #expect(goris["claimed_by"] as? String == "Armenia")
        #expect(goris["accused"] as? String == "Azerbaijan")
        #expect(goris["admin1"] as? String == "Syunik")
        #expect(goris["country"] as? String == "AM")
        #expect(goris["date"] as? String == "2022-09-13T00:05:00")
        #expect(goris["date_precision"] as? String == "minute")
        #expect(goris["precision"] as? String == "direction")
        #expect(goris["geo_precision"] as? Int == 2)
        #expect(goris["weapons"] as? String == "artillery, large-calibre weapons")
        let dashkesan = try Fixtures.properties(try Fixtures.feature(place: "Dashkesan", in: out + "/azerbaijan.geojson"))
        #expect(dashkesan["weapons"] is NSNull)
        #expect(dashkesan["claimed_by"] as? String == "Azerbaijan")
    }
}

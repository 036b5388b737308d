import Foundation
import IncidentMap
import Testing

@Suite("Input formats")
struct InputFormatTests {
    static let csv = """
        id,date,place,claimed_by,accused,event,weapons,source,quote,precision,lon,lat
        ,2022-09-13,Goris,Armenian Ministry of Defence,Azerbaijan,shelling,"artillery, drones",MoD,"He said ""fire"" twice",direction,,
        f-2,2022-09-12,Dashkesan,Baku,Armenia,sabotage,,MFA,,near,,
        ,,Post 7,Observer Mission,,patrol,,,,,45.5,40.1

        """

    static let json = """
        [
          {"id": null, "date": "2022-09-13", "place": "Goris", "claimed_by": "Armenian Ministry of Defence", "accused": "Azerbaijan",
           "event": "shelling", "weapons": "artillery, drones", "source": "MoD", "quote": "He said \\"fire\\" twice", "precision": "direction"},
          {"id": "f-2", "date": "2022-09-12", "place": "Dashkesan", "claimed_by": "Baku", "accused": "Armenia",
           "event": "sabotage", "weapons": null, "source": "MFA", "precision": "near"},
          {"place": "Post 7", "claimed_by": "Observer Mission", "event": "patrol", "lon": 45.5, "lat": 40.1}
        ]

        """

    static let jsonLines = """
        {"date": "2022-09-13", "place": "Goris", "claimed_by": "Armenian Ministry of Defence", "accused": "Azerbaijan", "event": "shelling", "weapons": "artillery, drones", "source": "MoD", "quote": "He said \\"fire\\" twice", "precision": "direction"}
        {"id": "f-2", "date": "2022-09-12", "place": "Dashkesan", "claimed_by": "Baku", "accused": "Armenia", "event": "sabotage", "source": "MFA", "precision": "near"}
        {"place": "Post 7", "claimed_by": "Observer Mission", "event": "patrol", "lon": 45.5, "lat": 40.1, "lat_note": "ignored"}

        """

    /// The layers (not unresolved.csv, which names the input file) built from `text`.
    private func layers(_ name: String, _ text: String) throws -> [String: Data] {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([try Fixtures.file(name, text)], into: out)
        return Fixtures.snapshot(out).filter { $0.key.hasSuffix(".geojson") }
    }

    @Test func theCSVGivesThreeLayers() throws {
        let layers = try layers("incidents.csv", Self.csv)
        #expect(layers.keys.sorted() == ["armenia.geojson", "azerbaijan.geojson", "observer-mission.geojson"])
    }

    @Test func jsonGivesTheSameLayersAsCSV() throws {
        let fromCSV = try layers("incidents.csv", Self.csv)
        let fromJSON = try layers("incidents.json", Self.json)
        #expect(fromJSON.keys.sorted() == fromCSV.keys.sorted())
        #expect(fromJSON == fromCSV)
    }

    @Test func jsonLinesGiveTheSameLayersAsCSV() throws {
        let fromCSV = try layers("incidents.csv", Self.csv)
        let fromJSONLines = try layers("incidents.jsonl", Self.jsonLines)
        #expect(fromJSONLines.keys.sorted() == fromCSV.keys.sorted())
        #expect(fromJSONLines == fromCSV)
    }

    @Test func textWithQuotesAndCommasSurvivesIntoTheLayer() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([try Fixtures.file("incidents.json", Self.json)], into: out)
        let goris = try Fixtures.properties(try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson"))
        #expect(goris["quote"] as? String == "He said \"fire\" twice")
        #expect(goris["weapons"] as? String == "artillery, drones")
    }

    @Test func severalInputsMakeOneSetOfLayers() throws {
        let out = try Fixtures.temporaryDirectory()
        let extra = try Fixtures.file("extra.jsonl", "{\"id\": \"x-1\", \"place\": \"Goris\", \"claimed_by\": \"AM\", \"date\": \"2022-09-14\"}\n")
        let report = try Fixtures.build([Fixtures.example, extra], into: out)
        #expect(report.incidentCount == 11)
        #expect(try Fixtures.features(out + "/armenia.geojson").count == 7)
    }
}

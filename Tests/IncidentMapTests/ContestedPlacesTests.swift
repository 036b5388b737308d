import Foundation
import IncidentMap
import Testing

/// `build` finds the places two sides claim within a few days and writes them to `contested.geojson`.
@Suite("Contested places")
struct ContestedPlacesTests {
    /// Builds `rows` (CSV lines after the header) into a fresh folder and returns it.
    private func build(_ rows: [String], window: Int = BuildRequest.defaultContestedWindow) throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        let input = folder + "/claims.csv"
        try Data((["id,date,place,claimed_by,accused,event,source"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: input))
        _ = try Fixtures.builder().build(BuildRequest(
            inputs: [BuildRequest.Input(path: input)], outputFolder: folder + "/out", contestedWindow: window))
        return folder + "/out"
    }

    /// The features of `file` in `folder`.
    private func features(_ folder: String, _ file: String) throws -> [[String: Any]] {
        let data = try #require(FileManager.default.contents(atPath: folder + "/" + file), "\(file) is missing")
        let collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(collection["features"] as? [[String: Any]])
    }

    private func properties(_ folder: String, _ file: String) throws -> [[String: Any]] {
        try features(folder, file).map { try #require($0["properties"] as? [String: Any]) }
    }

    @Test("Two sides naming one place on neighbouring days make one contested place, with each side's ids, sources and events")
    func twoSides() throws {
        let out = try build([
            "am-1,2022-09-13,Sotk,Armenia,Azerbaijan,shelling,Yerevan briefing",
            "az-1,2022-09-12,Zod,Azerbaijan,Armenia,firing positions,Baku statement",
            "az-2,2022-09-12,Kapan,Azerbaijan,Armenia,shelling,Baku statement",
        ])
        let contested = try properties(out, "contested.geojson")
        #expect(contested.count == 1)
        let place = try #require(contested.first)
        #expect(place["place"] as? String == "Sotk")
        #expect(place["sides"] as? String == "Armenia; Azerbaijan")
        #expect(place["claims"] as? String == "Armenia: am-1 | Azerbaijan: az-1")
        #expect(place["sources"] as? String == "Armenia: Yerevan briefing | Azerbaijan: Baku statement")
        #expect(place["events"] as? String == "Armenia: shelling | Azerbaijan: firing positions")
        #expect(place["date"] as? String == "2022-09-12T00:00:00")
        #expect(place["last_date"] as? String == "2022-09-13T00:00:00")
        #expect(place["distance_km"] as? Double == 0)
    }

    @Test("Each claim says whether its place is contested, as a boolean on every feature")
    func flags() throws {
        let out = try build([
            "am-1,2022-09-13,Sotk,Armenia,Azerbaijan,shelling,a",
            "az-1,2022-09-13,Zod,Azerbaijan,Armenia,shelling,b",
            "az-2,2022-09-13,Kapan,Azerbaijan,Armenia,shelling,b",
        ])
        let flags = Dictionary(uniqueKeysWithValues: try (properties(out, "armenia.geojson") + properties(out, "azerbaijan.geojson")).map {
            ($0["id"] as! String, $0["contested"] as? Bool)
        })
        #expect(flags == ["am-1": true, "az-1": true, "az-2": false])
    }

    @Test("Claims further apart than the window are not contested; a wider window joins them")
    func window() throws {
        let rows = ["am-1,2022-09-10,Sotk,Armenia,Azerbaijan,shelling,a", "az-1,2022-09-13,Zod,Azerbaijan,Armenia,shelling,b"]
        #expect(!FileManager.default.fileExists(atPath: try build(rows) + "/contested.geojson"))
        #expect(try properties(try build(rows, window: 4), "contested.geojson").count == 1)
    }

    @Test("One side alone, or a side and an unattributed report, contest nothing")
    func oneSide() throws {
        let out = try build([
            "am-1,2022-09-13,Sotk,Armenia,Azerbaijan,shelling,a",
            "am-2,2022-09-13,Sotk,Armenia,Azerbaijan,drone strike,b",
            "u-1,2022-09-13,Sotk,unattributed,,shelling,c",
        ])
        #expect(!FileManager.default.fileExists(atPath: out + "/contested.geojson"))
    }

    @Test("Undated claims of two sides at one place make a window of their own")
    func undated() throws {
        let out = try build(["am-1,,Sotk,Armenia,Azerbaijan,shelling,a", "az-1,,Zod,Azerbaijan,Armenia,shelling,b"])
        let place = try #require(try properties(out, "contested.geojson").first)
        #expect(place["date"] is NSNull)
        #expect(place["sides"] as? String == "Armenia; Azerbaijan")
    }

    @Test("A name the sides' claims resolved to different places gives the distance between them")
    func resolvedDifferently() throws {
        let out = try build(["am-1,2022-09-13,Vardenis,Armenia,Azerbaijan,shelling,a", "az-1,2022-09-13,Vardenis,Azerbaijan,Armenia,shelling,b"]
            .map { $0 })
        let place = try #require(try properties(out, "contested.geojson").first)
        #expect(place["distance_km"] as? Double == 0)
        let folder = try Fixtures.temporaryDirectory()
        let input = folder + "/claims.csv"
        let header = "id,date,place,claimed_by,geonameid\n"
        try Data((header + "am-1,2022-09-13,Vardenis,Armenia,616108\naz-1,2022-09-13,Vardenis,Azerbaijan,616107\n").utf8)
            .write(to: URL(fileURLWithPath: input))
        _ = try Fixtures.builder().build(BuildRequest(inputs: [BuildRequest.Input(path: input)], outputFolder: folder + "/out"))
        let apart = try #require(try properties(folder + "/out", "contested.geojson").first)
        let distance = try #require(apart["distance_km"] as? Double)
        #expect(distance > 30 && distance < 200, "\(distance) km between the two Vardenis")
    }
}

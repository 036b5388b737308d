import Foundation
@testable import IncidentMap
import Incidents
import Projection
import Testing

/// The build's two passes: rows kept on disk between them, layers streamed.
@Suite("Streaming build")
struct StreamingBuildTests {
    @Test func aRowReadsBackFromItsBytesUnchanged() {
        let full = ResolvedRecord(
            ownID: "am-1", date: "2022-09-13T00:05", place: "Kəlbəcər", side: "Azerbaijan", accused: "Armenia", event: "sabotage",
            weapons: "mortars", source: "a.txt; b", quote: "«Quoted» \"text\"\nwith a line break", precision: .direction,
            resolvedName: "Kalbajar", label: "Kalbajar", geonameID: 586268, country: "AZ", admin1: "Kalbajar", match: "alternate", score: 0.95,
            review: true, position: LonLat(lon: 46.04446, lat: 40.10984), file: "claims.json", line: 42)
        let sparse = ResolvedRecord(
            ownID: nil, date: nil, place: "Hill 7", side: "Armenia", accused: nil, event: nil, weapons: nil, source: nil, quote: nil,
            precision: .exact, resolvedName: "Hill 7", label: "Hill 7", geonameID: nil, country: nil, admin1: nil, match: "coordinates", score: nil,
            review: false, position: LonLat(lon: -0.5, lat: 0), file: "", line: 0)
        for row in [full, sparse] {
            #expect(ResolvedRecord(bytes: row.bytes) == row)
        }
    }

    @Test func textSequencesAreWrittenNextToTheirStylesAndReadByGDAL() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try Fixtures.builder().build(BuildRequest(
            inputs: [BuildRequest.Input(path: Fixtures.example)], outputFolder: out, formats: [.geojsonseq]))
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojsons", "armenia.qml", "azerbaijan.geojsons", "azerbaijan.qml", "review.csv", "unresolved.csv"])
        let records = try Data(contentsOf: URL(fileURLWithPath: out + "/armenia.geojsons")).split(separator: 0x1E)
        #expect(records.count == 6)
    }

    @Test func textSequencesInAProjectedCRSAreRefusedAndNothingIsWritten() throws {
        let out = try Fixtures.temporaryDirectory() + "/out"
        let request = BuildRequest(inputs: [BuildRequest.Input(path: Fixtures.example)], outputFolder: out, crs: "EPSG:32638",
                                   formats: [.geojsonseq])
        #expect(throws: BuildError.self) { try Fixtures.builder().build(request) }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func theSameRowsInAnyOrderGiveTheSameMergedLayer() throws {
        let rows = (0..<200).map { i in "2022-09-\(10 + i % 5),\(["Goris", "Kapan", "Jermuk"][i % 3]),Armenia,shelling,src-\(i % 7)" }
        let header = "date,place,claimed_by,event,source\n"
        let a = try Fixtures.file("a.csv", header + rows.joined(separator: "\n") + "\n")
        let b = try Fixtures.file("b.csv", header + rows.reversed().joined(separator: "\n") + "\n")
        let outA = try Fixtures.temporaryDirectory(), outB = try Fixtures.temporaryDirectory()
        try Fixtures.build([a], into: outA)
        try Fixtures.build([b], into: outB)
        let features = try Fixtures.features(outA + "/armenia.geojson")
        #expect(features.count == 15)
        #expect(try Fixtures.features(outB + "/armenia.geojson").count == 15)
        let mentions = try features.map { try Fixtures.properties($0)["mentions"] as? Int }
        #expect(mentions.compactMap { $0 }.reduce(0, +) == 200)
        let idsA = features.compactMap { $0["id"] as? String }
        let idsB = try Fixtures.features(outB + "/armenia.geojson").compactMap { $0["id"] as? String }
        #expect(idsA == idsB)
        #expect(Fixtures.snapshot(outA)["armenia.geojson"] == Fixtures.snapshot(outB)["armenia.geojson"])
    }
}

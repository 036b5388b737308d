import Foundation
import Testing

/// The `incident-map` executable and `ogrinfo`, run as a user would.
@Suite("Command line")
struct CommandLineTests {
    /// Runs `incident-map` with `arguments`.
    private func incidentMap(_ arguments: [String]) throws -> Tool.Outcome {
        try Tool.incidentMap(arguments)
    }

    /// Runs `ogrinfo -ro -so -al` on `path`.
    private func ogrinfo(_ path: String) throws -> Tool.Outcome {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/ogrinfo"), "/usr/bin/ogrinfo is not installed")
        return try Tool.run("/usr/bin/ogrinfo", ["-ro", "-so", "-al", path])
    }

    @Test func buildingTheExampleExitsWithStatus2AndNamesTheUnresolvedPlace() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out])
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.contains { $0.contains("september-2022-border-clashes.csv:5: no place matches \"Ishkhanasar\"") }, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.contains("armenia.geojson: 6 features claimed by Armenia"), "stdout: \(outcome.stdout)")
        #expect(outcome.stdout.contains("azerbaijan.geojson: 3 features claimed by Azerbaijan"), "stdout: \(outcome.stdout)")
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "azerbaijan.geojson", "unresolved.csv"])
    }

    @Test func ogrinfoReadsTheArmeniaLayerInWGS84() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out])
        let info = try ogrinfo(out + "/armenia.geojson")
        #expect(info.status == 0, "stderr: \(info.stderr)")
        #expect(info.stdout.contains("Layer name: Armenia"), "\(info.stdout)")
        #expect(info.stdout.contains("Feature Count: 6"), "\(info.stdout)")
        #expect(info.stdout.contains("ID[\"EPSG\",4326]"), "\(info.stdout)")
    }

    @Test func ogrinfoReadsAProjectedLayerInItsCRS() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--crs", "EPSG:32638"])
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        let info = try ogrinfo(out + "/armenia.geojson")
        #expect(info.status == 0, "stderr: \(info.stderr)")
        #expect(info.stdout.contains("Feature Count: 6"), "\(info.stdout)")
        #expect(info.stdout.contains("ID[\"EPSG\",32638]"), "\(info.stdout)")
    }

    @Test func lookupPrintsATableWithTheProvince() throws {
        let outcome = try incidentMap(["lookup", "Goris"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.contains("Syunik"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Goris"))
    }

    @Test func lookupOfAnUnknownNameExitsWithStatus1() throws {
        let outcome = try incidentMap(["lookup", "Atlantis"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no place matches \"Atlantis\""), "\(outcome.stderr)")
    }

    @Test func lookupWithAnUnknownCRSExitsWithStatus1() throws {
        let outcome = try incidentMap(["lookup", "Goris", "--crs", "EPSG:999999"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("unknown CRS \"EPSG:999999\": crs not found"), "\(outcome.stderr)")
    }

    @Test func lookupAsJSONHasTheDocumentedKeys() throws {
        let outcome = try incidentMap(["lookup", "--json", "Goris"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        let results = try #require(parsed as? [[String: Any]], "\(outcome.stdout)")
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(result["query"] as? String == "Goris")
        let matches = try #require(result["matches"] as? [[String: Any]])
        #expect(!matches.isEmpty)
        let documented: Set<String> = [
            "name", "geonameid", "country", "admin1", "kind", "population", "lon", "lat", "score", "match", "matched_name",
        ]
        for match in matches {
            #expect(Set(match.keys) == documented)
        }
        let best = try #require(matches.first)
        #expect(best["name"] as? String == "Goris")
        #expect(best["geonameid"] as? Int == 174895)
        #expect(best["country"] as? String == "AM")
        #expect(best["admin1"] as? String == "Syunik")
        #expect(best["lon"] as? Double == 46.34168)
        #expect(best["lat"] as? Double == 39.51111)
    }

    @Test func buildWithoutAnOutputFolderIsAUsageError() throws {
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv"])
        #expect(outcome.status == 64, "stderr: \(outcome.stderr)")
    }

    @Test func anInvalidOptionValueIsAUsageError() throws {
        let outcome = try incidentMap(["lookup", "--limit", "0", "Goris"])
        #expect(outcome.status == 64, "stderr: \(outcome.stderr)")
    }

    @Test func aFailedBuildExitsWithStatus1AndWritesNothing() throws {
        let out = try Fixtures.temporaryDirectory() + "/out"
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--crs", "EPSG:999999"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("unknown CRS \"EPSG:999999\""), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

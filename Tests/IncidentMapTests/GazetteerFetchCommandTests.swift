import FetchFixtures
import Foundation
import Testing

/// `incident-map gazetteer fetch` run as a user would, against the fixture
/// server on 127.0.0.1 (no test needs the internet).
struct GazetteerFetchCommandTests {
    let server: FixtureServer
    let folder: String

    init() throws {
        server = try FixtureServer()
        try server.serveGeoNames()
        folder = try Fixtures.temporaryDirectory("incident-map-fetch") + "/thailand-cambodia"
    }

    func fetch(_ arguments: [String], environment: [String: String]? = nil) throws -> Tool.Outcome {
        try Tool.incidentMap(
            ["gazetteer", "fetch"] + arguments + ["--into", folder, "--retries", "0"],
            environment: environment ?? ["INCIDENT_MAP_GEONAMES_URL": server.url])
    }

    @Test("fetching from the mirror INCIDENT_MAP_GEONAMES_URL names makes a folder that lookup uses")
    func endToEnd() throws {
        let outcome = try fetch(["TH", "kh"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.isEmpty, "progress written to a file: \(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(5)) == [
            "\(folder)/TH.txt: 3 places", "\(folder)/KH.txt: 2 places", "\(folder)/admin1CodesASCII.txt: 2 first-level divisions",
            "\(folder)/admin2Codes.txt: 2 second-level divisions",
            "\(folder)/sides.tsv: sides Thailand, Cambodia (add the names each side goes by: ministries, armies, adjectives)",
        ])
        #expect(lines.last?.hasPrefix("\(folder)/incident-map.index: 5 places, ") == true, "\(outcome.stdout)")
        let lookup = try Tool.incidentMap(["lookup", "--gazetteer", folder, "--json", "Samraong", "Oddar Meanchey"])
        #expect(lookup.status == 0, "stderr: \(lookup.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(lookup.stdout.utf8)) as? [[String: Any]])
        let best = results.compactMap { ($0["matches"] as? [[String: Any]])?.first }
        #expect(best.map { $0["geonameid"] as? Int } == [1_825_093, 9_000_003])
        #expect(best.map { $0["kind"] as? String } == ["admin seat", "province"])
        #expect(best.first?["admin1"] as? String == "Otdar Mean Chey")
    }

    @Test("--mirror names the mirror, ahead of INCIDENT_MAP_GEONAMES_URL")
    func mirrorOption() throws {
        let outcome = try fetch(["KH", "--mirror", server.url], environment: ["INCIDENT_MAP_GEONAMES_URL": "http://127.0.0.1:9/"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(try server.requests().map(\.path) == ["/KH.zip", "/admin1CodesASCII.txt", "/admin2Codes.txt"])
    }

    @Test("a file the mirror lacks is a one-line error naming its URL, with status 1")
    func notFound() throws {
        let outcome = try fetch(["LA"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: \(server.url)LA.zip: not found (HTTP 404)\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/incident-map.index"))
    }

    @Test("a truncated download fails with status 1 and the next run resumes it")
    func truncated() throws {
        try server.setRules(["/KH.zip": .truncate(100)])
        let first = try fetch(["KH"])
        #expect(first.status == 1)
        #expect(first.stderr.hasPrefix("incident-map: \(server.url)KH.zip: ") && first.stderr.hasSuffix("run the command again to resume)\n"), "\(first.stderr)")
        try server.setRules([:])
        let second = try fetch(["KH"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(try server.requests().contains { $0.path == "/KH.zip" && $0.range == "bytes=100-" })
    }

    @Test("a corrupt zip fails with status 1 and a one-line message naming the archive")
    func corrupt() throws {
        try server.serve("KH.zip", Array("<html>maintenance</html>".utf8))
        let outcome = try fetch(["KH"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: KH.zip: not a zip file (no end-of-central-directory record; truncated download?)\n")
    }

    @Test("country codes are checked before anything is fetched; a usage error exits 64", arguments: [
        (["THA"], "\"THA\" is not a two-letter ISO country code"),
        (["ZZ"], "\"ZZ\" is not a country GeoNames lists"),
        ([], "name at least one country"),
        (["TH", "--mirror", "ftp://mirror.example/"], "--mirror ftp://mirror.example/: give an http://, https:// or file:// URL"),
        (["TH", "--timeout", "0"], "--timeout takes a number of seconds from 1 to 3600"),
    ])
    func usage(arguments: [String], message: String) throws {
        let outcome = try fetch(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(try server.requests().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}

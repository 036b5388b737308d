import FetchFixtures
import Foundation
import GazetteerFetch
import PlaceNames
import Testing

/// `gazetteer fetch` against the fixture server: the folder it makes, and
/// what it keeps when a download or a file is bad.
struct GazetteerFetcherTests {
    let server: FixtureServer
    let folder: String

    init() throws {
        server = try FixtureServer()
        try server.serveGeoNames()
        folder = try Scratch.folder("fetch") + "/gazetteer"
    }

    func request(_ codes: [String] = ["TH", "KH"], cities: Bool = false) throws -> FetchRequest {
        var request = FetchRequest(
            countries: codes.compactMap(GeoNamesCountry.named), cities: cities, folder: folder,
            mirror: try GeoNamesMirror(explicit: server.url))
        request.retries = 0
        return request
    }

    func text(_ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    /// The visible files of the folder, and any hidden one but the lock.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != ".incident-map.lock" }.sorted()
    }

    @Test("the countries' dumps and the admin codes are installed, a side table written and the folder indexed")
    func fetched() throws {
        let summary = try GazetteerFetcher.fetch(try request())
        #expect(summary.installed.map(\.name) == ["TH.txt", "KH.txt", "admin1CodesASCII.txt", "admin2Codes.txt"])
        #expect(summary.installed.map(\.records) == [3, 2, 2, 2])
        #expect(try files() == ["KH.txt", "TH.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "incident-map.index", "sides.tsv"])
        #expect(try text("TH.txt") == GeoNamesLines.thailand)
        #expect(try text("sides.tsv") == "side\taliases\tcountries\nThailand\tTH,THA,Bangkok\tTH\nCambodia\tKH,KHM,Phnom Penh\tKH\n")
        #expect(try GazetteerIndex.summary(folder: folder)?.status == .current)
        #expect(summary.sidesWritten && summary.index.places == 5)
    }

    @Test("a fetched folder resolves towns with their province and district, and provinces as provinces")
    func resolves() throws {
        try GazetteerFetcher.fetch(try request())
        let gazetteer = try Gazetteer.load(folder: folder, useCache: false)
        let town = try #require(gazetteer.lookup("Kantharalak").matches.first?.place)
        #expect(gazetteer.admin1Name(of: town) == "Sisaket")
        #expect(gazetteer.admin2Name(of: town) == "Amphoe Kantharalak")
        let province = try #require(gazetteer.lookup("Oddar Meanchey").matches.first?.place)
        #expect(province.kind.description == "province" && province.country == "KH")
        #expect(gazetteer.lookup("Amphoe Kantharalak").matches.first?.place.kind.description == "district")
    }

    @Test("a corrupt zip is refused, nothing of the folder is replaced, and the next fetch downloads it afresh")
    func corruptZip() throws {
        try GazetteerFetcher.fetch(try request())
        let before = try text("KH.txt")
        var damaged = try ZipMaker.zip("KH.txt", GeoNamesLines.cambodia, layout: .stored)
        damaged[30 + "KH.txt".utf8.count + 10] ^= 0x01
        try server.serve("KH.zip", damaged)
        #expect(throws: FetchError.self) { try GazetteerFetcher.fetch(try request()) }
        do {
            try GazetteerFetcher.fetch(try request())
        } catch {
            #expect("\(error)" == "KH.zip: KH.txt does not match its CRC-32 (damaged download?)")
        }
        #expect(try text("KH.txt") == before)
        #expect(try files().allSatisfy { !$0.hasSuffix(".tmp") && !$0.hasPrefix(".incident-map-KH") })
        try server.serveGeoNames()
        try GazetteerFetcher.fetch(try request())
        #expect(try server.requests().filter { $0.path == "/KH.zip" }.last?.range == nil)
    }

    @Test("a 404 stops the fetch with the URL, and the folder is left as it was")
    func notFound() throws {
        try GazetteerFetcher.fetch(try request())
        let index = try Scratch.bytes(folder + "/incident-map.index")
        try server.setRules(["/KH.zip": .status(404)])
        #expect(throws: FetchError.download(.notFound(url: server.url + "KH.zip"))) { try GazetteerFetcher.fetch(try request()) }
        #expect(try Scratch.bytes(folder + "/incident-map.index") == index)
        #expect(try text("KH.txt") == GeoNamesLines.cambodia)
    }

    @Test("a download cut short is resumed by the next fetch with a range request")
    func resumed() throws {
        let size = try Scratch.bytes(server.root + "/TH.zip").count
        try server.setRules(["/TH.zip": .truncate(size / 2)])
        #expect(throws: FetchError.self) { try GazetteerFetcher.fetch(try request()) }
        #expect(try files().filter { $0.hasSuffix(".part") }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/TH.txt"))
        try server.setRules([:])
        try GazetteerFetcher.fetch(try request())
        #expect(try server.requests().contains { $0.path == "/TH.zip" && $0.range == "bytes=\(size / 2)-" && $0.status == 206 })
        #expect(try text("TH.txt") == GeoNamesLines.thailand)
        #expect(try files().allSatisfy { !$0.hasSuffix(".part") })
    }

    @Test("downloads completed before a failure are used by the next fetch without downloading them again")
    func completedKept() throws {
        try server.setRules(["/admin2Codes.txt": .status(503)])
        #expect(throws: FetchError.self) { try GazetteerFetcher.fetch(try request()) }
        try server.setRules([:])
        try GazetteerFetcher.fetch(try request())
        let thailand = try server.requests().filter { $0.path == "/TH.zip" }
        #expect(thailand.map(\.status) == [200, 416], "\(thailand)")
        #expect(try text("TH.txt") == GeoNamesLines.thailand)
    }

    @Test("a dump with a malformed line is refused with the archive, file and line")
    func malformed() throws {
        try server.serve("TH.zip", ZipMaker.zip("TH.txt", GeoNamesLines.thailand + "1\tbroken line\n"))
        do {
            try GazetteerFetcher.fetch(try request())
            Issue.record("a malformed dump was installed")
        } catch {
            #expect("\(error)" == "TH.zip: TH.txt:4: expected 19 tab-separated GeoNames columns, found 2")
        }
        #expect(try files().allSatisfy { !$0.hasSuffix(".txt") && !$0.hasSuffix(".tmp") })
    }

    @Test("a zip without the country's file names what it holds")
    func missingEntry() throws {
        try server.serve("KH.zip", ZipMaker.zip("readme.txt", "nothing here"))
        #expect(throws: FetchError.missingEntry(archive: "KH.zip", entry: "KH.txt", found: ["readme.txt"])) {
            try GazetteerFetcher.fetch(try request())
        }
    }

    @Test("--cities keeps each named country's rows of cities500 in a file of its own")
    func cities() throws {
        let summary = try GazetteerFetcher.fetch(try request(cities: true))
        #expect(summary.installed.map(\.name) == ["cities500-TH.txt", "cities500-KH.txt", "admin1CodesASCII.txt", "admin2Codes.txt"])
        #expect(try text("cities500-TH.txt").hasPrefix("1610227\tKantharalak\t"))
        #expect(try text("cities500-KH.txt") == GeoNamesLines.cities.split(separator: "\n")[2] + "")
        #expect(summary.index.places == 2)
    }

    @Test("--cities without countries installs the whole of cities500 and writes no side table")
    func wholeCities() throws {
        let summary = try GazetteerFetcher.fetch(try request([], cities: true))
        #expect(try text("cities500.txt") == GeoNamesLines.cities)
        #expect(!summary.sidesWritten && !FileManager.default.fileExists(atPath: folder + "/sides.tsv"))
    }

    @Test("the folder's own side table is kept")
    func sidesKept() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("side\taliases\nSiam\tTH\n".utf8).write(to: URL(fileURLWithPath: folder + "/sides.tsv"))
        let summary = try GazetteerFetcher.fetch(try request())
        #expect(!summary.sidesWritten)
        #expect(try text("sides.tsv") == "side\taliases\nSiam\tTH\n")
    }

    @Test("hidden files an interrupted fetch left unpacked are removed; other hidden files are not")
    func leftovers() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in [".incident-map-TH.txt.0123456789abcdef.tmp", ".incident-map-XY.txt.0123456789abcdef.tmp", ".notes.tmp"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try GazetteerFetcher.fetch(try request())
        #expect(try files().filter { $0.hasPrefix(".") } == [".incident-map-XY.txt.0123456789abcdef.tmp", ".notes.tmp"])
    }

    @Test("a mirror comes from --mirror, else INCIDENT_MAP_GEONAMES_URL, else GeoNames; a folder becomes a file URL")
    func mirrors() throws {
        #expect(try GeoNamesMirror(explicit: nil, environment: [:]).baseURL == "https://download.geonames.org/export/dump/")
        let environment = ["INCIDENT_MAP_GEONAMES_URL": "http://mirror.example/geonames"]
        #expect(try GeoNamesMirror(explicit: nil, environment: environment).url(of: "TH.zip") == "http://mirror.example/geonames/TH.zip")
        #expect(try GeoNamesMirror(explicit: "/srv/geonames", environment: environment).baseURL == "file:///srv/geonames/")
        #expect(throws: FetchError.mirror("ftp://mirror.example/")) { try GeoNamesMirror(explicit: "ftp://mirror.example/") }
    }

    @Test("a local folder serves as a mirror")
    func folderMirror() throws {
        var local = try request()
        local.mirror = try GeoNamesMirror(explicit: server.root)
        try GazetteerFetcher.fetch(local)
        #expect(try text("KH.txt") == GeoNamesLines.cambodia)
        #expect(try server.requests().isEmpty)
    }
}

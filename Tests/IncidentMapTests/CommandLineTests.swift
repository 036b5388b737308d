import Foundation
import Testing

/// The `incident-map` executable and `ogrinfo`, run as a user would.
@Suite("Command line")
struct CommandLineTests {
    /// Runs `incident-map` with `arguments`.
    func incidentMap(_ arguments: [String]) throws -> Tool.Outcome {
        try Tool.incidentMap(arguments)
    }

    /// Runs `ogrinfo -ro -so -al` on `path`.
    func ogrinfo(_ path: String) throws -> Tool.Outcome {
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
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "armenia.qml", "azerbaijan.geojson", "azerbaijan.qml", "review.csv", "unresolved.csv"])
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

    @Test func theExecutableStartsWithoutLoadingPROJ() throws {
        let needed = try neededLibraries()
        #expect(needed.contains("(NEEDED)"), "\(needed)")
        #expect(!needed.contains("libproj"), "\(needed)")
    }

    @Test func theExecutableStartsWithoutLoadingSQLite() throws {
        let needed = try neededLibraries()
        #expect(needed.contains("(NEEDED)"), "\(needed)")
        #expect(!needed.contains("libsqlite3"), "\(needed)")
    }

    @Test func theExecutableStartsWithoutLoadingCurlOrZlib() throws {
        let needed = try neededLibraries()
        #expect(needed.contains("(NEEDED)"), "\(needed)")
        #expect(!needed.contains("libcurl"), "\(needed)")
        #expect(!needed.contains("libz."), "\(needed)")
    }

    /// The dynamic section of the executable, as `readelf -d` prints it.
    private func neededLibraries() throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf"), "readelf is not installed (binutils)")
        try Tool.requireExecutable()
        let dynamic = try Tool.run("/usr/bin/readelf", ["-d", Tool.executable])
        #expect(dynamic.status == 0, "stderr: \(dynamic.stderr)")
        return dynamic.stdout
    }

    @Test func lookupWithACRSLoadsPROJAndProjects() throws {
        let outcome = try incidentMap(["lookup", "--json", "--crs", "EPSG:32638", "Goris"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let best = try #require((parsed.first?["matches"] as? [[String: Any]])?.first)
        let x = try #require(best["x"] as? Double), y = try #require(best["y"] as? Double)
        #expect(abs(x - 615_339.99) < 0.01 && abs(y - 4_374_356.78) < 0.01, "x \(x), y \(y)")
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

    @Test func buildWritesEveryQGISOutputWhenAskedAndSaysSo() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap([
            "build", "Examples/september-2022-border-clashes.csv", "--out", out, "--format", "geojson,gpkg", "--zones", "--project",
        ])
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        for line in ["armenia.qml: QGIS style of Armenia", "armenia-zones.geojson: 6 zones of Armenia's imprecise claims",
                     "incidents.gpkg: 4 tables with their QGIS styles, in EPSG:4326", "incidents.qgs: QGIS project with 5 layers, in EPSG:32638"] {
            #expect(outcome.stdout.contains(out + "/" + line), "stdout: \(outcome.stdout)")
        }
        #expect(try Fixtures.visibleNames(out).contains("incidents.gpkg"))
    }

    @Test func ogrinfoReadsTheGeoPackageWithoutAWarning() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--format", "gpkg", "--crs", "EPSG:32638"])
        let info = try Tool.run("/usr/bin/ogrinfo", ["-ro", "-so", out + "/incidents.gpkg", "armenia"])
        #expect(info.status == 0)
        #expect(info.stderr.isEmpty, "ogrinfo warned: \(info.stderr)")
        #expect(info.stdout.contains("Feature Count: 6"), "\(info.stdout)")
        #expect(info.stdout.contains("ID[\"EPSG\",32638]"), "\(info.stdout)")
        #expect(try Fixtures.visibleNames(out) == ["incidents.gpkg", "review.csv", "unresolved.csv"])
    }

    @Test func anUnknownOutputFormatIsAUsageError() throws {
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", "x", "--format", "geojson,shp"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("unknown output format \"shp\""), "\(outcome.stderr)")
    }

    @Test func theInputFormatOptionReadsAFileWhoseExtensionDoesNotTell() throws {
        let input = try Fixtures.file("incidents.txt", "id,place,claimed_by\nt-1,Goris,AM\n")
        let out = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap(["build", input, "--out", out, "--input-format", "csv"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.contains("armenia.geojson: 1 feature claimed by Armenia"), "\(outcome.stdout)")
    }

    @Test func standardInputWithoutAnInputFormatIsAUsageError() throws {
        let outcome = try incidentMap(["build", "-", "--out", "x"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("needs --input-format"), "\(outcome.stderr)")
    }

    @Test func aZeroZoneRadiusIsAUsageError() throws {
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", "x", "--zones", "--direction-radius", "0"])
        #expect(outcome.status == 64)
    }

    @Test func renderWritesTheSameSVGEveryTime() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--zones"])
        let first = try incidentMap(["render", out, "-o", out + "/map.svg"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout == out + "/map.svg: Armenia (6), Azerbaijan (3) in EPSG:32638\n")
        let svg = try Fixtures.text(out + "/map.svg")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        _ = try incidentMap(["render", out, "-o", out + "/again.svg"])
        #expect(try Fixtures.text(out + "/again.svg") == svg)
    }

    @Test func renderWritesAPNGThroughRsvgConvert() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert"), "rsvg-convert is not installed (librsvg2-bin)")
        let out = try Fixtures.temporaryDirectory()
        _ = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--crs", "EPSG:32638"])
        let outcome = try incidentMap(["render", out, "-o", out + "/map.png"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let png = try #require(FileManager.default.contents(atPath: out + "/map.png"))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // Width and height (big-endian, in the IHDR chunk) are the SVG's 1000 × 1000 pixels.
        #expect(Array(png[16..<24]) == [0, 0, 0x03, 0xE8, 0, 0, 0x03, 0xE8])
    }

    @Test func renderOfAFolderWithoutLayersFails() throws {
        let empty = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap(["render", empty, "-o", empty + "/map.svg"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no GeoJSON point layers to draw"), "\(outcome.stderr)")
    }

    @Test func renderToAnotherExtensionIsAUsageError() throws {
        let outcome = try incidentMap(["render", "out", "-o", "map.jpg"])
        #expect(outcome.status == 64)
    }
}

/// `extract` and `map`, run as a user would.
extension CommandLineTests {
    @Test func extractWritesRecordsThatBuildReads() throws {
        let folder = try Fixtures.temporaryDirectory()
        let extracted = try incidentMap(["extract", "Examples/articles/baku-statement.txt", "--published", "2022-09-13", "-o", folder + "/claims.json"])
        #expect(extracted.status == 0, "stderr: \(extracted.stderr)")
        let built = try incidentMap(["build", folder + "/claims.json", "--out", folder + "/layers"])
        #expect(built.status == 0, "stderr: \(built.stderr)")
        #expect(built.stdout.contains("azerbaijan.geojson: 3 features claimed by Azerbaijan"), "\(built.stdout)")
    }

    @Test func mapExitsWithStatus2AndNamesTheUnknownPlaceWhereTheArticleHasIt() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap(["map", "Examples/articles/yerevan-briefing.txt", "Examples/articles/baku-statement.txt",
                                       "--published", "2022-09-13", "--out", out])
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("yerevan-briefing.txt:9: place \"Mets Ishkhanasar\" claimed by Armenia is not in the gazetteer"),
                "\(outcome.stderr)")
        #expect(try Fixtures.visibleNames(out) == [
            "armenia.geojson", "armenia.qml", "azerbaijan.geojson", "azerbaijan.qml", "review.csv", "unattributed.geojson",
            "unattributed.qml", "unresolved.csv",
        ])
        let info = try ogrinfo(out + "/unattributed.geojson")
        #expect(info.stdout.contains("Feature Count: 2"), "\(info.stdout)")
    }

    @Test func explainPrintsABlockPerRecordOnStandardErrorAndLeavesTheRecordsAlone() throws {
        let plain = try incidentMap(["extract", "Examples/articles/baku-statement.txt", "--published", "2022-09-13", "--format", "jsonl"])
        let explained = try incidentMap([
            "extract", "Examples/articles/baku-statement.txt", "--published", "2022-09-13", "--format", "jsonl", "--explain",
        ])
        #expect(explained.status == plain.status)
        #expect(explained.stdout == plain.stdout)
        #expect(explained.stderr.contains("""
            baku-statement.txt:7: Azerbaijan claims Kəlbəcər (Kalbajar, 586268; direction), accusing Armenia
              speaker   speaker "Azerbaijan's Defence Ministry" (paragraph introduced by a colon "published")
            """), "\(explained.stderr)")
        let records = plain.stdout.split(separator: "\n")
        #expect(!records.isEmpty && records.allSatisfy { $0.contains("\"why\":\"speaker ") || $0.contains("\"why\":\"third party ") })
    }

    @Test func aPublicationDayThatIsNotADateIsAUsageError() throws {
        let outcome = try incidentMap(["extract", "Examples/articles/baku-statement.txt", "--published", "13/09/2022"])
        #expect(outcome.status == 64, "stderr: \(outcome.stderr)")
    }

    @Test func anArticleThatIsNotUTF8NamesTheByteAndWritesNothing() throws {
        let folder = try Fixtures.temporaryDirectory()
        let article = folder + "/latin1.txt"
        try Data("Shelling in G".utf8 + [0xF6] + Data("ris.\n".utf8)).write(to: URL(fileURLWithPath: article))
        let outcome = try incidentMap(["extract", article, "-o", folder + "/claims.json"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("latin1.txt:1: invalid UTF-8 at byte offset 13"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/claims.json"))
    }
}

/// GeoJSON Text Sequences, read by GDAL.
extension CommandLineTests {
    @Test func ogrinfoReadsATextSequenceLayer() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--format", "geojsonseq"])
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.contains("armenia.geojsons: 6 features claimed by Armenia"), "\(outcome.stdout)")
        let info = try ogrinfo(out + "/armenia.geojsons")
        #expect(info.status == 0, "stderr: \(info.stderr)")
        #expect(info.stdout.contains("Feature Count: 6"), "\(info.stdout)")
        #expect(info.stdout.contains("ID[\"EPSG\",4326]"), "\(info.stdout)")
    }

    @Test func aTextSequenceInAProjectedCRSExitsWithStatus1() throws {
        let out = try Fixtures.temporaryDirectory() + "/out"
        let outcome = try incidentMap(["build", "Examples/september-2022-border-clashes.csv", "--out", out, "--format", "geojsonseq",
                                       "--crs", "EPSG:32638"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("GeoJSON Text Sequences (--format geojsonseq) are WGS 84 only"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

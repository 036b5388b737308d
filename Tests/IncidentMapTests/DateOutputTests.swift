import Foundation
import Testing

/// Dates as GDAL (and so QGIS) read them, and `--from`/`--to`.
@Suite("Dates in the layers")
struct DateOutputTests {
    /// Builds `rows` (after the header `id,date,place,claimed_by`) with `arguments` into a fresh folder.
    private func build(_ rows: [String], _ arguments: [String] = []) throws -> (folder: String, outcome: Tool.Outcome) {
        let folder = try Fixtures.temporaryDirectory()
        let input = folder + "/claims.csv"
        try Data((["id,date,place,claimed_by"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: input))
        let outcome = try Tool.incidentMap(["build", input, "--out", folder + "/out", "--format", "geojson,gpkg"] + arguments)
        return (folder + "/out", outcome)
    }

    /// The type `ogrinfo` gives `field` in `layer` of `path`.
    private func fieldType(_ path: String, _ field: String, layer: String? = nil) throws -> String? {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/ogrinfo"), "/usr/bin/ogrinfo is not installed")
        let info = try Tool.run("/usr/bin/ogrinfo", ["-ro", "-so", path] + (layer.map { [$0] } ?? ["-al"]))
        let line = info.stdout.split(separator: "\n").first { $0.hasPrefix(field + ": ") }
        return line.map { String($0.dropFirst(field.count + 2).prefix { $0 != " " }) }
    }

    @Test("GDAL reads date as DateTime in every layer, whether it holds dates, date-times or both",
          arguments: [["2022-09-13", "2022-09-14"], ["2022-09-13T00:05", "2022-09-14T10:00:30"], ["2022-09-13", "2022-09-13T00:05+04:00"]])
    func dateTimeEverywhere(dates: [String]) throws {
        let (out, outcome) = try build(dates.enumerated().map { "r\($0.offset),\($0.element),Goris,Armenia" })
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try fieldType(out + "/armenia.geojson", "date") == "DateTime")
        #expect(try fieldType(out + "/incidents.gpkg", "date", layer: "armenia") == "DateTime")
        #expect(try fieldType(out + "/armenia.geojson", "date_precision") == "String")
        #expect(try fieldType(out + "/armenia.geojson", "contested") == "Integer(Boolean)")
        #expect(try fieldType(out + "/incidents.gpkg", "contested", layer: "armenia") == "Integer(Boolean)")
    }

    @Test("A layer without any dated claim is DateTime in the GeoPackage; GDAL reads its all-null GeoJSON column as String")
    func undatedLayer() throws {
        let (out, outcome) = try build(["r1,,Goris,Armenia", "r2,,Kapan,Armenia"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try fieldType(out + "/incidents.gpkg", "date", layer: "armenia") == "DateTime")
        #expect(try fieldType(out + "/armenia.geojson", "date") == "String")
    }

    @Test("The source's precision and UTC offset are kept beside the local date-time")
    func precisionAndOffset() throws {
        let (out, _) = try build(["r1,2022-09-13,Goris,Armenia", "r2,2022-09-13T00:05+04:00,Kapan,Armenia"])
        let text = try Fixtures.text(out + "/armenia.geojson")
        #expect(text.contains(#""date": "2022-09-13T00:00:00", "date_precision": "day", "utc_offset": null"#), "\(text)")
        #expect(text.contains(#""date": "2022-09-13T00:05:00", "date_precision": "minute", "utc_offset": "+04:00""#), "\(text)")
    }

    @Test("--from and --to keep the claims of those days, leave out the undated, and say how many they left out")
    func range() throws {
        let rows = ["r1,2022-09-11,Goris,Armenia", "r2,2022-09-12,Goris,Armenia", "r3,2022-09-14T23:59,Kapan,Armenia",
                    "r4,2022-09-15,Goris,Armenia", "r5,,Jermuk,Armenia"]
        let (out, outcome) = try build(rows, ["--from", "2022-09-12", "--to", "2022-09-14"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("armenia.geojson: 2 features claimed by Armenia"), "\(outcome.stdout)")
        #expect(outcome.stderr == """
            incident-map: warning: 2 records dated outside from 2022-09-12 to 2022-09-14 left out
            incident-map: warning: 1 undated record left out (--from and --to keep dated claims only)

            """)
        let text = try Fixtures.text(out + "/armenia.geojson")
        #expect(text.contains("\"r2\"") && text.contains("\"r3\"") && !text.contains("\"r1\"") && !text.contains("\"r5\""))
    }

    @Test("A range that keeps nothing writes nothing and keeps the previous layers")
    func emptyRange() throws {
        let (out, first) = try build(["r1,2022-09-11,Goris,Armenia"])
        #expect(first.status == 0)
        let before = try Fixtures.text(out + "/armenia.geojson")
        let input = (out as NSString).deletingLastPathComponent + "/claims.csv"
        let outcome = try Tool.incidentMap(["build", input, "--out", out, "--from", "2022-09-12"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: no claim dated from 2022-09-12; nothing written, the previous layers are kept\n")
        #expect(try Fixtures.text(out + "/armenia.geojson") == before)
    }

    @Test("--from after --to is a usage error")
    func reversedRange() throws {
        let (_, outcome) = try build(["r1,2022-09-11,Goris,Armenia"], ["--from", "2022-09-14", "--to", "2022-09-12"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--from 2022-09-14 is after --to 2022-09-12"), "\(outcome.stderr)")
    }

    @Test("map without --published warns that relative dates are left out")
    func mapWithoutPublished() throws {
        let folder = try Fixtures.temporaryDirectory()
        let outcome = try Tool.incidentMap(["map", "Examples/articles/baku-statement.txt", "--out", folder + "/out"])
        #expect(outcome.stderr.hasPrefix("incident-map: warning: without --published, relative dates"), "\(outcome.stderr)")
        let dated = try Tool.incidentMap(["map", "Examples/articles/baku-statement.txt", "--out", folder + "/out2", "--published", "2022-09-13"])
        #expect(!dated.stderr.contains("--published"), "\(dated.stderr)")
    }
}

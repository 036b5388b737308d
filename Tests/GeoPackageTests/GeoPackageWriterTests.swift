import Foundation
import GeoPackage
import Layers
import Projection
import Testing

@Suite("GeoPackage writer")
struct GeoPackageWriterTests {
    static let qml = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.22.0\"/>\n"

    private func layer(crs: CRSInfo) -> Layer {
        let projected = !crs.isGeographic
        return Layer(name: "Armenia", crs: crs, features: [
            Feature(id: "am-05", point: projected ? XY(x: 615_339.987, y: 4_374_356.783) : XY(x: 46.34168, y: 39.51111), properties: [
                ("id", .string("am-05")), ("accused", .string("Azerbaijan")), ("geonameid", .integer(174_895)),
                ("score", .number(0.95, decimals: 3)), ("mentions", .integer(2)),
            ]),
            Feature(id: "am-06", point: projected ? XY(x: 621_000, y: 4_341_000.5) : XY(x: 46.40678, y: 39.20762), properties: [
                ("id", .string("am-06")), ("accused", .null), ("geonameid", .null), ("score", .null), ("mentions", .integer(1)),
            ]),
        ])
    }

    /// Writes a GeoPackage of the Armenia layer in `crs` (and its zones,
    /// when `zones`) to a temporary file and returns its path.
    private func write(crs definition: String = "EPSG:4326") throws -> String {
        let crs = try Transformer(to: definition).target
        let wgs84 = try Transformer(to: "EPSG:4326").target
        let bytes = try GeoPackageWriter.encode([GeoPackageWriter.Table(name: "armenia", layer: layer(crs: crs), qml: Self.qml)], crs: crs, wgs84: wgs84)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gpkg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("incidents.gpkg").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func query(_ path: String, _ sql: String) throws -> [[SQLValue]] {
        try SQLiteDatabase(readingFrom: path).query(sql)
    }

    @Test func theFileIsMarkedAsAGeoPackage13() throws {
        let path = try write()
        #expect(try query(path, "PRAGMA application_id") == [[.integer(0x4750_4B47)]])
        #expect(try query(path, "PRAGMA user_version") == [[.integer(10300)]])
        let header = try #require(FileManager.default.contents(atPath: path)).prefix(16)
        #expect(String(decoding: header, as: UTF8.self) == "SQLite format 3\0")
    }

    @Test func theSpatialReferenceTableHasTheRequiredRowsAndTheOutputCRSAsWKT() throws {
        let path = try write(crs: "EPSG:32638")
        let rows = try query(path, "SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys ORDER BY srs_id")
        #expect(rows == [
            [.integer(-1), .text("NONE"), .integer(-1)], [.integer(0), .text("NONE"), .integer(0)],
            [.integer(4326), .text("EPSG"), .integer(4326)], [.integer(32638), .text("EPSG"), .integer(32638)],
        ])
        let definition = try query(path, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 32638")
        guard case .text(let wkt)? = definition.first?.first else { Issue.record("no definition"); return }
        #expect(wkt.hasPrefix("PROJCS[\"WGS 84 / UTM zone 38N\""))
    }

    @Test func contentsListTheTableWithItsExtentAndCRS() throws {
        let path = try write(crs: "EPSG:32638")
        let rows = try query(path, "SELECT table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE data_type = 'features'")
        #expect(rows == [[.text("armenia"), .text("features"), .text("Armenia"),
                          .real(615_339.987), .real(4_341_000.5), .real(621_000), .real(4_374_356.783), .integer(32638)]])
    }

    @Test func theGeometryColumnIsRegistered() throws {
        let rows = try query(try write(), "SELECT table_name, column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns")
        #expect(rows == [[.text("armenia"), .text("geom"), .text("POINT"), .integer(4326), .integer(0), .integer(0)]])
    }

    @Test func theColumnsHaveTheTypesOfTheProperties() throws {
        let rows = try query(try write(), "SELECT name, type FROM pragma_table_info('armenia') ORDER BY cid")
        #expect(rows == [
            [.text("fid"), .text("INTEGER")], [.text("geom"), .text("POINT")], [.text("id"), .text("TEXT")],
            [.text("accused"), .text("TEXT")], [.text("geonameid"), .text("INTEGER")], [.text("score"), .text("REAL")],
            [.text("mentions"), .text("INTEGER")],
        ])
    }

    @Test func theValuesAreThoseOfTheGeoJSONNullsIncluded() throws {
        let rows = try query(try write(), "SELECT id, accused, geonameid, score, mentions FROM armenia ORDER BY fid")
        #expect(rows == [
            [.text("am-05"), .text("Azerbaijan"), .integer(174_895), .real(0.95), .integer(2)],
            [.text("am-06"), .null, .null, .null, .integer(1)],
        ])
    }

    @Test func projectedCoordinatesAreRoundedLikeTheGeoJSON() throws {
        let rows = try query(try write(crs: "EPSG:32638"), "SELECT geom FROM armenia WHERE fid = 1")
        guard case .blob(let blob)? = rows.first?.first else { Issue.record("no geometry"); return }
        #expect(blob == GeometryBlob.encode(.point(XY(x: 615_339.99, y: 4_374_356.78)), srsID: 32638))
    }

    @Test func theSpatialIndexHoldsEveryFeatureAndIsRegistered() throws {
        let path = try write()
        #expect(try query(path, "SELECT count(*) FROM rtree_armenia_geom") == [[.integer(2)]])
        let extension_ = try query(path, "SELECT table_name, column_name, extension_name, scope FROM gpkg_extensions")
        #expect(extension_ == [[.text("armenia"), .text("geom"), .text("gpkg_rtree_index"), .text("write-only")]])
        let triggers = try query(path, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").compactMap(\.first)
        #expect(triggers == ["delete", "insert", "update1", "update2", "update3", "update4"].map { .text("rtree_armenia_geom_" + $0) })
    }

    @Test func eachTableHasItsStyleAsTheDefault() throws {
        let rows = try query(try write(), "SELECT f_table_name, f_geometry_column, styleQML, useAsDefault FROM layer_styles")
        #expect(rows == [[.text("armenia"), .text("geom"), .text(Self.qml), .integer(1)]])
    }

    @Test func theSameLayersGiveTheSameBytes() throws {
        let first = try #require(FileManager.default.contents(atPath: try write(crs: "EPSG:32638")))
        let second = try #require(FileManager.default.contents(atPath: try write(crs: "EPSG:32638")))
        #expect(first == second)
    }

    @Test func aPropertyNamedLikeTheGeometryColumnIsRefused() throws {
        let crs = try Transformer(to: "EPSG:4326").target
        let layer = Layer(name: "A", crs: crs, features: [Feature(id: "1", point: XY(x: 45, y: 40), properties: [("geom", .string("x"))])])
        #expect(throws: GeoPackageError.self) {
            try GeoPackageWriter.encode([GeoPackageWriter.Table(name: "a", layer: layer, qml: nil)], crs: crs, wgs84: crs)
        }
    }

    @Test func ogrinfoOpensItWithoutAWarning() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/ogrinfo"), "/usr/bin/ogrinfo is not installed")
        let path = try write(crs: "EPSG:32638")
        let (status, stdout, stderr) = try Self.run("/usr/bin/ogrinfo", ["-ro", "-so", path, "armenia"])
        #expect(status == 0)
        #expect(stderr.isEmpty, "ogrinfo warned: \(stderr)")
        #expect(stdout.contains("Feature Count: 2"), "\(stdout)")
        #expect(stdout.contains("ID[\"EPSG\",32638]"), "\(stdout)")
        #expect(stdout.contains("geonameid: Integer64"), "\(stdout)")
        #expect(stdout.contains("score: Real"), "\(stdout)")
    }

    @Test func gdalsGeoPackageValidatorFindsNothingWrong() throws {
        let validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
        try #require(FileManager.default.fileExists(atPath: validator), "python3-gdal's validate_gpkg.py is not installed")
        let (status, stdout, stderr) = try Self.run("/usr/bin/python3", [validator, try write(crs: "EPSG:32638")])
        #expect(status == 0, "\(stdout)\(stderr)")
        #expect(stdout.isEmpty && stderr.isEmpty, "\(stdout)\(stderr)")
    }

    /// Runs a program; returns its exit status, standard output and standard error.
    static func run(_ program: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gpkg-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let text = { (url: URL) in String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self) }
        return (process.terminationStatus, text(out), text(err))
    }
}

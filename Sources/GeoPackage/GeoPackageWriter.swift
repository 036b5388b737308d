import Layers
import Projection

/// Writes layers as one GeoPackage 1.3 file (`incidents.gpkg`): a feature
/// table per layer with the same fields and types as the GeoJSON, its
/// geometries in the output CRS with envelopes, an R-tree spatial index per
/// table, and QGIS's `layer_styles` table holding each table's style as its
/// default, so QGIS draws the layers as intended on load.
///
/// The database is built in memory and returned as the bytes of the file,
/// so that the caller writes it like every other output: to a temporary
/// file renamed over the old one. The bytes are the same for the same
/// layers: every timestamp is ``timestamp``.
public enum GeoPackageWriter {
    /// One table to write: its name, the layer, and the QML of its default style.
    public struct Table: Sendable {
        /// The table name (the layer's file stem: `armenia`).
        public var name: String
        /// The features, in the layer's CRS.
        public var layer: Layer
        /// The style QGIS applies on load; `nil` for none.
        public var qml: String?

        /// Creates a table description.
        public init(name: String, layer: Layer, qml: String?) {
            self.name = name
            self.layer = layer
            self.qml = qml
        }
    }

    /// `GPKG` as a big-endian integer: SQLite's `application_id` for GeoPackages.
    public static let applicationID: Int32 = 0x4750_4B47
    /// GeoPackage 1.3.0 as `user_version` writes it.
    public static let userVersion: Int32 = 10300
    /// The geometry column of every feature table.
    public static let geometryColumn = "geom"
    /// The primary key column of every feature table.
    public static let idColumn = "fid"
    /// The one time written wherever the format asks for a change time, so
    /// that the same layers give the same bytes.
    public static let timestamp = "1970-01-01T00:00:00.000Z"

    /// The bytes of a GeoPackage holding `tables`, all in `crs`; `wgs84` is
    /// PROJ's description of EPSG:4326, whose row every GeoPackage carries.
    public static func encode(_ tables: [Table], crs: CRSInfo, wgs84: CRSInfo) throws(GeoPackageError) -> [UInt8] {
        let database = try SQLiteDatabase()
        try database.execute("PRAGMA application_id = \(applicationID); PRAGMA user_version = \(userVersion); BEGIN")
        try database.execute(GeoPackageSchema.coreTables)
        let srsID = try insertSpatialReferences(crs: crs, wgs84: wgs84, into: database)
        for table in tables {
            try write(table, srsID: srsID, into: database)
        }
        try writeStyles(tables, into: database)
        try database.execute("COMMIT")
        return try database.serialized()
    }

    /// The SRS id of `crs`: its EPSG code, or 100000 for a CRS without one.
    static func srsID(of crs: CRSInfo) -> Int32 {
        if crs.authority == "EPSG", let code = crs.code.flatMap({ Int32($0) }) { return code }
        return 100_000
    }

    private static func insertSpatialReferences(crs: CRSInfo, wgs84: CRSInfo, into database: SQLiteDatabase) throws(GeoPackageError) -> Int32 {
        var rows: [[SQLValue]] = [
            [.text("Undefined cartesian SRS"), .integer(-1), .text("NONE"), .integer(-1), .text("undefined"), .text("undefined cartesian coordinate reference system")],
            [.text("Undefined geographic SRS"), .integer(0), .text("NONE"), .integer(0), .text("undefined"), .text("undefined geographic coordinate reference system")],
            [.text("WGS 84 geodetic"), .integer(4326), .text("EPSG"), .integer(4326), .text(wgs84.wkt1 ?? wgs84.wkt),
             .text("longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")],
        ]
        let id = srsID(of: crs)
        if id != 4326 {
            let organization = id == 100_000 ? "NONE" : "EPSG"
            rows.append([.text(crs.name), .integer(Int64(id)), .text(organization), .integer(Int64(id)), .text(crs.wkt1 ?? crs.wkt), .text(crs.definition)])
        }
        try database.run(
            "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
            rows: rows)
        return id
    }

    private static func write(_ table: Table, srsID: Int32, into database: SQLiteDatabase) throws(GeoPackageError) {
        let fields = table.layer.fields
        if let clash = fields.first(where: { [idColumn, geometryColumn].contains($0.name.lowercased()) }) {
            throw GeoPackageError(subject: table.name, message: "the property \"\(clash.name)\" has the name of a GeoPackage column")
        }
        let name = GeoPackageSchema.quoted(table.name)
        let columns = fields.map { GeoPackageSchema.quoted($0.name) + " " + $0.type.sqlName }
        let geometryType = table.layer.features.first.map { GeometryBlob.typeName(of: $0.geometry) } ?? "GEOMETRY"
        try database.execute(
            "CREATE TABLE \(name) (\(idColumn) INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \(geometryColumn) \(geometryType)"
                + columns.map { ", " + $0 }.joined() + ")")
        let placeholders = Array(repeating: "?", count: fields.count + 2).joined(separator: ", ")
        let names = [idColumn, geometryColumn].joined(separator: ", ") + fields.map { ", " + GeoPackageSchema.quoted($0.name) }.joined()
        let decimals = table.layer.coordinateDecimals
        try database.run("INSERT INTO \(name) (\(names)) VALUES (\(placeholders))", rows: table.layer.features.enumerated().map { index, feature in
            [.integer(Int64(index + 1)), .blob(GeometryBlob.encode(rounded(feature.geometry, decimals: decimals), srsID: srsID))]
                + fields.map { field in sqlValue(feature.value(of: field.name) ?? .null) }
        })
        let box = table.layer.boundingBox
        try database.run(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id) "
                + "VALUES (?, 'features', ?, '', ?, ?, ?, ?, ?, ?)",
            rows: [[.text(table.name), .text(table.layer.name), .text(timestamp),
                    box.map { .real($0.minX) } ?? .null, box.map { .real($0.minY) } ?? .null,
                    box.map { .real($0.maxX) } ?? .null, box.map { .real($0.maxY) } ?? .null, .integer(Int64(srsID))]])
        try database.run(
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)",
            rows: [[.text(table.name), .text(geometryColumn), .text(geometryType), .integer(Int64(srsID))]])
        try writeSpatialIndex(table, into: database)
    }

    /// The R-tree extension: the virtual table filled from the envelopes,
    /// then the triggers that keep it current when another program edits
    /// the table (they call the `ST_` functions GeoPackage readers such as
    /// GDAL provide, so they are created only after our own inserts).
    private static func writeSpatialIndex(_ table: Table, into database: SQLiteDatabase) throws(GeoPackageError) {
        let rtree = GeoPackageSchema.quoted("rtree_\(table.name)_\(geometryColumn)")
        try database.execute("CREATE VIRTUAL TABLE \(rtree) USING rtree(id, minx, maxx, miny, maxy)")
        try database.run("INSERT INTO \(rtree) (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)", rows: table.layer.features.enumerated().map { index, feature in
            let box = BoundingBox(feature.geometry.positions)!
            return [.integer(Int64(index + 1)), .real(box.minX), .real(box.maxX), .real(box.minY), .real(box.maxY)]
        })
        try database.execute(GeoPackageSchema.rtreeTriggers(table: table.name, column: geometryColumn, id: idColumn))
        try database.run(
            "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES (?, ?, 'gpkg_rtree_index', ?, 'write-only')",
            rows: [[.text(table.name), .text(geometryColumn), .text("http://www.geopackage.org/spec120/#extension_rtree")]])
    }

    /// QGIS's `layer_styles` table, registered as an attributes table as QGIS does.
    private static func writeStyles(_ tables: [Table], into database: SQLiteDatabase) throws(GeoPackageError) {
        let styled = tables.filter { $0.qml != nil }
        guard !styled.isEmpty else { return }
        try database.execute(GeoPackageSchema.layerStyles)
        try database.run(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)",
            rows: [[.text(timestamp)]])
        try database.run(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD, "
                + "useAsDefault, description, owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
            rows: styled.map { table in
                [.text(table.name), .text(geometryColumn), .text(table.name), .text(table.qml!),
                 .text("written by incident-map"), .text(timestamp)]
            })
    }

    /// The value as the GeoJSON writes it: reals rounded to the same
    /// decimals; date-times with milliseconds, as GDAL writes a local time.
    private static func sqlValue(_ value: PropertyValue) -> SQLValue {
        switch value {
        case .null: .null
        case .string(let text): .text(text)
        case .integer(let number): .integer(Int64(number))
        case .number(let number, let decimals): .real(NumberFormat.rounded(number, decimals: decimals))
        case .boolean(let truth): .integer(truth ? 1 : 0)
        case .dateTime(let text): .text(text.contains(".") ? text : text + ".000")
        }
    }

    /// `geometry` with the coordinates the GeoJSON of the layer holds.
    private static func rounded(_ geometry: Geometry, decimals: Int) -> Geometry {
        let round = { (p: XY) in XY(x: NumberFormat.rounded(p.x, decimals: decimals), y: NumberFormat.rounded(p.y, decimals: decimals)) }
        switch geometry {
        case .point(let point): return .point(round(point))
        case .polygon(let ring): return .polygon(ring.map(round))
        }
    }
}

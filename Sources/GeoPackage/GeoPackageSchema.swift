/// The SQL that defines a GeoPackage 1.3's required tables, the R-tree
/// triggers of its spatial index extension, and QGIS's style table.
enum GeoPackageSchema {
    /// `gpkg_spatial_ref_sys`, `gpkg_contents`, `gpkg_geometry_columns` and `gpkg_extensions`.
    static let coreTables = """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL PRIMARY KEY,
          organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL,
          definition TEXT NOT NULL,
          description TEXT);
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY,
          data_type TEXT NOT NULL,
          identifier TEXT UNIQUE,
          description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
          srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL,
          m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (
          table_name TEXT,
          column_name TEXT,
          extension_name TEXT NOT NULL,
          definition TEXT NOT NULL,
          scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        """

    /// QGIS's table of layer styles, with the columns QGIS reads and writes.
    static let layerStyles = """
        CREATE TABLE layer_styles (
          id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          f_table_catalog TEXT(256),
          f_table_schema TEXT(256),
          f_table_name TEXT(256),
          f_geometry_column TEXT(256),
          styleName TEXT(30),
          styleQML TEXT,
          styleSLD TEXT,
          useAsDefault BOOLEAN,
          description TEXT,
          owner TEXT(30),
          ui TEXT(30),
          update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))
        """

    /// The six triggers of GeoPackage 1.3's R-tree extension that keep
    /// `rtree_<table>_<column>` in step with inserts, updates and deletes.
    static func rtreeTriggers(table: String, column: String, id: String) -> String {
        let t = quoted(table), c = quoted(column), i = quoted(id)
        let rtree = quoted("rtree_\(table)_\(column)")
        let trigger = { (suffix: String) in quoted("rtree_\(table)_\(column)_\(suffix)") }
        let present = "(NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c)))"
        let absent = "(NEW.\(c) ISNULL OR ST_IsEmpty(NEW.\(c)))"
        let insertNew = "INSERT OR REPLACE INTO \(rtree) VALUES (NEW.\(i), ST_MinX(NEW.\(c)), ST_MaxX(NEW.\(c)), ST_MinY(NEW.\(c)), ST_MaxY(NEW.\(c)));"
        return """
            CREATE TRIGGER \(trigger("insert")) AFTER INSERT ON \(t) WHEN \(present)
            BEGIN \(insertNew) END;
            CREATE TRIGGER \(trigger("update1")) AFTER UPDATE OF \(c) ON \(t) WHEN OLD.\(i) = NEW.\(i) AND \(present)
            BEGIN \(insertNew) END;
            CREATE TRIGGER \(trigger("update2")) AFTER UPDATE OF \(c) ON \(t) WHEN OLD.\(i) = NEW.\(i) AND \(absent)
            BEGIN DELETE FROM \(rtree) WHERE id = OLD.\(i); END;
            CREATE TRIGGER \(trigger("update3")) AFTER UPDATE ON \(t) WHEN OLD.\(i) != NEW.\(i) AND \(present)
            BEGIN DELETE FROM \(rtree) WHERE id = OLD.\(i); \(insertNew) END;
            CREATE TRIGGER \(trigger("update4")) AFTER UPDATE ON \(t) WHEN OLD.\(i) != NEW.\(i) AND \(absent)
            BEGIN DELETE FROM \(rtree) WHERE id IN (OLD.\(i), NEW.\(i)); END;
            CREATE TRIGGER \(trigger("delete")) AFTER DELETE ON \(t) WHEN OLD.\(c) NOT NULL
            BEGIN DELETE FROM \(rtree) WHERE id = OLD.\(i); END;
            """
    }

    /// `name` as an SQL identifier: in double quotes, inner quotes doubled.
    static func quoted(_ name: String) -> String {
        "\"" + name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

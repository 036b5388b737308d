/// A value SQLite stores in one column of one row.
public enum SQLValue: Sendable, Hashable {
    /// No value.
    case null
    /// A 64-bit integer.
    case integer(Int64)
    /// A double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Bytes, such as a GeoPackage geometry.
    case blob([UInt8])
}

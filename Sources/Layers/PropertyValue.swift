/// The value of one feature property. Layers keep the same property names
/// with the same types on every feature (GIS software fixes a column's type
/// from the first features it sees), so a value that is unknown is written
/// as `null`, never left out.
public enum PropertyValue: Sendable, Hashable {
    /// Unknown.
    case null
    /// Text.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A real number written with at most `decimals` decimals.
    case number(Double, decimals: Int)
    /// True or false: a JSON boolean, which GDAL reads as Integer(Boolean),
    /// and a GeoPackage `BOOLEAN` column (0 or 1).
    case boolean(Bool)
    /// A local date-time without offset, `2022-09-13T00:05:00` (see
    /// `IncidentDate.dateTimeText`): a JSON string GDAL reads as DateTime,
    /// and a GeoPackage `DATETIME` column.
    case dateTime(String)

    /// `.string(text)`, or `.null` for `nil`.
    public static func text(_ text: String?) -> PropertyValue {
        text.map(PropertyValue.string) ?? .null
    }
}

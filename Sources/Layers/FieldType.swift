/// The type of a layer's attribute column, as GIS formats store it: the
/// GeoJSON value types that GDAL reads as String, Integer, Real,
/// Integer(Boolean) and DateTime.
public enum FieldType: String, Sendable, CaseIterable {
    /// Text (`PropertyValue.string`): SQL `TEXT`.
    case text
    /// A whole number (`PropertyValue.integer`): SQL `INTEGER`.
    case integer
    /// A real number (`PropertyValue.number`): SQL `REAL`.
    case real
    /// True or false (`PropertyValue.boolean`): SQL `BOOLEAN`.
    case boolean
    /// A date and time (`PropertyValue.dateTime`): SQL `DATETIME`.
    case dateTime

    /// The type of `value`; `nil` for `null`, which has none.
    public init?(_ value: PropertyValue) {
        switch value {
        case .null: return nil
        case .string: self = .text
        case .integer: self = .integer
        case .number: self = .real
        case .boolean: self = .boolean
        case .dateTime: self = .dateTime
        }
    }

    /// The column type a GeoPackage declares: `TEXT`, `INTEGER`, `REAL`, `BOOLEAN`, `DATETIME`.
    public var sqlName: String {
        switch self {
        case .text: "TEXT"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .boolean: "BOOLEAN"
        case .dateTime: "DATETIME"
        }
    }
}

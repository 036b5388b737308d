/// The type of a layer's attribute column, as GIS formats store it: the
/// GeoJSON value types that GDAL reads as String, Integer and Real.
public enum FieldType: String, Sendable, CaseIterable {
    /// Text (`PropertyValue.string`): SQL `TEXT`.
    case text
    /// A whole number (`PropertyValue.integer`): SQL `INTEGER`.
    case integer
    /// A real number (`PropertyValue.number`): SQL `REAL`.
    case real

    /// The type of `value`; `nil` for `null`, which has none.
    public init?(_ value: PropertyValue) {
        switch value {
        case .null: return nil
        case .string: self = .text
        case .integer: self = .integer
        case .number: self = .real
        }
    }

    /// The column type a GeoPackage declares: `TEXT`, `INTEGER`, `REAL`.
    public var sqlName: String {
        switch self {
        case .text: "TEXT"
        case .integer: "INTEGER"
        case .real: "REAL"
        }
    }
}

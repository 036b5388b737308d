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

    /// `.string(text)`, or `.null` for `nil`.
    public static func text(_ text: String?) -> PropertyValue {
        text.map(PropertyValue.string) ?? .null
    }
}

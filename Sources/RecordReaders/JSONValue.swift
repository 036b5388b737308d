/// A parsed JSON value, as ``JSONParser`` makes it.
///
/// Numbers keep their literal text (`1e400`, `46.30`) so that nothing is lost
/// or rounded before validation decides what a field means. Object members
/// keep their order and the line of their key, for error messages.
enum JSONValue {
    case null
    case bool(Bool)
    /// The number exactly as written, already checked against the JSON grammar.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// What the value is, for error messages: "a string", "an object", ….
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of a JSON object.
struct JSONMember {
    /// The key, unescaped.
    var key: String
    /// The value.
    var value: JSONValue
    /// The 1-based line the key is on.
    var line: Int
}

/// One record as a reader found it, before validation: field names mapped to
/// their text, with the place it came from.
///
/// Readers of every format (CSV, JSON, JSON Lines) produce this shape, so
/// validation into an ``Incident`` is written once. JSON numbers and booleans
/// keep their literal text (`46.3`, `true`); JSON `null` and an empty CSV
/// cell are `nil`.
public struct RawRecord: Sendable, Equatable {
    /// Field name → value; `nil` for an empty or null value.
    public var fields: [String: String?]
    /// The file the record came from, as the user named it.
    public var file: String
    /// The 1-based line on which the record starts.
    public var line: Int

    /// Creates a record.
    public init(fields: [String: String?], file: String, line: Int) {
        self.fields = fields
        self.file = file
        self.line = line
    }

    /// The value of `name`, trimmed; `nil` when absent, null or blank.
    public func value(_ name: String) -> String? {
        guard let present = fields[name], let text = present else { return nil }
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An error located at this record.
    public func error(_ message: String) -> InputError {
        InputError(file: file, line: line, message: message)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks;
    /// the string itself (no copy) when it has none, as nearly every cell.
    /// Public because every table read beside the records (the side table)
    /// trims its cells the same way.
    public func trimmingSpaces() -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last else { return self }
        guard isSpace(first) || isSpace(last) else { return self }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }),
              let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: utf8[start...end], as: UTF8.self)
    }
}

/// A gazetteer folder or file that cannot be read, with the file and line
/// at fault, so the user can fix the data.
public struct GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at fault, or the folder.
    public var path: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}

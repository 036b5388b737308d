/// An output folder or file that cannot be written.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder or file.
    public var path: String
    /// What went wrong, with the system's reason.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// SQLite refused to build or read a GeoPackage: the statement and SQLite's reason.
public struct GeoPackageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done (the start of the SQL statement, or the file).
    public var subject: String
    /// SQLite's message.
    public var message: String

    /// Creates an error.
    public init(subject: String, message: String) {
        self.subject = subject
        self.message = message
    }

    /// `cannot write the GeoPackage (subject): message`.
    public var description: String { "cannot write the GeoPackage (\(subject)): \(message)" }
}

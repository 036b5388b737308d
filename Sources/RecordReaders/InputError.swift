/// A problem in an input file, reported to the user as one line:
/// `file:line: problem`.
///
/// Every reader in this module, and the validation of records in
/// `Incidents`, throws this type, so the command line can print it as is
/// and exit with status 1.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (`-` or `<stdin>` for standard input).
    public var file: String
    /// The 1-based physical line the problem is on, or `nil` when it concerns the whole file.
    public var line: Int?
    /// What is wrong, in words a user understands.
    public var message: String

    /// Creates an error for `file`, optionally at `line`.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

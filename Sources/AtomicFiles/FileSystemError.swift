#if canImport(Glibc)
import Glibc
#endif

/// A system call on a file or folder that failed: the path and the
/// system's reason (`strerror`), for a one-line message.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder.
    public var path: String
    /// The `errno` value.
    public var code: Int32

    /// An error for `path` with the system error `code`.
    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// The system's text for ``code``, such as "No space left on device".
    public var reason: String { String(cString: strerror(code)) }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

#if canImport(Glibc)
import Glibc
#endif

/// A new file with an unpredictable name, created in a chosen folder so that
/// it can later be renamed over its final name (`rename` is atomic only
/// within one file system).
///
/// Every file the tool writes (layers, styles, GeoPackage, project, index,
/// cache) starts as one of these. The file is opened with
/// `O_CREAT | O_EXCL | O_NOFOLLOW`, so it is always a file this process has
/// just made: never an existing file, and never the target of a symbolic
/// link someone planted under a guessed name. The name carries 64 random
/// bits from the system's generator, so it cannot be guessed in advance
/// (a name that is taken anyway is skipped and another drawn).
public struct TemporaryFile: Sendable {
    /// The open descriptor, for writing; the caller closes it.
    public let descriptor: Int32
    /// The file's path: `folder/prefix<random>suffix`.
    public let path: String

    /// How many names are tried before giving up (each collision is astronomically unlikely).
    static let attempts = 16

    /// Creates a new file `folder/<prefix><16 hex digits><suffix>` with permissions `mode`.
    ///
    /// - Throws: ``FileSystemError`` with the system's reason when the folder cannot take a new file.
    public static func create(in folder: String, prefix: String, suffix: String = ".tmp", mode: mode_t = 0o644)
        throws(FileSystemError) -> TemporaryFile
    {
        precondition(!prefix.contains("/") && !suffix.contains("/"), "a temporary file name cannot hold a folder")
        var lastError: Int32 = EEXIST
        for _ in 0..<attempts {
            let path = join(folder, prefix + randomTag() + suffix)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return TemporaryFile(descriptor: descriptor, path: path) }
            lastError = errno
            if lastError == EINTR || lastError == EEXIST { continue }
            break
        }
        throw FileSystemError(path: folder, code: lastError)
    }

    /// Sixteen lower-case hex digits from the system's random generator.
    static func randomTag() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `folder/name`, without doubling a trailing slash.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

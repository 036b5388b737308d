/// Why a zip archive, or one of its entries, was refused: every byte of a
/// downloaded archive is treated as hostile, so anything this reader does
/// not expect is an error with a one-line reason, never a guess.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input cannot be read (the system's reason).
    case unreadable(String)
    /// No end-of-central-directory record: not a zip file, or a truncated one.
    case notAZipFile
    /// A structure points outside the file or into another one (what, e.g. "the central directory").
    case damaged(String)
    /// The archive spans several disks (split archives are not read).
    case multiDisk
    /// The archive lists more entries or a bigger directory than ``ZipLimits`` allow.
    case tooManyEntries(Int)
    /// An entry's name is empty, holds a `/`, `\`, `..` or NUL, or is listed twice.
    case unsafeName(String)
    /// An entry is encrypted.
    case encrypted(entry: String)
    /// An entry uses a compression method other than stored (0) or deflate (8).
    case unsupportedMethod(entry: String, method: Int)
    /// An entry states an expansion ratio above ``ZipLimits/maximumRatio``.
    case suspiciousRatio(entry: String, ratio: Int)
    /// An entry unpacks to more bytes than its stated size.
    case largerThanStated(entry: String, size: UInt64)
    /// An entry unpacks to fewer bytes than its stated size, or its compressed data ends early.
    case truncatedEntry(entry: String)
    /// An entry's deflate data is invalid (zlib's reason).
    case badDeflateData(entry: String, reason: String)
    /// An entry's content does not match its CRC-32.
    case checksumMismatch(entry: String)
    /// zlib cannot be loaded or initialised (the reason).
    case zlib(String)

    /// The reason, in one line, without the archive's name (the caller adds it).
    public var description: String {
        switch self {
        case .unreadable(let reason): "cannot be read: \(reason)"
        case .notAZipFile: "not a zip file (no end-of-central-directory record; truncated download?)"
        case .damaged(let what): "damaged zip file: \(what)"
        case .multiDisk: "a zip file split over several disks, which is not supported"
        case .tooManyEntries(let count): "lists \(count) entries, more than a GeoNames download holds"
        case .unsafeName(let name): "holds an entry named \(name.debugDescription), which is not a plain file name"
        case .encrypted(let entry): "\(entry) is encrypted"
        case .unsupportedMethod(let entry, let method): "\(entry) uses compression method \(method) (only stored and deflate are read)"
        case .suspiciousRatio(let entry, let ratio):
            "\(entry) claims to expand \(ratio) times, more than \(ZipLimits.maximumRatio) (a zip bomb?)"
        case .largerThanStated(let entry, let size): "\(entry) unpacks to more than its stated \(size) bytes"
        case .truncatedEntry(let entry): "\(entry) ends before its stated size (truncated or damaged)"
        case .badDeflateData(let entry, let reason): "\(entry) holds invalid deflate data (\(reason))"
        case .checksumMismatch(let entry): "\(entry) does not match its CRC-32 (damaged download?)"
        case .zlib(let reason): "zlib: \(reason)"
        }
    }
}

import AtomicFiles
import HTTPDownload
import PlaceNames
import ZipArchive

/// Why `gazetteer fetch` stopped. Whatever the reason, no file of the
/// folder was replaced by a bad one: a download left unfinished stays
/// beside them to be resumed, and a file that failed its checks is deleted.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The mirror is neither an http(s) or file URL nor a path.
    case mirror(String)
    /// The folder cannot be made, locked or written (the system's reason).
    case folder(FileSystemError)
    /// Another process holds the folder's lock.
    case busy(folder: String)
    /// A download failed.
    case download(DownloadError)
    /// A downloaded zip file was refused.
    case archive(name: String, ZipError)
    /// A zip file lacks the file it should hold.
    case missingEntry(archive: String, entry: String, found: [String])
    /// A downloaded file is not in the GeoNames format it should be in.
    case content(name: String, GazetteerError)
    /// The folder cannot be indexed.
    case index(GazetteerError)

    /// One line, naming the file or URL at fault.
    public var description: String {
        switch self {
        case .mirror(let given): "--mirror \(given): give an http://, https:// or file:// URL, or a folder"
        case .folder(let error): "\(error)"
        case .busy(let folder): "\(folder): another incident-map command is writing this folder; try again when it has finished"
        case .download(let error): error.description
        case .archive(let name, let error): "\(name): \(error)"
        case .missingEntry(let archive, let entry, let found):
            "\(archive): holds no \(entry) (it holds \(found.isEmpty ? "nothing" : found.joined(separator: ", ")))"
        case .content(let name, let error): "\(name)\(error.line.map { ":\($0)" } ?? ""): \(error.message)"
        case .index(let error): error.description
        }
    }
}

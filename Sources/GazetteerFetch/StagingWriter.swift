import AtomicFiles
#if canImport(Glibc)
import Glibc
#endif

/// Writes an unpacked file into a new hidden file of the folder,
/// `.incident-map-NAME.<random>.tmp` (``TemporaryFile``), which the folder
/// scan never reads. It owns the descriptor and closes it in `deinit`.
final class StagingWriter {
    /// The hidden file.
    let path: String
    /// The name it will be installed under.
    let name: String
    private var descriptor: Int32

    /// The prefix of the hidden files of `name`.
    static func prefix(of name: String) -> String { ".incident-map-\(name)." }
    static let suffix = ".tmp"

    /// A new hidden file in `folder` for `name`.
    init(folder: String, name: String) throws(FetchError) {
        do {
            let file = try TemporaryFile.create(in: folder, prefix: Self.prefix(of: name), suffix: Self.suffix)
            path = file.path
            descriptor = file.descriptor
        } catch {
            throw .folder(error)
        }
        self.name = name
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws(FetchError) {
        if let code = FileWriting.writeAll(bytes, to: descriptor) { throw .folder(FileSystemError(path: path, code: code)) }
    }

    /// Appends `bytes`.
    func write(_ bytes: ArraySlice<UInt8>) throws(FetchError) {
        let descriptor = self.descriptor
        if let code = bytes.withUnsafeBytes({ FileWriting.writeAll($0, to: descriptor) }) {
            throw .folder(FileSystemError(path: path, code: code))
        }
    }

    /// Flushes the file to disk and closes it.
    func finish() throws(FetchError) {
        let failure = FileWriting.syncAndClose(descriptor)
        descriptor = -1
        if let failure { throw .folder(FileSystemError(path: path, code: failure)) }
    }
}

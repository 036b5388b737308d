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
        if let code = writeAll(bytes) { throw .folder(FileSystemError(path: path, code: code)) }
    }

    /// Appends `bytes`.
    func write(_ bytes: ArraySlice<UInt8>) throws(FetchError) {
        if let code = bytes.withUnsafeBytes(writeAll) { throw .folder(FileSystemError(path: path, code: code)) }
    }

    /// Writes all of `bytes`; the system's error code if it refuses.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        var done = 0
        while done < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return errno }
            done += written
        }
        return nil
    }

    /// Flushes the file to disk and closes it.
    func finish() throws(FetchError) {
        let synced = fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        descriptor = -1
        guard synced else { throw .folder(FileSystemError(path: path, code: code)) }
    }
}

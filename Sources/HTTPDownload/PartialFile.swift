import AtomicFiles
#if canImport(Glibc)
import Glibc
#endif

/// The file a download is written into before it is complete:
/// `.incident-map-NAME.<16 random hex digits>.part` in the target folder,
/// created by ``TemporaryFile`` (never an existing file, never through a
/// link). An interrupted download leaves it behind, and the next download
/// of the same name finds it and goes on from its end. It owns its file
/// descriptor and closes it in `deinit`.
final class PartialFile {
    /// The file's path.
    let path: String
    /// Its length: where the next byte goes.
    private(set) var size: Int64
    private var descriptor: Int32

    /// The prefix and suffix of the partial file of a download called `name`.
    static func affixes(of name: String) -> (prefix: String, suffix: String) {
        (".incident-map-\(name).", ".part")
    }

    /// The partial file of `name` left in `folder` by an earlier download,
    /// if one is there (a regular file of this user), else a new one.
    static func open(in folder: String, name: String) throws(FileSystemError) -> PartialFile {
        if let found = leftOver(in: folder, name: name) { return found }
        let (prefix, suffix) = affixes(of: name)
        let file = try TemporaryFile.create(in: folder, prefix: prefix, suffix: suffix)
        return PartialFile(path: file.path, descriptor: file.descriptor, size: 0)
    }

    private init(path: String, descriptor: Int32, size: Int64) {
        self.path = path
        self.descriptor = descriptor
        self.size = size
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The longest partial file of `name` in `folder` that this user made;
    /// the others, which no download can use any more, are removed.
    private static func leftOver(in folder: String, name: String) -> PartialFile? {
        let (prefix, suffix) = affixes(of: name)
        guard let directory = opendir(folder) else { return nil }
        var candidates: [String] = []
        while let entry = readdir(directory) {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if file.hasPrefix(prefix), file.hasSuffix(suffix), file.count == prefix.count + 16 + suffix.count {
                candidates.append(TemporaryFile.join(folder, file))
            }
        }
        closedir(directory)
        let opened = candidates.compactMap(openExisting).sorted { $0.size > $1.size }
        for extra in opened.dropFirst() { extra.remove() }
        return opened.first
    }

    /// The partial file at `path`, opened for appending without following a link, if it is a regular file of this user.
    private static func openExisting(_ path: String) -> PartialFile? {
        let descriptor = Glibc.open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(),
              lseek(descriptor, 0, SEEK_END) == info.st_size else {
            close(descriptor)
            return nil
        }
        return PartialFile(path: path, descriptor: descriptor, size: Int64(info.st_size))
    }

    /// Appends `bytes`; `nil` when done, else the system's error code.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        if let failure = FileWriting.writeAll(bytes, to: descriptor) { return failure }
        size += Int64(bytes.count)
        return nil
    }

    /// Empties the file, to start the download again from its first byte.
    func restart() -> Bool {
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else { return false }
        size = 0
        return true
    }

    /// Flushes the file to disk and closes it.
    func finish() throws(FileSystemError) {
        let failure = FileWriting.syncAndClose(descriptor)
        descriptor = -1
        if let failure { throw FileSystemError(path: path, code: failure) }
    }

    /// Closes and deletes the file.
    func remove() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(path)
    }
}

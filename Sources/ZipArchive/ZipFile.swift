#if canImport(Glibc)
import Glibc
#endif

/// A zip archive on disk, read with `pread` so that only the parts asked
/// for are in memory. It owns its file descriptor and closes it in `deinit`.
public final class ZipFile: ZipInput {
    private let descriptor: Int32
    /// The file's size when it was opened.
    public let count: UInt64

    /// Opens the regular file at `path` for reading, without following a symbolic link.
    public init(path: String) throws(ZipError) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .unreadable("not a regular file")
        }
        self.descriptor = descriptor
        self.count = UInt64(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// The bytes `offset ..< offset + length`; fails if the file is shorter.
    public func read(at offset: UInt64, length: Int) throws(ZipError) -> [UInt8] {
        guard offset <= count, UInt64(length) <= count - offset else { throw .damaged("a read past the end") }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let result = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset) + off_t(done))
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw .unreadable(result == 0 ? "the file became shorter" : String(cString: strerror(errno))) }
            done += result
        }
        return bytes
    }
}

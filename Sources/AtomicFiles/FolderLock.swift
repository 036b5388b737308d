#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on a folder the tool writes into, held while
/// one `build` (or one `gazetteer index`) replaces the files there, so two
/// runs into the same folder wait for each other instead of interleaving
/// their renames.
///
/// The lock is taken on the hidden file ``fileName`` in the folder, made
/// when missing and left in place afterwards (removing it would let a
/// third run lock a different file of the same name). It is opened without
/// following a symbolic link and without blocking, and must be a regular
/// file. The lock is released when the value is deinitialised, and by the
/// kernel if the process dies.
public final class FolderLock {
    /// The lock file's name inside a locked folder.
    public static let fileName = ".incident-map.lock"

    private let descriptor: Int32
    /// The locked folder.
    public let folder: String

    /// Why a lock could not be taken.
    public enum Failure: Error, Sendable, Equatable {
        /// Another process held the lock for the whole wait.
        case busy
        /// The lock file cannot be created or opened (the system's reason).
        case unusable(FileSystemError)
        /// Something other than a regular file (a folder, a FIFO, a device) has the lock file's name.
        case notARegularFile(path: String)
    }

    /// Locks `folder`, waiting up to `timeout` seconds for another holder to finish.
    public init(folder: String, timeout: Double) throws(Failure) {
        let path = TemporaryFile.join(folder, Self.fileName)
        let descriptor = open(path, O_RDONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unusable(FileSystemError(path: path, code: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .notARegularFile(path: path)
        }
        guard Self.lock(descriptor, timeout: timeout) else {
            close(descriptor)
            throw .busy
        }
        self.descriptor = descriptor
        self.folder = folder
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Tries the lock every 50 ms until `timeout` has passed.
    private static func lock(_ descriptor: Int32, timeout: Double) -> Bool {
        let deadline = now() + max(timeout, 0)
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK || errno == EINTR, now() < deadline else { return false }
            usleep(50_000)
        }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

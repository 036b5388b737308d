#if canImport(Glibc)
import Glibc
#endif

/// Writing through a raw file descriptor, as the files made by
/// ``TemporaryFile`` are written: every byte or the system's error code,
/// and a flush to disk before the file is closed and renamed into place.
public enum FileWriting {
    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted
    /// writes; `nil` when done, else the `errno` of the write that failed.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var done = 0
        while done < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return written == 0 ? EIO : errno }
            done += written
        }
        return nil
    }

    /// Flushes `descriptor` to disk and closes it; `nil` when the flush
    /// succeeded, else its `errno` (the descriptor is closed either way).
    public static func syncAndClose(_ descriptor: Int32) -> Int32? {
        let synced = fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        return synced ? nil : code
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// A completed download: a partial file that holds the whole file now,
/// still under its hidden name in the target folder. Read it, then
/// ``remove()`` it.
public struct DownloadedFile: Sendable, Equatable {
    /// Where it is.
    public var path: String
    /// Its size.
    public var byteCount: Int64
    /// Where this run started downloading: 0, or the size of the partial
    /// file an earlier, interrupted run had left.
    public var resumedFrom: Int64

    /// Deletes the file.
    public func remove() {
        unlink(path)
    }
}

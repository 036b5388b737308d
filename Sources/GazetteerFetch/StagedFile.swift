import AtomicFiles
#if canImport(Glibc)
import Glibc
#endif

/// A file unpacked and checked, waiting under a hidden name in the folder
/// to be renamed over its final name (``install()``), or deleted when the
/// fetch fails (``discard()``).
struct StagedFile: Sendable {
    /// Where it waits.
    var path: String
    /// The name it is installed under.
    var name: String
    /// How many places (or division names) it holds.
    var records: Int

    /// Renames it over `folder/name`: an old file of that name is replaced
    /// at once, never left half-written.
    func install(in folder: String) throws(FetchError) {
        let target = TemporaryFile.join(folder, name)
        guard rename(path, target) == 0 else { throw .folder(FileSystemError(path: target, code: errno)) }
    }

    /// Deletes it.
    func discard() {
        unlink(path)
    }
}

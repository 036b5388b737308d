import AtomicFiles
#if canImport(Glibc)
import Glibc
#endif

/// The hidden files a fetch that was killed while unpacking left in the
/// folder (`.incident-map-TH.txt.<16 hex digits>.tmp`): unused, since the
/// fetch never installed them, and removed by the next one. Only regular
/// files of this user with exactly that form of name for a file the fetch
/// installs are touched; partial downloads (`.part`) are kept, to be resumed.
enum GeoNamesLeftovers {
    /// Removes the leftovers of `names` in `folder`.
    static func remove(in folder: String, names: [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefixes = names.map(StagingWriter.prefix(of:))
        while let entry = readdir(directory) {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard file.hasSuffix(StagingWriter.suffix),
                  prefixes.contains(where: { file.hasPrefix($0) && file.count == $0.count + 16 + StagingWriter.suffix.count })
            else { continue }
            let path = TemporaryFile.join(folder, file)
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid() else { continue }
            unlink(path)
        }
    }
}

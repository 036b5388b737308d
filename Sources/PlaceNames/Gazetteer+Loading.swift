import Foundation
import StableHash

extension Gazetteer {
    /// Reads every data file in `folder` and compiles it, or maps the
    /// compiled copy kept in the user's cache folder when it is up to date.
    ///
    /// Compiling folds every name (through ICU for non-Latin scripts), which
    /// for the bundled gazetteer takes about a fifth of a second; mapping the
    /// cached copy takes well under a millisecond. The cache records the
    /// size and modification time of every source file, so editing or adding
    /// a file recompiles it. The cache is only an accelerator: when it
    /// cannot be written, the gazetteer is compiled in memory each time.
    public static func load(folder: String, useCache: Bool = true) throws(GazetteerError) -> Gazetteer {
        let files = try GazetteerFile.files(in: folder)
        guard files.contains(where: { $0.format != .admin1 }) else {
            throw GazetteerError(path: folder, message: "no gazetteer files (GeoNames .txt or curated .tsv) in this folder")
        }
        let stamp = sourcesStamp(files)
        let cachePath = useCache ? cacheFile(for: folder) : nil
        if let cachePath, let storage = IndexStorage(mapping: cachePath),
           let index = NameIndex(storage: storage), index.sourcesStamp == stamp {
            return Gazetteer(index: index)
        }
        let contents = try GazetteerContents.read(files)
        let bytes = NameIndex.build(places: contents.places, admin1Names: contents.admin1Names, sourcesStamp: stamp)
        if let cachePath { writeAtomically(bytes, to: cachePath) }
        return Gazetteer(index: NameIndex(storage: IndexStorage(bytes: bytes))!)
    }

    /// The path, size and modification time of every source file, one per line.
    static func sourcesStamp(_ files: [GazetteerFile]) -> String {
        files.map { file in
            var info = stat()
            guard stat(file.path, &info) == 0 else { return file.path }
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            return "\(file.path)\t\(info.st_size)\t\(modified)"
        }.joined(separator: "\n")
    }

    /// Where the compiled copy of `folder` is kept: `$INCIDENT_MAP_CACHE_DIR`,
    /// else `$XDG_CACHE_HOME/incident-map`, else `~/.cache/incident-map`.
    static func cacheFile(for folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directory: String
        if let explicit = environment["INCIDENT_MAP_CACHE_DIR"], !explicit.isEmpty {
            directory = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            directory = xdg + "/incident-map"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.cache/incident-map"
        } else {
            return nil
        }
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        return directory + "/gazetteer-" + StableHash.hex(absolute) + ".index"
    }

    private static func writeAtomically(_ bytes: [UInt8], to path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}

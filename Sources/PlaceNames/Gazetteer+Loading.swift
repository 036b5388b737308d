import Foundation
import TerminalProgress
import StableHash

extension Gazetteer {
    /// Loads the gazetteer of `folder`, the quickest way that gives the
    /// current data:
    ///
    /// 1. the folder's own index file (``GazetteerIndex``, written by
    ///    `incident-map gazetteer index`), when it is newer than every
    ///    source file and lists the same files with the same sizes;
    /// 2. otherwise the compiled copy kept in the user's cache folder, when
    ///    it was compiled from these very files (same paths, sizes and
    ///    modification times);
    /// 3. otherwise the text files themselves, read line by line and
    ///    compiled — into the cache when it can be written, so the next
    ///    load takes step 2, else in memory.
    ///
    /// All three give the same ``NameIndex`` bytes, so lookups do not depend
    /// on which was used. Compiling folds every name (through ICU for
    /// non-Latin scripts): about a fifth of a second for the bundled
    /// gazetteer, 20 s for the 1.6 million names of cities500, which is why
    /// large folders should be indexed once with `gazetteer index`; mapping
    /// an index takes well under a millisecond.
    ///
    /// - Parameters:
    ///   - useIndex: whether the folder's index file may be used.
    ///   - useCache: whether the user's cache may be read and written.
    public static func load(folder: String, useIndex: Bool = true, useCache: Bool = true) throws(GazetteerError) -> Gazetteer {
        let files = try GazetteerFile.files(in: folder)
        guard files.contains(where: { $0.format != .admin1 }) else {
            throw GazetteerError(path: folder, message: "no gazetteer files (GeoNames .txt or curated .tsv) in this folder")
        }
        if useIndex, let index = GazetteerIndex.currentIndex(folder: folder, files: files) {
            return Gazetteer(index: index)
        }
        let stamp = sourcesStamp(files)
        let cachePath = useCache ? cacheFile(for: folder) : nil
        if let cachePath, let storage = IndexStorage(mapping: cachePath),
           let index = NameIndex(storage: storage), index.sourcesStamp == stamp {
            return Gazetteer(index: index)
        }
        let cacheDirectory = cachePath.flatMap(makeDirectory(containing:))
        let builder = try compile(files, scratchDirectory: cacheDirectory ?? NSTemporaryDirectory())
        if let cachePath, cacheDirectory != nil,
           (try? IndexFile.write(builder, sourcesStamp: stamp, builtAt: Date().timeIntervalSince1970, to: cachePath)) != nil,
           let storage = IndexStorage(mapping: cachePath), let index = NameIndex(storage: storage) {
            return Gazetteer(index: index)
        }
        var bytes: [UInt8] = []
        try builder.write(sourcesStamp: stamp, builtAt: nil, errorPath: folder) { chunk in
            bytes.append(contentsOf: chunk)
            return true
        }
        guard let index = NameIndex(storage: IndexStorage(bytes: bytes)) else {
            throw GazetteerError(path: folder, message: "the compiled gazetteer is not a valid index")
        }
        return Gazetteer(index: index)
    }

    /// Reads `files` line by line into an index builder that spills into `scratchDirectory`.
    /// `progress` is told of every 4,096 places read.
    static func compile(
        _ files: [GazetteerFile], scratchDirectory: String, memoryBudget: Int = NameIndexBuilder.defaultMemoryBudget,
        progress: ProgressReporter = .silent
    ) throws(GazetteerError) -> NameIndexBuilder {
        let builder = NameIndexBuilder(directory: scratchDirectory, memoryBudget: memoryBudget)
        var count = 0
        try GazetteerFile.forEachPlace(in: files) { place in
            builder.add(place)
            count += 1
            if count & 4095 == 0 { progress.advance(by: 4096) }
        } admin1: { code, name in
            builder.addAdmin1(code: code, name: name)
        }
        return builder
    }

    /// The path, size and modification time of every source file, one per line.
    static func sourcesStamp(_ files: [GazetteerFile]) -> String {
        files.map { file in
            guard let info = FileStatus(path: file.path) else { return file.path }
            return "\(file.path)\t\(info.size)\t\(info.modified)"
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

    /// Creates the folder that will hold `path`; the folder, or `nil` when it cannot be created.
    private static func makeDirectory(containing path: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return nil
        }
        return directory
    }
}

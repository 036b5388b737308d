import Foundation
import TerminalProgress

/// The compiled index of a gazetteer folder, kept next to its sources as
/// `incident-map.index` (``fileName``) so that loading a world-sized
/// gazetteer is mapping one file instead of reading and folding hundreds
/// of megabytes of text.
///
/// `incident-map gazetteer index DIR` writes it (``build(folder:memoryBudget:)``);
/// ``Gazetteer/load(folder:useIndex:useCache:)`` uses it while it is
/// *current*: it lists the same source files (by name) with the same sizes,
/// and its file is at least as new as each of them. Otherwise the tool
/// falls back to the text files (and the user's cache), so a stale index
/// never gives stale answers; it only stops being fast.
///
/// The name ends in `.index`, which the folder scan never takes for a
/// source file (it reads `*.txt` and `*.tsv` only). The file is derived
/// data: rebuild it rather than commit it.
public enum GazetteerIndex {
    /// The name of the index file in a gazetteer folder.
    public static let fileName = "incident-map.index"

    /// Whether a folder's index can be used.
    public enum Status: Sendable, Equatable {
        /// It was built from the folder's current files.
        case current
        /// A source file changed, appeared or went away since it was built (the reason says which).
        case stale(reason: String)
        /// There is no index file.
        case absent
    }

    /// What an index holds, how big it is and when it was built.
    public struct Summary: Sendable {
        /// The index file.
        public var path: String
        /// Its size in bytes.
        public var byteCount: Int
        /// How many places, names (main and alternate), distinct folded keys and countries it holds.
        public var places: Int, names: Int, distinctKeys: Int, countries: Int
        /// When it was built.
        public var builtAt: Date?
        /// Whether it is current.
        public var status: Status
    }

    /// The path of the index file of `folder`.
    public static func path(in folder: String) -> String {
        folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
    }

    /// Compiles the source files of `folder` into its index file, reading
    /// them line by line and keeping about `memoryBudget` bytes of sort
    /// buffers in memory (the rest spills into temporary files in the folder).
    /// `progress` counts the places read, then the bytes of the index written.
    @discardableResult
    public static func build(
        folder: String, memoryBudget: Int = 64 << 20, progress: ProgressReporter = .silent
    ) throws(GazetteerError) -> Summary {
        let files = try GazetteerFile.files(in: folder)
        guard files.contains(where: { $0.format != .admin1 }) else {
            throw GazetteerError(path: folder, message: "no gazetteer files (GeoNames .txt or curated .tsv) in this folder")
        }
        let stamp = sourcesStamp(files)
        progress.start("indexing \(folder)", unit: .items("places"))
        let builder = try Gazetteer.compile(files, scratchDirectory: folder, memoryBudget: memoryBudget, progress: progress)
        let builtAt = Date()
        let target = path(in: folder)
        progress.start("writing \(fileName)", unit: .bytes)
        defer { progress.finish() }
        let (info, byteCount) = try IndexFile.write(
            builder, sourcesStamp: stamp, builtAt: builtAt.timeIntervalSince1970, to: target, progress: progress)
        return Summary(
            path: target, byteCount: byteCount, places: info.places, names: info.names, distinctKeys: info.distinctKeys,
            countries: info.countries, builtAt: builtAt, status: .current)
    }

    /// The summary of the index of `folder`; `nil` when it has none. A file
    /// that is not an index of this version (written by another version of
    /// the tool) is reported stale, with no counts.
    public static func summary(folder: String) throws(GazetteerError) -> Summary? {
        let files = try GazetteerFile.files(in: folder)
        let target = path(in: folder)
        guard let file = FileStatus(path: target) else { return nil }
        guard let storage = IndexStorage(mapping: target), let index = NameIndex(storage: storage) else {
            return Summary(
                path: target, byteCount: file.size, places: 0, names: 0, distinctKeys: 0, countries: 0, builtAt: nil,
                status: .stale(reason: "not an index of this version of incident-map"))
        }
        let info = index.info
        return Summary(
            path: target, byteCount: storage.count, places: info.places, names: info.names,
            distinctKeys: info.distinctKeys, countries: info.countries,
            builtAt: info.builtAt.map(Date.init(timeIntervalSince1970:)),
            status: status(of: index, at: target, files: files))
    }

    /// The index of `folder` if it is current for `files`.
    static func currentIndex(folder: String, files: [GazetteerFile]) -> NameIndex? {
        let target = path(in: folder)
        guard let storage = IndexStorage(mapping: target), let index = NameIndex(storage: storage),
              status(of: index, at: target, files: files) == .current else { return nil }
        return index
    }

    /// Whether `index`, mapped from `path`, is current for `files`.
    static func status(of index: NameIndex, at path: String, files: [GazetteerFile]) -> Status {
        guard let indexStatus = FileStatus(path: path) else { return .absent }
        var recorded: [String: Int] = [:]
        for line in index.sourcesStamp.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let size = Int(fields[1]) else { continue }
            recorded[String(fields[0])] = size
        }
        let current = Dictionary(files.map { (name(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        let added = current.keys.filter { recorded[$0] == nil }.sorted()
        let removed = recorded.keys.filter { current[$0] == nil }.sorted()
        if !added.isEmpty || !removed.isEmpty {
            let parts = (added.isEmpty ? [] : ["added " + added.joined(separator: ", ")])
                + (removed.isEmpty ? [] : ["removed " + removed.joined(separator: ", ")])
            return .stale(reason: "source files " + parts.joined(separator: "; "))
        }
        for (name, file) in current.sorted(by: { $0.key < $1.key }) {
            guard let source = FileStatus(path: file.path) else { return .stale(reason: "\(name) cannot be read") }
            if source.size != recorded[name] { return .stale(reason: "\(name) changed size") }
            if source.modified > indexStatus.modified { return .stale(reason: "\(name) is newer than the index") }
        }
        return .current
    }

    /// The name, size and modification time of every source file, one per
    /// line: names relative to the folder, so that a moved or copied folder
    /// keeps a usable index.
    static func sourcesStamp(_ files: [GazetteerFile]) -> String {
        files.map { file in
            let status = FileStatus(path: file.path)
            return "\(name(of: file))\t\(status?.size ?? -1)\t\(status?.modified ?? 0)"
        }.joined(separator: "\n")
    }

    private static func name(of file: GazetteerFile) -> String {
        (file.path as NSString).lastPathComponent
    }
}

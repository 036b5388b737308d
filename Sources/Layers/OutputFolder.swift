import Foundation

/// The folder layers are written to, written so that a reader (QGIS, a
/// script) never sees a half-written file and a failed run never destroys
/// the previous output.
///
/// ``replace(with:)`` writes every file to a hidden temporary file in the
/// same folder (named `.incident-map-….tmp`, so QGIS never lists it as a
/// layer), flushes it to disk, and only when all are complete renames each
/// over its final name, which POSIX makes atomic. Files that a previous run
/// wrote but this one does not (a side that no longer has claims) are then
/// removed, as recorded in the hidden manifest `.incident-map-manifest`;
/// files the tool did not write are never touched. Temporary files that an
/// interrupted run left behind are removed at the start of the next.
public struct OutputFolder: Sendable {
    /// The folder.
    public let path: String

    static let temporaryPrefix = ".incident-map-"
    static let manifestName = ".incident-map-manifest"

    /// Opens `path`, creating it (and its parents) when missing.
    ///
    /// - Throws: ``OutputError`` when `path` is a file or cannot be created.
    public init(path: String) throws(OutputError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError(path: path, message: "is a file, not a folder") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: path, message: "cannot create the output folder: \(Self.reason(errno))")
            }
        }
        self.path = path
    }

    /// Writes `files` (plain file names, no folders) atomically, replacing
    /// the previous output of the tool (see ``OutputTransaction``, which
    /// writes files as they are produced).
    public func replace(with files: [(name: String, bytes: [UInt8])]) throws(OutputError) {
        let transaction = OutputTransaction(folder: self)
        for file in files {
            try transaction.write(file.name, bytes: file.bytes)
        }
        try transaction.commit()
    }

    /// Writes the single file `name` atomically (temporary file, then
    /// rename), leaving every other file and the manifest alone: for a file
    /// such as a preview map that another command writes next to the layers.
    public func replaceFile(named name: String, with bytes: [UInt8]) throws(OutputError) {
        precondition(!name.contains("/") && !name.isEmpty, "unsafe file name \(name)")
        let temporary = url(Self.temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))-" + name + ".tmp")
        do {
            let file = try OutputFile(path: temporary, reportingAs: path)
            try file.write(bytes)
            try file.close()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, url(name)) == 0 else {
            let reason = Self.reason(errno)
            unlink(temporary)
            throw OutputError(path: url(name), message: "cannot replace the file: \(reason)")
        }
        syncFolder()
    }

    func url(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    func previousFiles() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: url(Self.manifestName)) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    func removeStaleTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where name.hasPrefix(Self.temporaryPrefix) && name.hasSuffix(".tmp") {
            unlink(url(name))
        }
    }

    func syncFolder() {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

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
    /// the previous output of the tool.
    public func replace(with files: [(name: String, bytes: [UInt8])]) throws(OutputError) {
        for file in files {
            precondition(!file.name.contains("/") && !file.name.hasPrefix(".") && !file.name.isEmpty, "unsafe file name \(file.name)")
        }
        removeStaleTemporaryFiles()
        let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var written: [(temporary: String, final: String)] = []
        do {
            for file in files {
                let temporary = url(Self.temporaryPrefix + tag + "-" + file.name + ".tmp")
                try writeDurably(file.bytes, to: temporary)
                written.append((temporary, url(file.name)))
            }
            let manifest = url(Self.temporaryPrefix + tag + "-manifest.tmp")
            try writeDurably(Array(files.map { $0.name + "\n" }.joined().utf8), to: manifest)
            written.append((manifest, url(Self.manifestName)))
        } catch {
            for file in written { unlink(file.temporary) }
            throw error
        }
        let previous = previousFiles()
        for (i, file) in written.enumerated() where rename(file.temporary, file.final) != 0 {
            let reason = Self.reason(errno)
            for unrenamed in written[i...] { unlink(unrenamed.temporary) }
            throw OutputError(path: file.final, message: "cannot replace the file: \(reason)")
        }
        for stale in previous.subtracting(files.map(\.name)) where !stale.contains("/") && !stale.hasPrefix(".") {
            unlink(url(stale))
        }
        syncFolder()
    }

    private func url(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    private func writeDurably(_ bytes: [UInt8], to file: String) throws(OutputError) {
        // A fresh file, never an existing one or a symbolic link planted under its name.
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: path, message: "cannot write to the output folder: \(Self.reason(errno))")
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason = Self.reason(errno)
                unlink(file)
                throw OutputError(path: path, message: "cannot write to the output folder: \(reason)")
            }
            offset += count
        }
        guard fsync(descriptor) == 0 else {
            let reason = Self.reason(errno)
            unlink(file)
            throw OutputError(path: path, message: "cannot write to the output folder: \(reason)")
        }
    }

    private func previousFiles() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: url(Self.manifestName)) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    private func removeStaleTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where name.hasPrefix(Self.temporaryPrefix) && name.hasSuffix(".tmp") {
            unlink(url(name))
        }
    }

    private func syncFolder() {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

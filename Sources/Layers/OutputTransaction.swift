import Foundation

/// One build's files on their way into an ``OutputFolder``: each is written
/// to a hidden temporary file in the folder as it is produced (so a layer
/// of a million features never has to be held in memory), and only
/// ``commit()`` renames them all over the previous files. A transaction
/// that is not committed — an error, a crash — leaves the previous files
/// as they were; its temporary files are removed when it ends, or by the
/// next run if the process was killed.
public final class OutputTransaction {
    private let folder: OutputFolder
    private let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    private var files: [(temporary: String, name: String)] = []
    private var committed = false

    /// Starts replacing the output of `folder`, clearing what interrupted runs left behind.
    public init(folder: OutputFolder) {
        self.folder = folder
        folder.removeStaleTemporaryFiles()
    }

    deinit {
        if !committed {
            for file in files { unlink(file.temporary) }
        }
    }

    /// Opens the file `name` (a plain file name) for writing; it replaces the old one at ``commit()``.
    public func open(_ name: String) throws(OutputError) -> OutputFile {
        precondition(!name.contains("/") && !name.hasPrefix(".") && !name.isEmpty, "unsafe file name \(name)")
        precondition(!files.contains { $0.name == name }, "\(name) written twice")
        let temporary = folder.url(OutputFolder.temporaryPrefix + tag + "-" + name + ".tmp")
        let file = try OutputFile(path: temporary, reportingAs: folder.path)
        files.append((temporary, name))
        return file
    }

    /// Writes the whole file `name` at once.
    public func write(_ name: String, bytes: [UInt8]) throws(OutputError) {
        let file = try open(name)
        try file.write(bytes)
        try file.close()
    }

    /// Renames every file over its final name and records them in the
    /// manifest; files a previous run wrote and this one did not are
    /// removed. Every file must have been closed.
    public func commit() throws(OutputError) {
        let manifestTemporary = folder.url(OutputFolder.temporaryPrefix + tag + "-manifest.tmp")
        let manifest = try OutputFile(path: manifestTemporary, reportingAs: folder.path)
        files.append((manifestTemporary, OutputFolder.manifestName))
        try manifest.write(Array(files.dropLast().map { $0.name + "\n" }.joined().utf8))
        try manifest.close()
        let previous = folder.previousFiles()
        let renames = files.map { ($0.temporary, folder.url($0.name)) }
        for (index, (temporary, final)) in renames.enumerated() where rename(temporary, final) != 0 {
            let reason = OutputFolder.reason(errno)
            for (unrenamed, _) in renames[index...] { unlink(unrenamed) }
            committed = true
            throw OutputError(path: final, message: "cannot replace the file: \(reason)")
        }
        committed = true
        let names = Set(files.dropLast().map(\.name))
        for stale in previous.subtracting(names) where !stale.contains("/") && !stale.hasPrefix(".") {
            unlink(folder.url(stale))
        }
        folder.syncFolder()
    }
}

import Foundation

extension OutputFolder {
    /// Writes one file at `path` atomically — a hidden temporary file beside
    /// it, flushed to disk, then renamed over it — leaving every other file
    /// of its folder alone. A failed write leaves the previous file intact.
    public static func writeFile(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let folder = try OutputFolder(path: url.deletingLastPathComponent().path)
        let name = url.lastPathComponent
        let temporary = folder.url(temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))-" + name + ".tmp")
        try folder.writeDurably(bytes, to: temporary)
        guard rename(temporary, path) == 0 else {
            let reason = Self.reason(errno)
            unlink(temporary)
            throw OutputError(path: path, message: "cannot replace the file: \(reason)")
        }
    }
}

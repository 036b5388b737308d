import Foundation
import TerminalProgress

/// Writes compiled indexes to files atomically: into a hidden temporary
/// file next to the target, flushed to disk, then renamed over it, so a
/// reader maps either the old index or the complete new one, never a
/// half-written file.
enum IndexFile {
    /// Writes the index `builder` compiles to `path`.
    ///
    /// - Returns: what the index holds and its size in bytes.
    static func write(
        _ builder: NameIndexBuilder, sourcesStamp: String, builtAt: Double?, to path: String, progress: ProgressReporter = .silent
    ) throws(GazetteerError) -> (info: NameIndex.Info, byteCount: Int) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GazetteerError(path: path, message: "cannot write the index: \(String(cString: strerror(errno)))")
        }
        var output = BufferedOutput(descriptor: descriptor)
        let info: NameIndex.Info
        do throws(GazetteerError) {
            info = try builder.write(sourcesStamp: sourcesStamp, builtAt: builtAt, errorPath: path) { bytes in
                progress.advance(by: Int64(bytes.count))
                return output.write(bytes)
            }
            guard output.flush(), fsync(descriptor) == 0 else {
                throw GazetteerError(path: path, message: "cannot write the index: \(String(cString: strerror(output.error ?? errno)))")
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw GazetteerError(path: path, message: "cannot write the index: \(reason)")
        }
        return (info, output.written)
    }

    /// Collects small writes into 1 MiB `write` calls.
    private struct BufferedOutput {
        let descriptor: Int32
        var buffer: [UInt8] = []
        var written = 0
        var error: Int32?

        init(descriptor: Int32) {
            self.descriptor = descriptor
            buffer.reserveCapacity(1 << 20)
        }

        mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
            buffer.append(contentsOf: bytes)
            written += bytes.count
            return buffer.count < 1 << 20 || flush()
        }

        mutating func flush() -> Bool {
            var done = 0
            while done < buffer.count {
                let result = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + done, $0.count - done) }
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else {
                    error = errno
                    return false
                }
                done += result
            }
            buffer.removeAll(keepingCapacity: true)
            return true
        }
    }
}

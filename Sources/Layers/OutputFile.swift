import Foundation

/// A file being written for an ``OutputTransaction``: buffered, and flushed
/// to disk (`fsync`) when closed, so a committed file is complete even
/// after a power cut.
public final class OutputFile {
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let path: String
    private let reportedPath: String
    private static let bufferSize = 1 << 20

    init(path: String, reportingAs reportedPath: String) throws(OutputError) {
        self.path = path
        self.reportedPath = reportedPath
        // A fresh file, never an existing one or a symbolic link planted under its name.
        descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: reportedPath, message: "cannot write to the output folder: \(OutputFolder.reason(errno))")
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if descriptor >= 0 { Foundation.close(descriptor) }
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        guard bytes.count < Self.bufferSize else {
            // Large enough to go to the file as it is, without copying it into the buffer first.
            try flush()
            return try bytes.withUnsafeBytes { all in Result { () throws(OutputError) in try writeAll(all) } }.get()
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes what is buffered, flushes the file to disk and closes it.
    public func close() throws(OutputError) {
        try flush()
        guard fsync(descriptor) == 0 else { throw failure(errno) }
        Foundation.close(descriptor)
        descriptor = -1
    }

    private func flush() throws(OutputError) {
        try buffer.withUnsafeBytes { all in Result { () throws(OutputError) in try writeAll(all) } }.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(errno) }
            offset += count
        }
    }

    private func failure(_ code: Int32) -> OutputError {
        OutputError(path: reportedPath, message: "cannot write to the output folder: \(OutputFolder.reason(code))")
    }
}

import Foundation
import Layers

/// A temporary file that rows wait in between the two passes of a build:
/// appended to in the first, then handed over (``finish()``) to a
/// ``SpillReader`` that reads it back in any order, from any thread. It is
/// unlinked as soon as it is created, so it disappears with the process,
/// however that ends.
final class SpillFile {
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var flushed: Int64 = 0

    /// A new, empty spill file in the system's temporary folder.
    init() throws(OutputError) {
        let folder = FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/incident-map-spill-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(path: folder, message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes`; returns where they start.
    func append(_ bytes: [UInt8]) throws(OutputError) -> Int64 {
        let offset = flushed + Int64(buffer.count)
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
        return offset
    }

    /// Writes what is buffered and hands the file to a reader; nothing can be appended after.
    func finish() throws(OutputError) -> SpillReader {
        try flush()
        defer { descriptor = -1 }
        return SpillReader(descriptor: descriptor)
    }

    private func flush() throws(OutputError) {
        var done = 0
        while done < buffer.count {
            let count = buffer[done...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(errno) }
            done += count
        }
        flushed += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    fileprivate static func failure(_ code: Int32) -> OutputError {
        OutputError(path: FileManager.default.temporaryDirectory.path, message: "cannot use a temporary file: \(String(cString: strerror(code)))")
    }

    private func failure(_ code: Int32) -> OutputError { Self.failure(code) }
}

/// Reads a finished ``SpillFile``: only `pread`, so any thread may read.
final class SpillReader: Sendable {
    private let descriptor: Int32

    fileprivate init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The `length` bytes at `offset`.
    func read(at offset: Int64, length: Int) throws(OutputError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let count = bytes[done...].withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset) + off_t(done)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw SpillFile.failure(count < 0 ? errno : EIO) }
            done += count
        }
        return bytes
    }
}

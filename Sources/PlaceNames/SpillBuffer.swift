#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte sequence that is written once, front to back, then read back
/// once or more, front to back: in memory while it is small, in a
/// temporary file once it outgrows `memoryLimit`, so that building the
/// index of a gazetteer of any size keeps memory bounded.
///
/// The temporary file is unlinked as soon as it is created, so it
/// disappears with the descriptor even if the process is killed. Write
/// errors (a full disk) are remembered and reported by ``failure``, which
/// the index builder checks once at the end rather than at every write.
final class SpillBuffer {
    /// Where temporary files go.
    let directory: String
    /// How many bytes stay in memory before the buffer moves to a file.
    let memoryLimit: Int

    private var memory: [UInt8] = []
    private var descriptor: Int32 = -1
    /// Bytes written to the file so far (the rest is still in `memory`).
    private var flushed = 0
    /// The first error met, as a user-facing reason.
    private(set) var failure: String?

    /// How many bytes were appended.
    var count: Int { flushed + memory.count }

    /// An empty buffer spilling into `directory` beyond `memoryLimit` bytes.
    init(directory: String, memoryLimit: Int) {
        self.directory = directory
        self.memoryLimit = max(memoryLimit, 4096)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes`.
    func append<Bytes: Collection<UInt8>>(contentsOf bytes: Bytes) {
        memory.append(contentsOf: bytes)
        if memory.count >= memoryLimit { spill() }
    }

    /// Appends `bytes`; a block larger than the memory limit goes straight to the file.
    func append(_ bytes: UnsafeRawBufferPointer) {
        if bytes.count >= memoryLimit {
            if !memory.isEmpty { spill() }
            writeToFile(bytes)
            return
        }
        memory.append(contentsOf: bytes)
        if memory.count >= memoryLimit { spill() }
    }

    /// Appends `value` as 4 little-endian bytes.
    func u32(_ value: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { append($0) }
    }

    /// Appends `value` as 8 little-endian bytes.
    func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { append($0) }
    }

    /// Moves what is still in memory to the file, so the buffer holds no
    /// memory while it waits to be read (a sorted run of ``ExternalSorter``).
    func flushToFile() {
        if !memory.isEmpty { spill() }
        memory = []
    }

    /// Calls `body` with the whole content, a chunk at a time, in order.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) -> Void) {
        if flushed > 0 {
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            var offset = 0
            while offset < flushed {
                let wanted = min(buffer.count, flushed - offset)
                let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    fail("cannot read back a temporary file: \(reason(errno))")
                    return
                }
                buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
                offset += got
            }
        }
        memory.withUnsafeBytes { if !$0.isEmpty { body($0) } }
    }

    /// A reader that hands out the content front to back.
    func reader(chunkSize: Int = 1 << 18) -> SpillReader {
        SpillReader(buffer: self, chunkSize: chunkSize)
    }

    /// Reads up to `target.count` bytes at `offset` of the part in the file; the number read.
    func readFile(at offset: Int, into target: UnsafeMutableRawBufferPointer) -> Int {
        let wanted = min(target.count, flushed - offset)
        guard wanted > 0 else { return 0 }
        while true {
            let got = pread(descriptor, target.baseAddress, wanted, off_t(offset))
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { fail("cannot read back a temporary file: \(reason(errno))"); return 0 }
            return got
        }
    }

    /// How many bytes are in the file; the rest are in ``memoryPart``.
    var fileCount: Int { flushed }
    /// The bytes appended since the last spill.
    var memoryPart: [UInt8] { memory }

    private func spill() {
        memory.withUnsafeBytes { writeToFile($0) }
        memory.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` at the end of the file, creating it (unlinked) first.
    private func writeToFile(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        if descriptor < 0 {
            var template = Array((directory + "/.incident-map-spill-XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                fail("cannot create a temporary file in \(directory): \(reason(errno))")
                return
            }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                fail("cannot write a temporary file in \(directory): \(reason(errno))")
                return
            }
            written += result
        }
        flushed += bytes.count
    }

    private func fail(_ message: String) {
        if failure == nil { failure = message }
    }

    private func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a compiled name index, either memory-mapped from a file or
/// held in memory, read as little-endian fixed-size fields.
///
/// Memory-mapping lets a lookup start without reading or parsing the whole
/// index: only the pages a binary search touches are loaded. The bytes are
/// never written after creation, which is why sharing across tasks is safe.
final class IndexStorage: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    /// Whether the bytes are mapped from a file (rather than held in memory).
    let isMapped: Bool

    /// Copies `bytes` into memory owned by the storage.
    init(bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        self.base = UnsafeRawPointer(memory)
        self.count = bytes.count
        self.isMapped = false
    }

    /// Maps the file at `path` read-only; `nil` when it cannot be opened or is empty.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let memory = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), memory != MAP_FAILED else { return nil }
        self.base = UnsafeRawPointer(memory)
        self.count = size
        self.isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            base.deallocate()
        }
    }

    /// The 32-bit unsigned value at `offset`.
    @inline(__always)
    func u32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The 64-bit unsigned value at `offset`.
    @inline(__always)
    func u64(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// `length` bytes at `offset`.
    @inline(__always)
    func bytes(_ offset: Int, _ length: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + offset, count: length)
    }

    /// The UTF-8 text of `length` bytes at `offset`.
    func string(_ offset: Int, _ length: Int) -> String {
        String(decoding: bytes(offset, length), as: UTF8.self)
    }
}

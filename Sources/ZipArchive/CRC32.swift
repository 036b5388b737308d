import CZlib

/// The CRC-32 of bytes fed in pieces, as zip files record it (zlib's
/// `crc32`; load zlib first with ``Zlib/load()``).
struct CRC32 {
    /// The checksum of everything fed so far.
    private(set) var value: UInt32 = 0

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            let piece = UnsafeRawBufferPointer(rebasing: rest.prefix(1 << 30))
            value = UInt32(crc32(uLong(value), piece.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(piece.count)))
            rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(piece.count))
        }
    }
}

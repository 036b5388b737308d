/// Reads the little-endian integers of a zip record from a byte array,
/// front to back; a read past the end gives `nil` instead of trapping.
struct LittleEndianReader {
    let bytes: [UInt8]
    private(set) var position: Int

    /// A reader of `bytes` starting at `position`.
    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// The next `width` bytes as an unsigned integer.
    mutating func integer(_ width: Int) -> UInt64? {
        guard position >= 0, width <= bytes.count - position else { return nil }
        var value: UInt64 = 0
        for index in (0..<width).reversed() {
            value = value << 8 | UInt64(bytes[position + index])
        }
        position += width
        return value
    }

    /// The next two bytes.
    mutating func u16() -> UInt64? { integer(2) }
    /// The next four bytes.
    mutating func u32() -> UInt64? { integer(4) }
    /// The next eight bytes.
    mutating func u64() -> UInt64? { integer(8) }

    /// The next `count` bytes.
    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= bytes.count - position else { return nil }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }
}

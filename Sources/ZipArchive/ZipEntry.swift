/// One file listed in a zip archive's central directory.
public struct ZipEntry: Sendable, Equatable {
    /// The entry's name (a plain file name: the reader refuses paths).
    public var name: String
    /// The compression method: 0 stored, 8 deflate.
    public var method: Int
    /// The general-purpose flags (bit 0: encrypted).
    var flags: UInt64
    /// The CRC-32 of the unpacked content.
    public var crc32: UInt32
    /// The size of the stored (compressed) data.
    public var compressedSize: UInt64
    /// The size of the unpacked content.
    public var size: UInt64
    /// Where the entry's local header starts.
    var localHeaderOffset: UInt64

    /// The compression methods this reader unpacks.
    static let stored = 0, deflated = 8

    /// Whether flag bit 0 (traditional or strong encryption) is set.
    var isEncrypted: Bool { flags & 0x41 != 0 }
}

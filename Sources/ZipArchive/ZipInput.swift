/// Random-access bytes a ``ZipArchive`` is read from: a file on disk
/// (``ZipFile``) or bytes in memory (``ZipBytes``).
public protocol ZipInput {
    /// The number of bytes.
    var count: UInt64 { get }
    /// The bytes `offset ..< offset + length`, which lie inside the input
    /// (the reader checks that before asking).
    func read(at offset: UInt64, length: Int) throws(ZipError) -> [UInt8]
}

/// A zip archive already in memory.
public struct ZipBytes: ZipInput, Sendable {
    /// The archive's bytes.
    public let bytes: [UInt8]

    /// The archive `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The size of ``bytes``.
    public var count: UInt64 { UInt64(bytes.count) }

    /// A copy of the bytes `offset ..< offset + length`.
    public func read(at offset: UInt64, length: Int) throws(ZipError) -> [UInt8] {
        guard offset <= count, UInt64(length) <= count - offset else { throw .damaged("a read past the end") }
        return Array(bytes[Int(offset)..<Int(offset) + length])
    }
}

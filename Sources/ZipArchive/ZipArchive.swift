/// A zip archive's table of contents, read and checked from untrusted
/// bytes: the end-of-central-directory record (zip64 too), then every
/// central directory entry.
///
/// Reading refuses anything a plain download of text files would not hold,
/// with a one-line ``ZipError``: archives split over several disks, more
/// than ``ZipLimits/maximumEntries`` entries, names that are not plain file
/// names (a `/`, `\`, `..`, a control character, invalid UTF-8) or listed
/// twice, encrypted entries, compression other than stored or deflate,
/// stored entries whose two sizes differ, and entries whose stated sizes
/// promise an expansion above ``ZipLimits/maximumRatio``. Unpacking an
/// entry (``unpack(_:into:)``) then checks its bytes against what the
/// directory states.
public struct ZipArchive {
    /// The archive's bytes.
    let input: any ZipInput
    /// Every entry, in directory order.
    public let entries: [ZipEntry]
    /// Where the central directory starts: every entry's data lies before it.
    let directoryOffset: UInt64

    /// Reads and checks the central directory of `input`.
    public init(_ input: any ZipInput) throws(ZipError) {
        let end = try EndOfCentralDirectory(input)
        guard end.entries <= ZipLimits.maximumEntries, end.size <= ZipLimits.maximumDirectoryBytes else {
            throw .tooManyEntries(Int(clamping: end.entries))
        }
        var reader = LittleEndianReader(try input.read(at: end.offset, length: Int(end.size)))
        var entries: [ZipEntry] = []
        var names = Set<String>()
        for _ in 0..<end.entries {
            let entry = try Self.entry(from: &reader, directoryOffset: end.offset)
            guard names.insert(entry.name).inserted else { throw .unsafeName(entry.name) }
            entries.append(entry)
        }
        self.input = input
        self.entries = entries
        self.directoryOffset = end.offset
    }

    /// The entry called `name`, if the archive lists one.
    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    static let centralSignature: UInt64 = 0x0201_4B50

    /// Reads one central directory entry and checks it.
    private static func entry(from reader: inout LittleEndianReader, directoryOffset: UInt64) throws(ZipError) -> ZipEntry {
        guard reader.u32() == centralSignature, reader.u16() != nil, reader.u16() != nil, let flags = reader.u16(),
              let method = reader.u16(), reader.u32() != nil, let crc = reader.u32(), let compressed = reader.u32(),
              let size = reader.u32(), let nameLength = reader.u16(), let extraLength = reader.u16(),
              let commentLength = reader.u16(), let disk = reader.u16(), reader.u16() != nil, reader.u32() != nil,
              let offset = reader.u32(), let nameBytes = reader.bytes(Int(nameLength)),
              let extra = reader.bytes(Int(extraLength)), reader.bytes(Int(commentLength)) != nil else {
            throw .damaged("the central directory is cut short")
        }
        let name = try plainName(nameBytes)
        var entry = ZipEntry(
            name: name, method: Int(method), flags: flags, crc32: UInt32(crc), compressedSize: compressed, size: size,
            localHeaderOffset: offset)
        let diskNumber = try applyZip64(extra, to: &entry, disk: disk)
        guard diskNumber == 0 else { throw .multiDisk }
        try check(entry, directoryOffset: directoryOffset)
        return entry
    }

    /// `bytes` as a name, if it is a plain file name.
    private static func plainName(_ bytes: [UInt8]) throws(ZipError) -> String {
        let name = String(decoding: bytes, as: UTF8.self)
        let unsafe = bytes.isEmpty || bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
            || name.contains("..") || Array(name.utf8) != bytes
        guard !unsafe else { throw .unsafeName(name) }
        return name
    }

    /// Replaces the 32-bit fields of `entry` that overflowed with the
    /// values of its zip64 extra field (id 1); returns its disk number.
    private static func applyZip64(_ extra: [UInt8], to entry: inout ZipEntry, disk: UInt64) throws(ZipError) -> UInt64 {
        var fields = LittleEndianReader(extra)
        var diskNumber = disk
        while let id = fields.u16(), let length = fields.u16() {
            guard let data = fields.bytes(Int(length)) else { throw .damaged("an extra field of \(entry.name) is cut short") }
            guard id == 1 else { continue }
            var zip64 = LittleEndianReader(data)
            if entry.size == 0xFFFF_FFFF { entry.size = try field(zip64.u64(), of: entry) }
            if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try field(zip64.u64(), of: entry) }
            if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try field(zip64.u64(), of: entry) }
            if diskNumber == 0xFFFF { diskNumber = try field(zip64.u32(), of: entry) }
        }
        return diskNumber
    }

    private static func field(_ value: UInt64?, of entry: ZipEntry) throws(ZipError) -> UInt64 {
        guard let value else { throw .damaged("the zip64 field of \(entry.name) is cut short") }
        return value
    }

    /// Refuses an entry this reader will not unpack, before anything is unpacked.
    private static func check(_ entry: ZipEntry, directoryOffset: UInt64) throws(ZipError) {
        guard !entry.isEncrypted else { throw .encrypted(entry: entry.name) }
        guard entry.method == ZipEntry.stored || entry.method == ZipEntry.deflated else {
            throw .unsupportedMethod(entry: entry.name, method: entry.method)
        }
        guard entry.localHeaderOffset < directoryOffset, entry.compressedSize <= directoryOffset - entry.localHeaderOffset else {
            throw .damaged("the data of \(entry.name) lies outside the file")
        }
        if entry.method == ZipEntry.stored {
            guard entry.compressedSize == entry.size else { throw .damaged("the stored entry \(entry.name) states two sizes") }
        } else if entry.size / max(entry.compressedSize, 1) > ZipLimits.maximumRatio {
            throw .suspiciousRatio(entry: entry.name, ratio: Int(clamping: entry.size / max(entry.compressedSize, 1)))
        }
    }
}

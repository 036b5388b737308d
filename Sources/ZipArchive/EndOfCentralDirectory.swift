/// Where a zip archive's central directory is and how many entries it
/// lists: the end-of-central-directory record at the end of the file, or
/// its zip64 counterpart when a field overflows 16 or 32 bits.
struct EndOfCentralDirectory {
    /// Where the central directory starts, its size and entry count.
    var offset: UInt64, size: UInt64, entries: UInt64

    static let signature: UInt64 = 0x0605_4B50
    static let zip64LocatorSignature: UInt64 = 0x0706_4B50
    static let zip64Signature: UInt64 = 0x0606_4B50
    /// The fixed part of the record; a comment of up to 65,535 bytes may follow.
    static let minimumSize = 22

    /// Finds the record in the last 64 KiB of `input` and reads it.
    init(_ input: some ZipInput) throws(ZipError) {
        let tail = UInt64(min(UInt64(Self.minimumSize + 0xFFFF), input.count))
        let bytes = try input.read(at: input.count - tail, length: Int(tail))
        guard let start = Self.recordStart(in: bytes) else { throw .notAZipFile }
        var reader = LittleEndianReader(bytes, at: start + 4)
        guard let disk = reader.u16(), let directoryDisk = reader.u16(), let diskEntries = reader.u16(),
              let entries = reader.u16(), let size = reader.u32(), let offset = reader.u32() else { throw .notAZipFile }
        guard disk == 0 || disk == 0xFFFF, directoryDisk == 0 || directoryDisk == 0xFFFF, diskEntries == entries else {
            throw .multiDisk
        }
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            self = try Self.zip64(input, recordAt: input.count - tail + UInt64(start))
        } else {
            self = EndOfCentralDirectory(offset: offset, size: size, entries: entries)
        }
        guard self.offset <= input.count, self.size <= input.count - self.offset else { throw .damaged("the central directory lies outside the file") }
    }

    init(offset: UInt64, size: UInt64, entries: UInt64) {
        self.offset = offset
        self.size = size
        self.entries = entries
    }

    /// The last position in `bytes` where a record starts whose comment ends the file exactly.
    private static func recordStart(in bytes: [UInt8]) -> Int? {
        var start = bytes.count - minimumSize
        while start >= 0 {
            var reader = LittleEndianReader(bytes, at: start)
            if reader.u32() == signature {
                var commentLength = LittleEndianReader(bytes, at: start + 20)
                if let length = commentLength.u16(), start + minimumSize + Int(length) == bytes.count { return start }
            }
            start -= 1
        }
        return nil
    }

    /// The zip64 record that the locator just before the record at `recordOffset` points to.
    private static func zip64(_ input: some ZipInput, recordAt recordOffset: UInt64) throws(ZipError) -> EndOfCentralDirectory {
        guard recordOffset >= 20 else { throw .damaged("no zip64 locator before the end record") }
        var locator = LittleEndianReader(try input.read(at: recordOffset - 20, length: 20))
        guard locator.u32() == zip64LocatorSignature, let disk = locator.u32(), let recordStart = locator.u64(),
              let disks = locator.u32() else { throw .damaged("no zip64 locator before the end record") }
        guard disk == 0, disks <= 1 else { throw .multiDisk }
        guard recordStart <= input.count, input.count - recordStart >= 56 else { throw .damaged("the zip64 end record lies outside the file") }
        var record = LittleEndianReader(try input.read(at: recordStart, length: 56))
        guard record.u32() == zip64Signature, record.u64() != nil, record.u16() != nil, record.u16() != nil,
              let recordDisk = record.u32(), let directoryDisk = record.u32(), let diskEntries = record.u64(),
              let entries = record.u64(), let size = record.u64(), let offset = record.u64() else {
            throw .damaged("the zip64 end record is invalid")
        }
        guard recordDisk == 0, directoryDisk == 0, diskEntries == entries else { throw .multiDisk }
        return EndOfCentralDirectory(offset: offset, size: size, entries: entries)
    }
}

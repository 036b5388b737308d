extension ZipArchive {
    static let localSignature: UInt64 = 0x0403_4B50
    static let localHeaderSize = 30

    /// Unpacks `entry`, handing its content to `sink` a piece at a time, so
    /// memory stays flat whatever its size.
    ///
    /// The content is checked as it comes: unpacking stops as soon as it
    /// exceeds the stated size, and at the end its size and CRC-32 must be
    /// the stated ones and the compressed data must end exactly where the
    /// directory says. The sink may already have been given bytes when an
    /// error is thrown: write them somewhere temporary.
    ///
    /// - Throws: ``ZipError``, or whatever `sink` throws.
    public func unpack(_ entry: ZipEntry, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try Zlib.load()
        var start = try dataOffset(of: entry)
        var remaining = entry.compressedSize
        var checksum = CRC32()
        var written: UInt64 = 0
        let check = { (piece: UnsafeRawBufferPointer) throws in
            written += UInt64(piece.count)
            guard written <= entry.size else { throw ZipError.largerThanStated(entry: entry.name, size: entry.size) }
            checksum.update(piece)
            try sink(piece)
        }
        let inflater = entry.method == ZipEntry.deflated ? try RawInflater(entry: entry.name) : nil
        var ended = inflater == nil
        while remaining > 0 {
            let chunk = try input.read(at: start, length: Int(min(remaining, UInt64(ZipLimits.chunkSize))))
            start += UInt64(chunk.count)
            remaining -= UInt64(chunk.count)
            guard let inflater else {
                try chunk.withUnsafeBytes(check)
                continue
            }
            let (done, unused) = try inflater.feed(chunk, into: check)
            ended = done
            guard !done else {
                guard unused == 0, remaining == 0 else { throw ZipError.damaged("data follows the end of \(entry.name)") }
                break
            }
        }
        guard ended, written == entry.size else { throw ZipError.truncatedEntry(entry: entry.name) }
        guard checksum.value == entry.crc32 else { throw ZipError.checksumMismatch(entry: entry.name) }
    }

    /// Where the data of `entry` starts: after its local header, which must
    /// agree with the directory on the name and the method.
    private func dataOffset(of entry: ZipEntry) throws(ZipError) -> UInt64 {
        guard entry.localHeaderOffset <= directoryOffset, directoryOffset - entry.localHeaderOffset >= UInt64(Self.localHeaderSize) else {
            throw .damaged("the local header of \(entry.name) lies outside the file")
        }
        var header = LittleEndianReader(try input.read(at: entry.localHeaderOffset, length: Self.localHeaderSize))
        guard header.u32() == Self.localSignature, header.u16() != nil, let flags = header.u16(), let method = header.u16(),
              header.u32() != nil, let crc = header.u32(), let compressed = header.u32(), let size = header.u32(),
              let nameLength = header.u16(), let extraLength = header.u16() else {
            throw .damaged("the local header of \(entry.name) is missing")
        }
        // Without a data descriptor (flag bit 3) the local header repeats the checksum and the sizes.
        let repeated = flags & 0x08 != 0 || (crc == UInt64(entry.crc32)
            && (compressed == 0xFFFF_FFFF || compressed == entry.compressedSize) && (size == 0xFFFF_FFFF || size == entry.size))
        guard repeated else { throw .damaged("the local header of \(entry.name) disagrees with the central directory") }
        let nameStart = entry.localHeaderOffset + UInt64(Self.localHeaderSize)
        guard directoryOffset - nameStart >= nameLength + extraLength else { throw .damaged("the local header of \(entry.name) is cut short") }
        let name = try input.read(at: nameStart, length: Int(nameLength))
        guard name == Array(entry.name.utf8), Int(method) == entry.method, flags & 0x41 == 0 else {
            throw .damaged("the local header of \(entry.name) disagrees with the central directory")
        }
        let start = nameStart + nameLength + extraLength
        guard start <= directoryOffset, entry.compressedSize <= directoryOffset - start else {
            throw .damaged("the data of \(entry.name) overlaps the central directory")
        }
        return start
    }
}

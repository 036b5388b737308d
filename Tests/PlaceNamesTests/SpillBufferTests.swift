import Testing
@testable import PlaceNames

@Suite("Spill buffer")
struct SpillBufferTests {
    func content(of buffer: SpillBuffer) -> [UInt8] {
        var bytes: [UInt8] = []
        buffer.forEachChunk { bytes.append(contentsOf: $0) }
        return bytes
    }

    @Test("What was appended is read back in order, whether it stayed in memory or went to a file")
    func readsBackWhatWasWritten() throws {
        let folder = try TemporaryFolder("spill")
        defer { folder.remove() }
        let expected = (0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        for limit in [4096, 1 << 20] {
            let buffer = SpillBuffer(directory: folder.path, memoryLimit: limit)
            for start in stride(from: 0, to: expected.count, by: 333) {
                buffer.append(contentsOf: expected[start..<min(start + 333, expected.count)])
            }
            #expect(buffer.count == expected.count)
            #expect(content(of: buffer) == expected, "limit \(limit)")
            #expect(buffer.failure == nil)
        }
    }

    @Test("A reader gives back integers and byte runs that straddle the file and memory parts")
    func readerCrossesChunks() throws {
        let folder = try TemporaryFolder("spill")
        defer { folder.remove() }
        let buffer = SpillBuffer(directory: folder.path, memoryLimit: 4096)
        for value in 0..<3000 {
            buffer.u32(value)
            buffer.u64(UInt64(value) << 33)
            buffer.append(contentsOf: Array(repeating: UInt8(value % 251), count: value % 5))
        }
        var reader = buffer.reader(chunkSize: 100)
        var bytes: [UInt8] = []
        for value in 0..<3000 {
            #expect(reader.u32() == value)
            #expect(reader.u64() == UInt64(value) << 33)
            #expect(reader.read(value % 5, into: &bytes))
            #expect(bytes == Array(repeating: UInt8(value % 251), count: value % 5))
        }
        #expect(reader.u32() == nil)
    }
}

/// Reads a ``SpillBuffer`` front to back, a few bytes at a time.
struct SpillReader {
    private let buffer: SpillBuffer
    private var chunk: [UInt8] = []
    private var position = 0
    /// Offset in the whole content of `chunk[0]`.
    private var chunkOffset = 0
    private var inMemoryPart = false
    private let chunkSize: Int

    /// A reader at the start of `buffer`, reading its file `chunkSize` bytes at a time.
    init(buffer: SpillBuffer, chunkSize: Int) {
        self.buffer = buffer
        self.chunkSize = max(chunkSize, 64)
        if buffer.fileCount == 0 { useMemoryPart() }
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { position >= chunk.count && inMemoryPart }

    /// Reads the next `count` bytes into `target`; `false` past the end.
    mutating func read(_ count: Int, into target: inout [UInt8]) -> Bool {
        target.removeAll(keepingCapacity: true)
        while target.count < count {
            if position >= chunk.count {
                guard refill() else { return false }
            }
            let take = min(count - target.count, chunk.count - position)
            target.append(contentsOf: chunk[position..<position + take])
            position += take
        }
        return true
    }

    /// The next 4 bytes as a little-endian integer, or `nil` past the end.
    mutating func u32() -> Int? {
        littleEndian(bytes: 4).map { Int($0) }
    }

    /// The next 8 bytes as a little-endian integer, or `nil` past the end.
    mutating func u64() -> UInt64? {
        littleEndian(bytes: 8)
    }

    private mutating func littleEndian(bytes: Int) -> UInt64? {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 8 * bytes, by: 8) {
            if position >= chunk.count {
                guard refill() else { return nil }
            }
            value |= UInt64(chunk[position]) << UInt64(shift)
            position += 1
        }
        return value
    }

    private mutating func refill() -> Bool {
        if inMemoryPart { return false }
        let next = chunkOffset + chunk.count
        if next >= buffer.fileCount {
            useMemoryPart()
            return !chunk.isEmpty
        }
        if chunk.count < chunkSize { chunk = [UInt8](repeating: 0, count: chunkSize) }
        let got = chunk.withUnsafeMutableBytes { buffer.readFile(at: next, into: $0) }
        guard got > 0 else { return false }
        if got < chunk.count { chunk.removeLast(chunk.count - got) }
        chunkOffset = next
        position = 0
        return true
    }

    private mutating func useMemoryPart() {
        chunk = buffer.memoryPart
        chunkOffset = buffer.fileCount
        position = 0
        inMemoryPart = true
    }
}

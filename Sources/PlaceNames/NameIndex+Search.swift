/// Binary search on the sorted name tables (exact names, folded keys),
/// kept inside the tables by their samples and prefixes.
extension NameIndex {
    /// The first 8 bytes of `bytes`, zero-padded, as a number: when two
    /// byte strings have different prefixes, the prefixes order them as
    /// their bytes do (shorter first when one begins the other), so most
    /// comparisons of a binary search are one integer comparison in the
    /// table, without reading the name from the pool.
    @inline(__always)
    static func prefix(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 {
            value = value << 8 | (i < bytes.count ? UInt64(bytes[i]) : 0)
        }
        return value
    }

    /// The samples section of a name table.
    private func samples(of table: Section) -> Section {
        table == .exactNames ? .exactSamples : .foldedSamples
    }

    /// The first entry of `table` whose bytes are not below `wanted`.
    ///
    /// The samples (every 256th entry's prefix) are searched first: entries
    /// before the last sample whose prefix is below `wanted`'s, and from the
    /// first sample whose prefix is above it, cannot be the answer. The rest
    /// is searched by prefix, reading a name only when the prefixes are equal.
    func lowerBound(_ table: Section, _ wanted: UnsafeRawBufferPointer) -> Int {
        lowerBound(table, wanted, in: 0..<count(table))
    }

    /// ``lowerBound(_:_:)`` within `range` of the table.
    func lowerBound(_ table: Section, _ wanted: UnsafeRawBufferPointer, in range: Range<Int>) -> Int {
        let target = Self.prefix(wanted)
        let sampleSection = samples(of: table)
        let sampleCount = count(sampleSection)
        func sample(_ i: Int) -> UInt64 { storage.u64(offset(of: sampleSection) + 8 * i) }
        let below = lowerBound(sampleCount) { sample($0) < target }
        let above = lowerBound(sampleCount) { sample($0) <= target }
        func clamped(_ position: Int) -> Int { min(max(position, range.lowerBound), range.upperBound) }
        var low = clamped(below == 0 ? 0 : (below - 1) * Self.sampleInterval)
        var high = clamped(above * Self.sampleInterval)
        let decides = prefixDecides(table, wanted)
        while low < high {
            let middle = (low + high) / 2
            let prefix = entryPrefix(table, middle)
            let isBefore = prefix != target ? prefix < target : !decides && compare(entryKey(table, middle), wanted) < 0
            if isBefore { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

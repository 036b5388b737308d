/// The folded-key table read as a trie over words.
///
/// The folded keys are sorted by their bytes, so all the keys that begin
/// with a given prefix sit next to each other: a trie node is simply a
/// range of that table. Extending the prefix by one word narrows the range
/// with two binary searches inside it. Walking text through this trie
/// needs no structure built at start-up, which keeps `extract` instant even
/// with a world-sized, memory-mapped index.
extension NameIndex {
    /// The folded-key entries whose keys share one prefix: one trie node.
    struct KeyRange {
        var lower: Int
        var upper: Int

        var isEmpty: Bool { lower >= upper }
    }

    /// The root: every folded key.
    var allFoldedKeys: KeyRange { KeyRange(lower: 0, upper: count(.foldedKeys)) }

    /// The entries of `range` whose key starts with `prefix`.
    func narrow(_ range: KeyRange, toPrefix prefix: [UInt8]) -> KeyRange {
        prefix.withUnsafeBytes { wanted in
            let lower = lowerBound(.foldedKeys, wanted, in: range.lower..<range.upper)
            let target = Self.prefix(wanted)
            let head = min(wanted.count, 8)
            let shift = UInt64(64 - 8 * head)
            var low = lower, high = range.upper
            while low < high {
                let middle = (low + high) / 2
                if startsWith(middle, wanted, target: target, head: head, shift: shift) { low = middle + 1 } else { high = middle }
            }
            return KeyRange(lower: lower, upper: low)
        }
    }

    /// Whether the key of folded entry `position` starts with `wanted`,
    /// told by the entry's prefix alone for the first 8 bytes.
    @inline(__always)
    private func startsWith(_ position: Int, _ wanted: UnsafeRawBufferPointer, target: UInt64, head: Int, shift: UInt64) -> Bool {
        guard head > 0 else { return true }
        let prefix = entryPrefix(.foldedKeys, position)
        guard prefix >> shift == target >> shift else { return false }
        guard wanted.count > 8 else { return true }
        let key = foldedKey(position)
        guard key.count >= wanted.count else { return false }
        return compare(UnsafeRawBufferPointer(rebasing: key[8..<wanted.count]), UnsafeRawBufferPointer(rebasing: wanted[8...])) == 0
    }

    /// Whether `range` (narrowed to `prefix`) holds a key equal to `prefix`:
    /// being the smallest key with that prefix, it would come first.
    func containsKey(_ range: KeyRange, equalTo prefix: [UInt8]) -> Bool {
        !range.isEmpty && foldedKey(range.lower).count == prefix.count
    }
}

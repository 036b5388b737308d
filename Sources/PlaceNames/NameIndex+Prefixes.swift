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
        var low = range.lower, high = range.upper
        while low < high {
            let middle = (low + high) / 2
            if foldedKey(middle).lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        let lower = low
        high = range.upper
        while low < high {
            let middle = (low + high) / 2
            if foldedKey(middle).starts(with: prefix) { low = middle + 1 } else { high = middle }
        }
        return KeyRange(lower: lower, upper: low)
    }

    /// Whether `range` (narrowed to `prefix`) holds a key equal to `prefix`:
    /// being the smallest key with that prefix, it would come first.
    func containsKey(_ range: KeyRange, equalTo prefix: [UInt8]) -> Bool {
        !range.isEmpty && foldedKey(range.lower).count == prefix.count
    }
}

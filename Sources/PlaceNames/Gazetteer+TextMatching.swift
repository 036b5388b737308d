/// Finding place names in running text.
extension Gazetteer {
    /// The most words a place name may span in text ("Nakhchivan Autonomous Republic" is three).
    public static let longestNameInWords = 8

    /// How many of `words` — consecutive words of a text, each already
    /// folded with ``NameFolding/key(_:)`` — form the longest place name
    /// that starts at the first of them; `nil` when no name starts there.
    ///
    /// One call walks the gazetteer's folded names as a trie over words (see
    /// `NameIndex+Prefixes`), so scanning a text word by word is a single
    /// pass against every name and alternate name at once, not a search per
    /// name. `words` is read lazily: a walk stops at the first word that no
    /// name continues with.
    public func longestName<Words: Sequence<String>>(startingWith words: Words) -> Int? {
        var range = index.allFoldedKeys
        var prefix: [UInt8] = []
        var longest: Int?
        for (count, word) in words.prefix(Self.longestNameInWords).enumerated() {
            guard !word.isEmpty else { break }
            if count > 0 { prefix.append(0x20) }
            prefix.append(contentsOf: word.utf8)
            range = index.narrow(range, toPrefix: prefix)
            if range.isEmpty { break }
            if index.containsKey(range, equalTo: prefix) { longest = count + 1 }
        }
        return longest
    }
}

import PlaceNames

/// A fixed run of words that names something, such as "Republic of
/// Armenia" or "Ministry of Defence", as the keys a text's words must have.
struct NamePhrase: Sendable {
    /// The keys of its words (see ``SideText/key(_:folded:)``).
    var keys: [String]
    /// Which words carry a possessive `’s` ("People’s Liberation Army"): inside a phrase, a text's word must agree.
    var possessive: [Bool]
    /// For a phrase written in capitals only ("IDF", "AM"): its words as written, which running text must match exactly.
    var exactWords: [String]?

    /// The phrase `text`, split into words as ``SideText/init(value:)`` splits a value (hyphens and other
    /// marks between words are left out); `nil` when it has no words.
    init?(_ text: String) {
        let words = Self.isPlain(text) ? Self.plainWords(text) : SideText(value: text).words.filter { $0.kind == .word }
        guard !words.isEmpty else { return nil }
        keys = words.map(\.key)
        possessive = words.map(\.isPossessive)
        exactWords = Self.isCapitals(text) ? words.map(\.text) : nil
    }

    /// ASCII letters, spaces, hyphens and apostrophes only: the common case, split without looking at scalars.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte | 0x20) || byte == 0x20 || byte == 0x2D || byte == 0x27
        }
    }

    /// The words of a plain phrase: split at spaces and hyphens, a final `'s` taken as a possessive.
    private static func plainWords(_ text: String) -> [SideText.Word] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" }).map { part in
            let isPossessive = part.count > 2 && part.hasSuffix("'s")
            let word = String(isPossessive ? part.dropLast(2) : part)
            return SideText.Word(text: word, key: NameFolding.key(word), kind: .word, isPossessive: isPossessive)
        }
    }

    /// Written in capitals only, two letters or more ("IDF", "AM", "ՀՀ").
    private static func isCapitals(_ text: String) -> Bool {
        if isPlain(text) {
            let letters = text.utf8.filter { (0x61...0x7A).contains($0 | 0x20) }
            return letters.count >= 2 && letters.allSatisfy { (0x41...0x5A).contains($0) }
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase } && letters.contains { $0.properties.isUppercase }
    }

    /// Where the phrase ends when it starts at `start` in `words` (a hyphen allowed between words), or `nil`.
    /// `exact`: a phrase written in capitals must be written so.
    func end(at start: Int, in words: [SideText.Word], exact: Bool) -> Int? {
        var position = start
        for (number, key) in keys.enumerated() {
            if number > 0, position < words.count, words[position].kind == .hyphen { position += 1 }
            guard position < words.count, words[position].kind == .word, words[position].key == key else { return nil }
            if exact, let exactWords, words[position].text != exactWords[number] { return nil }
            if number < keys.count - 1, words[position].isPossessive != possessive[number] { return nil }
            position += 1
        }
        return position
    }
}

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
        let words = SideText(value: text).words.filter { $0.kind == .word }
        guard !words.isEmpty else { return nil }
        keys = words.map(\.key)
        possessive = words.map(\.isPossessive)
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let isCapitals = letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
            && letters.contains { $0.properties.isUppercase }
        exactWords = isCapitals ? words.map(\.text) : nil
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

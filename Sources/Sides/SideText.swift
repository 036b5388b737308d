import PlaceNames

/// The words of a text as ``SideNames`` reads them: each word (a run of
/// letters, or of digits: "M23" is two words) with its folded key, whether
/// it is capitalised and followed by a possessive `’s`; hyphens and other
/// marks kept as their own entries, so positions match a tokenizer's (the
/// claim extractor builds one entry per token of a sentence).
public struct SideText: Sendable {
    /// One word or mark.
    public struct Word: Sendable {
        /// What sort of entry it is.
        public enum Kind: Sendable {
            case word, hyphen, other
        }

        /// The entry as written (a word without its possessive `’s`).
        public var text: String
        /// The word's key (see ``SideText/key(_:)``); empty for marks.
        public var key: String
        public var kind: Kind
        /// Written with a capital, or in a script without case.
        public var isCapitalized: Bool
        /// Followed by a possessive `’s` ("Armenia’s").
        public var isPossessive: Bool

        /// Creates an entry.
        public init(text: String, key: String, kind: Kind, isCapitalized: Bool = false, isPossessive: Bool = false) {
            self.text = text
            self.key = key
            self.kind = kind
            self.isCapitalized = isCapitalized
            self.isPossessive = isPossessive
        }
    }

    /// The entries, in text order.
    public var words: [Word]

    /// A text of `words`.
    public init(words: [Word]) {
        self.words = words
    }

    /// The key words are compared by: Latin-script words folded as place
    /// names are (case, diacritics, apostrophes; Azerbaijani ə as e), words
    /// of other scripts lower-cased as written (with ё as е), which costs no
    /// transliteration. A word whose folded key is already at hand passes it
    /// as `folded`.
    public static func key(_ word: String, folded: String? = nil) -> String {
        if NameFolding.needsTransliteration(word) {
            return String(word.lowercased().unicodeScalars.map { $0 == "ё" ? "е" : $0 }.map(Character.init))
        }
        return folded ?? NameFolding.key(word)
    }

    /// The words of a whole value, such as a `claimed_by` cell ("Ministry of Defense of the Republic of Azerbaijan").
    public init(value: String) {
        let scalars = Array(value.unicodeScalars)
        var words: [Word] = []
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if Self.isLetter(scalar) {
                let (word, end) = Self.word(scalars, from: position)
                words.append(word)
                position = end
            } else if ("0"..."9").contains(scalar) {
                var end = position + 1
                while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                let digits = String(String.UnicodeScalarView(scalars[position..<end]))
                words.append(Word(text: digits, key: digits, kind: .word))
                position = end
            } else {
                if !scalar.properties.isWhitespace {
                    let isHyphen = scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
                    words.append(Word(text: String(scalar), key: "", kind: isHyphen ? .hyphen : .other))
                }
                position += 1
            }
        }
        self.words = words
    }

    /// Letters (and marks), as the claim extractor's tokenizer counts them.
    @inlinable public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (0x61...0x7A).contains(scalar.value | 0x20) }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Apostrophes that may stand inside a word: ', ’ and ʼ.
    @inlinable static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x27 || scalar.value == 0x2019 || scalar.value == 0x2BC
    }

    /// Where the word starting at `start` ends, before `limit`: letters, with apostrophes between letters
    /// (`Syunik'i`) or before a hyphen kept; a final `’s` marks a possessive and is left out of the word.
    /// The claim extractor's tokenizer cuts words the same way.
    @inlinable public static func wordEnd(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> (end: Int, isPossessive: Bool) {
        var end = start
        while end < limit {
            let scalar = scalars[end]
            if isLetter(scalar) {
                end += 1
            } else if isApostrophe(scalar), end + 1 < limit, scalars[end + 1] == "-" {
                end += 1
            } else if isApostrophe(scalar), end + 1 < limit, isLetter(scalars[end + 1]) {
                let isFinalS = (scalars[end + 1] == "s" || scalars[end + 1] == "S") && (end + 2 >= limit || !isLetter(scalars[end + 2]))
                if isFinalS { return (end, true) }
                end += 1
            } else {
                break
            }
        }
        return (end, false)
    }

    /// The word starting at `start`, and where the next entry starts.
    private static func word(_ scalars: [Unicode.Scalar], from start: Int) -> (Word, Int) {
        let (end, possessive) = wordEnd(in: scalars, from: start, limit: scalars.count)
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        let first = scalars[start].properties
        let word = Word(text: text, key: key(text), kind: .word, isCapitalized: first.isUppercase || !first.changesWhenUppercased,
                        isPossessive: possessive)
        return (word, possessive ? end + 2 : end)
    }
}

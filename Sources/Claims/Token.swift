/// A word, number or punctuation mark of an article, with where it stands.
struct Token: Sendable {
    /// What sort of token it is.
    enum Kind: Sendable {
        case word, number, punctuation, openQuote, closeQuote
    }

    var kind: Kind
    /// The token as written; for a word followed by `’s`, without it.
    var text: String
    /// `text` in lower case (for lexicon look-ups).
    var lower: String
    /// Offsets in Unicode scalars from the start of the article, end exclusive.
    var start: Int
    var end: Int
    /// Written with a capital (or in a script that has no case): a word that may begin a name.
    var isCapitalized = false
    /// Written entirely in capitals (an acronym such as UAV), two letters or more.
    var isAllCapitals = false
    /// Followed by a possessive `’s` ("Yerevan’s version").
    var isPossessive = false
    /// Inside quotation marks.
    var inQuote = false
    /// What the lexicon says about the word.
    var wordClass: WordClass = []

    var isWord: Bool { kind == .word }
    var isQuoteMark: Bool { kind == .openQuote || kind == .closeQuote }

    /// Whether the lexicon puts the word in `wordClass`.
    func `is`(_ wordClass: WordClass) -> Bool { self.wordClass.contains(wordClass) }

    /// Whether this is the punctuation mark `mark`.
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}

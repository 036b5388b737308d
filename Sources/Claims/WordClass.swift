/// What the lexicon says about one word, looked up once per token so that
/// later checks test bits instead of hashing the word again.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    static let event = WordClass(rawValue: 1 << 0)
    static let weapon = WordClass(rawValue: 1 << 1)
    static let speechVerb = WordClass(rawValue: 1 << 2)
    static let relativeDate = WordClass(rawValue: 1 << 3)
    static let month = WordClass(rawValue: 1 << 4)
    static let functionWord = WordClass(rawValue: 1 << 5)
    static let notPlace = WordClass(rawValue: 1 << 6)
    static let enemy = WordClass(rawValue: 1 << 7)

    /// The classes of every word the lexicon knows.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add<Words: Sequence<String>>(_ words: Words, _ wordClass: WordClass) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(Lexicon.events.keys, .event)
        add(Lexicon.eventQualifiedWords.keys, .event)
        add(Lexicon.weapons.keys, .weapon)
        add(Lexicon.weaponQualifiedWords.keys, .weapon)
        add(Lexicon.speechVerbs, .speechVerb)
        add(["according", "statement"], .speechVerb)
        add(Lexicon.relativeDateWords, .relativeDate)
        add(Lexicon.months.keys, .month)
        add(Lexicon.functionWords, .functionWord)
        add(Lexicon.notPlaces, .notPlace)
        add(Lexicon.enemyWords, .enemy)
        return table
    }()

    /// The classes of `lowercased`.
    static func of(_ lowercased: String) -> WordClass { table[lowercased] ?? [] }
}

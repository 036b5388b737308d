import PlaceNames

/// What one sentence says, before the speaker is carried over from earlier
/// sentences: its place names, who it names as speaker, when, which
/// attack, and whether it is background.
struct SentenceReading {
    var sentence: Sentence
    var folded: [String]
    var attribution: Attribution.Found
    var dates: DateExpressions.Found
    var known: [PlaceMention]
    var unknown: [PlaceMention]
    /// Attack words found ("shelling", "sabotage"), in order, without repeats.
    var events: [String]
    /// Weapons named, in order, without repeats.
    var weapons: [String]
    /// Names of history or background: a year other than the publication's, "the last war"…
    var isBackground: Bool

    /// Whether the sentence speaks of an attack or a clash.
    var isAboutAttack: Bool { !events.isEmpty || !weapons.isEmpty }

    var tokens: [Token] { sentence.tokens }
}

extension SentenceReading {
    /// Reads `sentence`.
    init(_ sentence: Sentence, scalars: [Unicode.Scalar], published: CivilDay?, attribution: Attribution, finder: inout MentionFinder) {
        let tokens = sentence.tokens
        let folded = tokens.map { $0.isWord ? NameFolding.key($0.text) : "" }
        let mentions = finder.mentions(in: tokens, folded: folded, scalars: scalars)
        let dates = DateExpressions(published: published).find(in: tokens)
        self.init(
            sentence: sentence, folded: folded, attribution: attribution.find(in: tokens, folded: folded), dates: dates,
            known: mentions.known, unknown: mentions.unknown, events: Self.events(tokens), weapons: Self.weapons(tokens),
            isBackground: Self.isBackground(tokens, looseYears: dates.looseYears, published: published))
    }

    private static func events(_ tokens: [Token]) -> [String] {
        var found: [String] = []
        for (index, token) in tokens.enumerated() where token.isWord {
            var event = Lexicon.events[token.lower]
            let before = tokens[..<index].suffix(3).map(\.lower)
            if token.lower == "advance" || token.lower == "advancing", before.contains(where: { $0.hasPrefix("tr") || $0.hasPrefix("attempt") }) {
                event = "attempt to advance"
            }
            if (token.lower == "battles" || token.lower == "battle"), before.last == "positional" { event = "positional battles" }
            if token.lower == "mines" || token.lower == "mine", tokens.contains(where: { ["planted", "laid", "laying", "placed"].contains($0.lower) }) {
                event = "mine-laying"
            }
            if let event, !found.contains(event) { found.append(event) }
        }
        return found
    }

    private static func weapons(_ tokens: [Token]) -> [String] {
        var found: [String] = []
        for (index, token) in tokens.enumerated() where token.isWord {
            var weapon = Lexicon.weapons[token.lower]
            let next = tokens[(index + 1)...].prefix(3).map(\.lower)
            if token.lower == "unmanned", next.contains("aerial") { weapon = "drones" }
            if token.lower == "large", next.starts(with: ["-", "caliber"]) || next.starts(with: ["-", "calibre"]) {
                weapon = "large-caliber weapons"
            }
            if token.lower == "small", next.first == "arms" { weapon = "small arms" }
            if let weapon, !found.contains(weapon) { found.append(weapon) }
        }
        return found
    }

    private static func isBackground(_ tokens: [Token], looseYears: [Int], published: CivilDay?) -> Bool {
        if looseYears.contains(where: { $0 != published?.year }) { return true }
        let words = tokens.filter(\.isWord).map(\.lower)
        return Lexicon.backgroundPhrases.contains { phrase in
            words.indices.contains { words[$0...].starts(with: phrase) }
        }
    }
}

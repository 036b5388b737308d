import Incidents
import PlaceNames
import Sides

/// What one sentence says, before the speaker is carried over from earlier
/// sentences: its place names, who it names as speaker, when, which
/// attack, and whether it is background.
struct SentenceReading {
    var sentence: Sentence
    var folded: [String]
    /// The sides and states the sentence names.
    var sides: SideScan
    var attribution: Attribution.Found
    var dates: DateExpressions.Found
    var known: [PlaceMention]
    var unknown: [PlaceMention]
    /// Attack words found ("shelling", "sabotage"), in order, without repeats.
    var events: [String]
    /// Weapons named, in order, without repeats.
    var weapons: [String]
    /// The words that name the events and weapons, as written, in order, without repeats.
    var eventWords: [String]
    /// The speaker the sentence itself names, with its words (before earlier sentences are taken into account).
    var statedSpeaker: Speaker
    /// The year of publication, if known.
    var publishedYear: Int?

    /// Whether the sentence speaks of an attack or a clash.
    var isAboutAttack: Bool { !events.isEmpty || !weapons.isEmpty }

    var tokens: [Token] { sentence.tokens }
}

extension SentenceReading {
    /// Reads `sentence`, whose words fold to `folded` and name `sides`.
    init(
        _ sentence: Sentence, folded: [String], sides: SideScan, scalars: [Unicode.Scalar], published: CivilDay?,
        attribution: Attribution, finder: inout MentionFinder
    ) {
        let tokens = sentence.tokens
        let mentions = finder.mentions(in: tokens, folded: folded, sides: sides, scalars: scalars)
        let dates = DateExpressions(published: published).find(in: tokens)
        let found = attribution.find(in: tokens, sides: sides)
        let events = Self.events(tokens), weapons = Self.weapons(tokens)
        var eventWords: [String] = []
        for index in (events.words + weapons.words).sorted() where !eventWords.contains(tokens[index].text) {
            eventWords.append(tokens[index].text)
        }
        self.init(
            sentence: sentence, folded: folded, sides: sides, attribution: found, dates: dates, known: mentions.known,
            unknown: mentions.unknown, events: events.names, weapons: weapons.names, eventWords: eventWords,
            statedSpeaker: Self.speaker(found, tokens: tokens), publishedYear: published?.year)
    }

    /// The speaker `found` names, with where its words are.
    private static func speaker(_ found: Attribution.Found, tokens: [Token]) -> Speaker {
        guard let voice = found.voice else { return .narration }
        func offsets(_ range: Range<Int>?) -> Range<Int>? {
            guard let range, !range.isEmpty else { return nil }
            return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
        }
        return Speaker(voice: voice, phrase: offsets(found.phrase), cue: offsets(found.cue), rule: found.rule ?? .speechVerb)
    }

    /// The folded words of a sentence's tokens (empty for marks and numbers), as place names fold.
    static func folded(_ sentence: Sentence) -> [String] {
        sentence.tokens.map { $0.isWord ? NameFolding.key($0.text) : "" }
    }

    /// The events the tokens name, and the positions of the words that name them.
    private static func events(_ tokens: [Token]) -> (names: [String], words: [Int]) {
        var found: [String] = []
        var words: [Int] = []
        let minesPlanted = tokens.contains { ["planted", "laid", "laying", "placed"].contains($0.lower) }
        for (index, token) in tokens.enumerated() where token.is(.event) {
            guard var event = Lexicon.events[token.lower] ?? Lexicon.eventQualifiedWords[token.lower] else { continue }
            switch token.lower {
            case "advance", "advancing":
                guard tokens[..<index].suffix(3).contains(where: { $0.lower.hasPrefix("tr") || $0.lower.hasPrefix("attempt") }) else { continue }
            case "battle", "battles":
                if index > 0 && tokens[index - 1].lower == "positional" { event = "positional battles" }
            case "mine", "mines":
                guard minesPlanted else { continue }
            default: break
            }
            words.append(index)
            if !found.contains(event) { found.append(event) }
        }
        return (found, words)
    }

    /// The weapons the tokens name, and the positions of the words that name them.
    private static func weapons(_ tokens: [Token]) -> (names: [String], words: [Int]) {
        var found: [String] = []
        var words: [Int] = []
        for (index, token) in tokens.enumerated() where token.is(.weapon) {
            guard var weapon = Lexicon.weapons[token.lower] ?? Lexicon.weaponQualifiedWords[token.lower] else { continue }
            let next = tokens[(index + 1)...].prefix(2).map(\.lower)
            switch token.lower {
            case "unmanned": guard next.contains("aerial") else { continue }
            case "large": guard next == ["-", "caliber"] || next == ["-", "calibre"] else { continue }
            case "small": guard next.first == "arms" else { continue }
            default: break
            }
            if token.lower == "large" { weapon = "large-caliber weapons" }
            words.append(index)
            if !found.contains(weapon) { found.append(weapon) }
        }
        return (found, words)
    }

    /// Whether it tells history or background: a year other than the publication's, "the last war"…
    var isBackground: Bool {
        if dates.looseYears.contains(where: { $0 != publishedYear }) { return true }
        let words = tokens.filter(\.isWord).map(\.lower)
        return Lexicon.backgroundPhrases.contains { phrase in
            words.indices.contains { words[$0...].starts(with: phrase) }
        }
    }
}

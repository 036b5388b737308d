import PlaceNames
import Sides

/// Finds the place names of a sentence in one pass: at every capitalised
/// word, the gazetteer's name trie says how many words form the longest
/// known name (``Gazetteer/longestName(startingWith:)``). Capitalised runs
/// of words that no name covers are kept too, as possibly unknown places.
struct MentionFinder {
    let gazetteer: Gazetteer
    var vocabulary: SideVocabulary
    /// The countries claims are looked for in (those of the sides); empty for anywhere.
    var countries: Set<String> {
        didSet { if countries != oldValue { lookups = [:] } }
    }
    private var lookups: [String: (matches: [Match], suggestions: [String])] = [:]

    init(gazetteer: Gazetteer, vocabulary: SideVocabulary, countries: Set<String>) {
        self.gazetteer = gazetteer
        self.vocabulary = vocabulary
        self.countries = countries
    }

    /// Known names first found, then unknown capitalised runs, each in text order.
    mutating func mentions(
        in tokens: [Token], folded: [String], sides: SideScan, scalars: [Unicode.Scalar]
    ) -> (known: [PlaceMention], unknown: [PlaceMention]) {
        var known: [PlaceMention] = []
        var unknown: [PlaceMention] = []
        var index = 0
        while index < tokens.count {
            guard mayStartName(tokens[index]) else {
                index += 1
                continue
            }
            let words = nameWords(tokens, from: index)
            if let count = gazetteer.longestName(startingWith: words.lazy.map { folded[$0] }) {
                let range = index..<words[count - 1] + 1
                let text = Self.text(of: range, tokens: tokens, scalars: scalars)
                let found = lookup(text)
                if !found.matches.isEmpty {
                    known.append(PlaceMention(
                        tokens: range, text: text, start: tokens[index].start, end: tokens[range.upperBound - 1].end,
                        candidates: found.matches))
                }
                index = range.upperBound
            } else {
                let run = capitalisedRun(tokens, from: index)
                if !isExcluded(run, tokens: tokens, sides: sides) {
                    let text = Self.text(of: run, tokens: tokens, scalars: scalars)
                    unknown.append(PlaceMention(
                        tokens: run, text: text, start: tokens[run.lowerBound].start, end: tokens[run.upperBound - 1].end,
                        candidates: [], suggestions: lookup(text).suggestions))
                }
                index = run.upperBound
            }
        }
        return (known, unknown)
    }

    private func mayStartName(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.is(.functionWord)
    }

    /// The positions of up to eight words from `start` that may form one
    /// name: joined by spaces or hyphens, ending at a possessive.
    private func nameWords(_ tokens: [Token], from start: Int) -> [Int] {
        var words = [start]
        var position = start
        while words.count < Gazetteer.longestNameInWords, !tokens[position].isPossessive {
            var next = position + 1
            if next < tokens.count, tokens[next].isPunctuation("-") { next += 1 }
            guard next < tokens.count, tokens[next].isWord else { break }
            words.append(next)
            position = next
        }
        return words
    }

    /// The run of capitalised words (joined by spaces or hyphens) starting at `start`, ending at a possessive.
    private func capitalisedRun(_ tokens: [Token], from start: Int) -> Range<Int> {
        var end = start
        while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized {
            end += 1
            if tokens[end - 1].isPossessive { break }
            if end + 1 < tokens.count, tokens[end].isPunctuation("-"), tokens[end + 1].isCapitalized { end += 1 }
        }
        return start..<max(end, start + 1)
    }

    /// Whether a run names a side, a country, a title or a month, or is an
    /// acronym: not a name that may be a place the gazetteer lacks.
    private func isExcluded(_ run: Range<Int>, tokens: [Token], sides: SideScan) -> Bool {
        run.contains { index in
            let token = tokens[index]
            return token.isWord && (token.isAllCapitals || token.is(.notPlace)
                || vocabulary.alias(at: index, in: sides) != nil || vocabulary.countryName(at: index, in: sides) != nil)
        }
    }

    /// Matches in the conflict area (or on its borders), and suggestions when none.
    private mutating func lookup(_ text: String) -> (matches: [Match], suggestions: [String]) {
        if let known = lookups[text] { return known }
        let result = gazetteer.lookup(text, options: LookupOptions(limit: 10, countries: countries))
        let inArea = result.matches.filter { $0.kind != .fuzzy && isInArea($0.place) }
        let suggestions = (result.suggestions.isEmpty ? result.matches : result.suggestions)
            .prefix(3).map { $0.matchedName == $0.place.name ? $0.place.name : "\($0.matchedName) (\($0.place.name))" }
        let found = (inArea, inArea.isEmpty ? Array(suggestions) : [])
        lookups[text] = found
        return found
    }

    private func isInArea(_ place: Place) -> Bool {
        countries.isEmpty || place.country.map(countries.contains) ?? true
    }

    private static func text(of range: Range<Int>, tokens: [Token], scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]))
    }
}

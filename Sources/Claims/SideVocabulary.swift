import Foundation
import Incidents
import PlaceNames

/// Recognises the names of sides ("Armenian Defense Ministry", "Baku",
/// "Azerbaijani") and of countries ("Russia", "Ukraine") among an
/// article's words.
///
/// Side names come from the side table; country names from ICU's English
/// region names, so a country is never mistaken for a place of a claim.
struct SideVocabulary: Sendable {
    /// A side named in a sentence.
    struct Reference: Sendable {
        var side: String
        /// Token positions in the sentence.
        var tokens: Range<Int>
    }

    private var aliases: [String: [(words: [String], side: String, exactCase: String?)]] = [:]
    private var countryNames: [String: [[String]]] = [:]
    let table: SideTable

    init(table: SideTable) {
        self.table = table
        for entry in table.entries {
            for alias in [entry.side] + entry.aliases {
                let words = Self.words(alias)
                guard let first = words.first else { continue }
                let isCode = alias.count <= 3 && alias.uppercased() == alias
                aliases[first, default: []].append((words, entry.side, isCode ? alias : nil))
            }
        }
        for first in aliases.keys { aliases[first]!.sort { $0.words.count > $1.words.count } }
        for name in Self.englishCountryNames() {
            let words = Self.words(name)
            if let first = words.first { countryNames[first, default: []].append(words) }
        }
    }

    /// The folded words of a name, the way text words are folded.
    static func words(_ name: String) -> [String] {
        NameFolding.key(name).split(separator: " ").map(String.init)
    }

    /// Every side named in `tokens` (whose folded words are `folded`), longest names first.
    func references(in tokens: [Token], folded: [String]) -> [Reference] {
        var found: [Reference] = []
        var index = 0
        while index < tokens.count {
            if let (length, side) = alias(at: index, tokens: tokens, folded: folded) {
                found.append(Reference(side: side, tokens: index..<index + length))
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// The side whose alias starts at `index`, and how many tokens it spans.
    func alias(at index: Int, tokens: [Token], folded: [String]) -> (Int, String)? {
        guard tokens[index].isWord, let candidates = aliases[folded[index]] else { return nil }
        for candidate in candidates {
            guard let length = Self.span(of: candidate.words, at: index, tokens: tokens, folded: folded) else { continue }
            if let exactCase = candidate.exactCase, tokens[index].text != exactCase { continue }
            return (length, candidate.side)
        }
        return nil
    }

    /// Whether a country's name (or a side's) starts at `index`; how many tokens it spans.
    func countryName(at index: Int, tokens: [Token], folded: [String]) -> Int? {
        guard tokens[index].isWord, let candidates = countryNames[folded[index]] else { return nil }
        return candidates.lazy.compactMap { Self.span(of: $0, at: index, tokens: tokens, folded: folded) }.max()
    }

    /// How many tokens `words` spans at `index` (hyphens between words allowed), if they match.
    private static func span(of words: [String], at index: Int, tokens: [Token], folded: [String]) -> Int? {
        var position = index
        for (number, word) in words.enumerated() {
            if number > 0, position < tokens.count, tokens[position].isPunctuation("-") { position += 1 }
            guard position < tokens.count, tokens[position].isWord, folded[position] == word else { return nil }
            if number < words.count - 1 && tokens[position].isPossessive { return nil }
            position += 1
        }
        return position - index
    }

    private static func englishCountryNames() -> [String] {
        let english = Locale(identifier: "en")
        return Locale.Region.isoRegions.compactMap { english.localizedString(forRegionCode: $0.identifier) }
            + ["Turkey", "Russian Federation", "USA", "United States of America", "Great Britain"]
    }
}

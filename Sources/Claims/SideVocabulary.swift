import PlaceNames
import Sides

/// The sides an article is read for, recognised among a sentence's words
/// ("Armenian Defense Ministry", "Baku", "Azerbaijani"), and the names of
/// countries ("Russia", "Ukraine"), so a country is never mistaken for a
/// place of a claim.
///
/// Every side of the side table and every state of the world table is
/// recognised once per sentence (``scan(_:folded:)``, see ``SideNames``);
/// only the article's relevant sides (``relevant``, chosen by
/// ``ClaimExtractor``) count as sides, the other states' names count as
/// countries.
struct SideVocabulary: Sendable {
    /// The side table, over the world table.
    let table: SideTable
    /// The sides whose claims are read in the current article.
    var relevant: Set<String> = []

    init(table: SideTable) {
        self.table = table
    }

    /// The sides and states named among a sentence's tokens, whose folded words are `folded`.
    func scan(_ tokens: [Token], folded: [String]) -> SideScan {
        let words = tokens.indices.map { index in
            let token = tokens[index]
            switch token.kind {
            case .word:
                return SideText.Word(
                    text: token.text, key: SideText.key(token.text, folded: folded[index]), kind: .word,
                    isCapitalized: token.isCapitalized, isPossessive: token.isPossessive)
            case .number: return SideText.Word(text: token.text, key: token.text, kind: .word)
            default: return SideText.Word(text: token.text, key: "", kind: token.isPunctuation("-") ? .hyphen : .other)
            }
        }
        return table.names.scan(SideText(words: words))
    }

    /// The relevant sides named within `range` of a scanned sentence, from left to right.
    func references(in scan: SideScan, range: Range<Int>) -> [SideReference] {
        var found: [SideReference] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let reference = alias(at: index, in: scan), reference.words.upperBound <= range.upperBound {
                found.append(reference)
                index = reference.words.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The relevant side named from `index` on, if one is.
    func alias(at index: Int, in scan: SideScan) -> SideReference? {
        guard let reference = scan.starting[index], relevant.contains(reference.side) else { return nil }
        return reference
    }

    /// Whether a country's name starts at `index`; how many tokens it spans.
    func countryName(at index: Int, in scan: SideScan) -> Int? {
        let length = scan.stateNameLengths[index]
        return length > 0 ? length : nil
    }

    /// The one other relevant side when there are exactly two: whom "the enemy" means in a side's statement.
    func opponent(of side: String) -> String? {
        guard relevant.count == 2, relevant.contains(side) else { return nil }
        return relevant.first { $0 != side }
    }
}

import Incidents
import Sides

/// Decides which names of a sentence about an attack are places of a
/// claim, and how precisely the wording locates them.
///
/// Names are grouped into lists ("Vardenis, Sotk, Artanish and Goris",
/// "the Dashkesan, Kelbajar and Lachin directions"). A known place counts,
/// unless it names a country, a capital standing for its government
/// ("Baku attributed…", "Yerevan’s version") or the speaker. An unknown
/// capitalised name counts when it stands in a list of known places or
/// right after "in", "near", "direction of"…: that is how an unknown
/// place (Ishkhanasar) is reported instead of dropped — except in a sentence
/// that names a foreign country ("shelling near Kharkiv in Ukraine"), whose
/// unknown names most likely lie there. A name placed as a landmark after a
/// list ("Vardenis and Sotk, east of Lake Sevan") is not claimed itself;
/// "villages east of Goris" is a claim near Goris.
struct ClaimedPlaces {
    /// The claimed names, in text order.
    let places: [ClaimedPlace]

    init(reading: SentenceReading, vocabulary: SideVocabulary) {
        let tokens = reading.tokens
        let items = (reading.known + reading.unknown)
            .filter { !reading.attribution.speakerTokens.contains($0.tokens.lowerBound) }
            .sorted { $0.start < $1.start }
        let foreignCountry = tokens.indices.contains {
            vocabulary.countryName(at: $0, in: reading.sides) != nil && vocabulary.alias(at: $0, in: reading.sides) == nil
        }
        var claimed: [ClaimedPlace] = []
        var previousEnd: Int?
        for list in Self.lists(items, tokens: tokens) {
            let wording = Wording(tokens: tokens, list: list)
            defer { previousEnd = list[list.count - 1].tokens.upperBound }
            if let previousEnd, Self.isLandmark(tokens[previousEnd..<list[0].tokens.lowerBound]) { continue }
            let hasKnown = list.contains { $0.isKnown && !Self.isSideName($0, reading: reading, vocabulary: vocabulary) }
            guard hasKnown || wording.isLocative || wording.precision == .direction else { continue }
            for mention in list where mention.isKnown || !foreignCountry {
                let sideName = Self.isSideName(mention, reading: reading, vocabulary: vocabulary)
                if sideName && !(wording.isLocative && !tokens[mention.tokens.upperBound - 1].isPossessive && list.count == 1) { continue }
                claimed.append(ClaimedPlace(
                    mention: mention, precision: wording.precision, rule: wording.rule(listSize: list.count), cue: wording.cue,
                    listSize: list.count))
            }
        }
        self.places = claimed
    }

    /// Whether the mention is the name of a side (Yerevan, Baku) or of a country.
    private static func isSideName(_ mention: PlaceMention, reading: SentenceReading, vocabulary: SideVocabulary) -> Bool {
        let start = mention.tokens.lowerBound
        if let alias = vocabulary.alias(at: start, in: reading.sides), alias.words.count == mention.tokens.count { return true }
        return vocabulary.countryName(at: start, in: reading.sides) != nil
    }

    /// Whether the words between a list and the next name place that name as
    /// a landmark (", east of", ", on the shore of"): a comma, then only
    /// lower-case words that name no attack and join no list.
    private static func isLandmark(_ gap: ArraySlice<Token>) -> Bool {
        guard gap.count >= 2, gap.first?.isPunctuation(",") == true else { return false }
        return gap.dropFirst().allSatisfy { token in
            token.isWord && !token.isCapitalized && !["and", "or"].contains(token.lower)
                && Lexicon.events[token.lower] == nil && Lexicon.weapons[token.lower] == nil
        }
    }

    /// Consecutive names joined only by commas, "and" or "or".
    private static func lists(_ items: [PlaceMention], tokens: [Token]) -> [[PlaceMention]] {
        var lists: [[PlaceMention]] = []
        for item in items {
            if let previous = lists.last?.last {
                let gap = tokens[previous.tokens.upperBound..<item.tokens.lowerBound]
                let joined = !gap.isEmpty && gap.allSatisfy { $0.isPunctuation(",") || ["and", "or", "&"].contains($0.lower) }
                if joined {
                    lists[lists.count - 1].append(item)
                    continue
                }
            }
            lists.append([item])
        }
        return lists
    }
}

/// What the words around a list of names say about where the incident is.
private struct Wording {
    /// Exact by default; near for "near X", "the outskirts of X"; direction for "in the direction(s) of X", "the X direction(s)", "towards X".
    var precision = Precision.exact
    /// The list follows a word that makes it a location ("in", "at", "near", "shelled"…).
    var isLocative = false
    /// The words that gave the precision or made the list a location, as written ("direction of", "near", "in").
    var cue: String?

    /// The rule that makes a name of a list of `count` names a claimed place.
    func rule(listSize count: Int) -> ClaimExplanation.PlaceRule {
        switch precision {
        case .direction: .direction
        case .near: .near
        default: isLocative ? .locative : count > 1 ? .list : .named
        }
    }

    init(tokens: [Token], list: [PlaceMention]) {
        var before = list[0].tokens.lowerBound - 1
        if before >= 0, tokens[before].lower == "the" { before -= 1 }
        let word = before >= 0 ? tokens[before].lower : ""
        let wordBefore = before >= 1 ? tokens[before - 1].lower : ""
        let after = list[list.count - 1].tokens.upperBound
        let wordAfter = after < tokens.count ? tokens[after].lower : ""
        isLocative = Lexicon.locatives.contains(word)
        if Lexicon.nearWords.contains(word) || (word == "of" && Lexicon.nearWords.contains(wordBefore)) {
            precision = .near
        }
        if word == "of", Lexicon.compassWords.contains(wordBefore) { precision = .near }
        if (word == "of" && wordBefore.hasPrefix("direction")) || word == "towards" || word == "toward"
            || wordAfter.hasPrefix("direction") {
            precision = .direction
        }
        cue = Self.cue(tokens, before: before, after: after, precision: precision, isLocative: isLocative)
    }

    /// The cue's words: "direction of" / "directions" after the list / "of" with the word before it / the word before.
    private static func cue(_ tokens: [Token], before: Int, after: Int, precision: Precision, isLocative: Bool) -> String? {
        if precision == .direction, after < tokens.count, tokens[after].lower.hasPrefix("direction") { return tokens[after].text }
        guard precision != .exact || isLocative, before >= 0 else { return nil }
        if tokens[before].lower == "of", before >= 1 { return tokens[before - 1].text + " of" }
        return tokens[before].text
    }
}

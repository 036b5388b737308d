import Sides

/// Finds who asserts a sentence: "the Armenian Defense Ministry said",
/// "according to Armenia", "Armenia claims that", "Baku assured", "said
/// the Azerbaijani Foreign Ministry", "the statement from the Azerbaijani
/// defense ministry", "He indicated that…". Only words outside quotation
/// marks count: a quotation is what is asserted, not who asserts it.
struct Attribution {
    var vocabulary: SideVocabulary

    /// The voice of a sentence and the tokens that name the speaker (which are never claims or accused sides).
    struct Found {
        var voice: Voice?
        var speakerTokens: Set<Int> = []
        /// The words that name the chosen voice, the words that attribute the sentence to it, and how.
        var phrase: Range<Int>?
        var cue: Range<Int>?
        var rule: ClaimExplanation.SpeakerRule?
    }

    /// A voice found in the sentence, with its words.
    private struct Candidate {
        var voice: Voice
        var accordingTo: Bool
        var phrase: Range<Int>
        var cue: Range<Int>
        var rule: ClaimExplanation.SpeakerRule
    }

    func find(in tokens: [Token], sides: SideScan) -> Found {
        var voices: [Candidate] = []
        var speakerTokens = Set<Int>()
        for index in tokens.indices where !tokens[index].inQuote && tokens[index].is(.speechVerb) {
            let phrase: Range<Int>?, rule: ClaimExplanation.SpeakerRule
            let accordingTo = tokens[index].lower == "according" && index + 1 < tokens.count && tokens[index + 1].lower == "to"
            if accordingTo {
                (phrase, rule) = (forwardPhrase(tokens, from: index + 2), .accordingTo)
            } else if isSpeechVerb(tokens, at: index) {
                (phrase, rule) = (speakerPhrase(tokens, sides: sides, verb: index), .speechVerb)
            } else if tokens[index].lower == "statement", index + 1 < tokens.count, ["from", "of", "by"].contains(tokens[index + 1].lower) {
                (phrase, rule) = (forwardPhrase(tokens, from: index + 2), .statement)
            } else {
                (phrase, rule) = (nil, .speechVerb)
            }
            guard let phrase, let voice = classify(tokens, sides: sides, phrase: phrase, nearEnd: !accordingTo) else { continue }
            voices.append(Candidate(voice: voice, accordingTo: accordingTo, phrase: phrase, cue: index..<index + (accordingTo ? 2 : 1), rule: rule))
            speakerTokens.formUnion(phrase)
        }
        let voice = Self.choose(voices), chosen = voices.first { $0.voice == voice }
        return Found(voice: voice, speakerTokens: speakerTokens, phrase: chosen?.phrase, cue: chosen?.cue, rule: chosen?.rule)
    }

    /// A side's voice beats a third party's, which beats "he" or "the ministry".
    private static func choose(_ voices: [Candidate]) -> Voice? {
        var sides: [String] = []
        for case .side(let side) in voices.map(\.voice) where !sides.contains(side) { sides.append(side) }
        if sides.count == 1 { return .side(sides[0]) }
        if sides.count > 1 {
            let stated = voices.compactMap { entry -> String? in
                if case .side(let side) = entry.voice, entry.accordingTo { return side }
                return nil
            }
            return Set(stated).count == 1 ? .side(stated[0]) : .mutual
        }
        if voices.contains(where: { $0.voice == .mutual }) { return .mutual }
        if let third = voices.first(where: { if case .thirdParty = $0.voice { true } else { false } }) { return third.voice }
        return voices.isEmpty ? nil : .anaphor
    }

    /// "issued" counts only for a statement ("issued the following official statement").
    private func isSpeechVerb(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lower
        guard Lexicon.speechVerbs.contains(word) else { return false }
        if Lexicon.publishingVerbs.contains(word) {
            return tokens[(index + 1)...].prefix(4).contains { Lexicon.statementNouns.contains($0.lower) }
        }
        return true
    }

    /// The speaker of a verb: the words before it back to a quotation mark,
    /// colon or semicolon — or back to a comma, once the words after the
    /// comma name a side, a third party or an earlier speaker (not just a
    /// person: "the ministry's spokesperson, Arman Petrosyan, said") — or,
    /// when none name anyone, the words after it ("…,” said the Azerbaijani
    /// Foreign Ministry).
    private func speakerPhrase(_ tokens: [Token], sides: SideScan, verb: Int) -> Range<Int>? {
        var start = verb
        while start > 0, verb - start < 12 {
            let previous = tokens[start - 1]
            if previous.isQuoteMark || previous.isPunctuation(":") || previous.isPunctuation(";") || previous.inQuote
                || previous.lower == "that" || previous.lower == "which" { break }
            if previous.isPunctuation(","), start < verb, isStrongSpeaker(tokens, sides: sides, phrase: start..<verb) { break }
            start -= 1
        }
        if start < verb, classify(tokens, sides: sides, phrase: start..<verb, nearEnd: true) != nil { return start..<verb }
        let inverted = verb == 0 || tokens[verb - 1].isQuoteMark || tokens[verb - 1].isPunctuation(",")
        return inverted ? forwardPhrase(tokens, from: verb + 1) : nil
    }

    /// Whether the phrase names a side, a third party by what it is, or an earlier speaker.
    private func isStrongSpeaker(_ tokens: [Token], sides: SideScan, phrase: Range<Int>) -> Bool {
        switch classify(tokens, sides: sides, phrase: phrase, nearEnd: true) {
        case .side, .anaphor, .mutual: true
        case .thirdParty: tokens[phrase].contains { Lexicon.thirdPartyWords.contains($0.lower) }
        case nil: false
        }
    }

    /// Words from `start` up to the next punctuation mark (at most eight).
    private func forwardPhrase(_ tokens: [Token], from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < 8, tokens[end].kind == .word || tokens[end].isPunctuation("-") { end += 1 }
        return end > start ? start..<end : nil
    }

    /// What a phrase naming a speaker stands for. `nearEnd`: the speaker is the side named closest to the phrase's end.
    private func classify(_ tokens: [Token], sides: SideScan, phrase: Range<Int>, nearEnd: Bool) -> Voice? {
        let words = tokens[phrase]
        if words.contains(where: { Lexicon.thirdPartyWords.contains($0.lower) }) {
            return .thirdParty(Self.name(of: words))
        }
        let references = vocabulary.references(in: sides, range: phrase)
        if Self.areJoined(references, in: tokens) { return .mutual }
        if let reference = nearEnd ? references.last : references.first { return .side(reference.side) }
        if words.contains(where: { Lexicon.anaphors.contains($0.lower) }) { return .anaphor }
        let named = words.indices.contains { index in
            let word = tokens[index]
            let opensSentence = index == 0 && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized)
            return word.isCapitalized && !opensSentence && !Lexicon.functionWords.contains(word.lower)
        }
        if named {
            return .thirdParty(Self.name(of: words))
        }
        return nil
    }

    /// "Yerevan and Baku", "both Armenia and Azerbaijan": two sides speaking as one.
    private static func areJoined(_ references: [SideReference], in tokens: [Token]) -> Bool {
        guard references.count >= 2 else { return false }
        let last = references[references.count - 1], previous = references[references.count - 2]
        guard last.side != previous.side else { return false }
        let gap = tokens[previous.words.upperBound..<last.words.lowerBound]
        return !gap.isEmpty && gap.allSatisfy { $0.lower == "and" || $0.isPunctuation(",") }
    }

    /// A third party's name as written: its last run of capitalised words
    /// ("Clint Ehrlich", "Jerusalem Post"), else the whole phrase.
    private static func name(of words: ArraySlice<Token>) -> String {
        var run: [Token] = []
        var last: [Token] = []
        for word in words {
            if word.isCapitalized && word.isWord && !Lexicon.functionWords.contains(word.lower) {
                run.append(word)
            } else if !run.isEmpty {
                last = run
                run = []
            }
        }
        if !run.isEmpty { last = run }
        let chosen = last.isEmpty ? Array(words.filter(\.isWord)) : last
        return chosen.map(\.text).joined(separator: " ")
    }
}

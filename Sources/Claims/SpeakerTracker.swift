/// Carries a speaker from sentence to sentence, as a reader does: through
/// "He indicated that…" or "the statement said", through a quotation that
/// runs over several sentences, through a paragraph that a sentence ending
/// in a colon introduced ("issued the following statement:"), and into a
/// paragraph that is only a quotation. Anything else is the article's own
/// narration, which no side stands behind.
struct SpeakerTracker {
    /// The last speaker named.
    private var current: Voice?
    /// The speaker a colon handed the next paragraph to.
    private var introduced: Voice?
    private var paragraphSpeaker: Voice?
    private var paragraph = -1

    /// The voice of `reading`, taking earlier sentences into account; `nil` for the article's own narration.
    mutating func speaker(of reading: SentenceReading) -> Voice? {
        let sentence = reading.sentence
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph
            paragraphSpeaker = introduced
            introduced = nil
        }
        let voice = resolve(reading.attribution.voice, sentence: sentence)
        if let voice, voice != .anaphor, voice != .mutual { current = voice }
        if sentence.introducesWhatFollows, let voice { introduced = voice }
        return voice
    }

    private func resolve(_ stated: Voice?, sentence: Sentence) -> Voice? {
        switch stated {
        case .anaphor: return current
        case .some(let voice): return voice
        case nil:
            if sentence.continuesQuotation { return current }
            if let paragraphSpeaker { return paragraphSpeaker }
            if sentence.opensParagraph && sentence.isQuotation { return current }
            return nil
        }
    }
}

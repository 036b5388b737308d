/// Carries a speaker from sentence to sentence, as a reader does: through
/// "He indicated that…" or "the statement said", through a quotation that
/// runs over several sentences, through a paragraph that a sentence ending
/// in a colon introduced ("issued the following statement:"), and into a
/// paragraph that is only a quotation. Anything else is the article's own
/// narration, which no side stands behind.
struct SpeakerTracker {
    /// The last speaker named.
    private var current: Speaker?
    /// The speaker a colon handed the next paragraph to.
    private var introduced: Speaker?
    private var paragraphSpeaker: Speaker?
    private var paragraph = -1

    /// The speaker of `reading`, taking earlier sentences into account.
    mutating func speaker(of reading: SentenceReading) -> Speaker {
        let sentence = reading.sentence
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph
            paragraphSpeaker = introduced
            introduced = nil
        }
        let speaker = resolve(reading.statedSpeaker, sentence: sentence)
        if let voice = speaker.voice, voice != .anaphor, voice != .mutual { current = speaker }
        if sentence.introducesWhatFollows, speaker.voice != nil { introduced = speaker }
        return speaker
    }

    private func resolve(_ stated: Speaker, sentence: Sentence) -> Speaker {
        switch stated.voice {
        case .anaphor: return current?.carried(by: .carried) ?? .narration
        case .some: return stated
        case nil:
            if sentence.continuesQuotation { return current?.carried(by: .quotation) ?? .narration }
            if let paragraphSpeaker { return paragraphSpeaker.carried(by: .colonParagraph) }
            if sentence.opensParagraph && sentence.isQuotation { return current?.carried(by: .quotedParagraph) ?? .narration }
            return .narration
        }
    }
}

/// Who asserts a sentence once earlier sentences are taken into account
/// (``SpeakerTracker``), with the words that made them the speaker.
struct Speaker: Equatable {
    /// The voice; `nil` for the article's own narration.
    var voice: Voice?
    /// Where the words naming the speaker are, in the sentence that named them (offsets in the article's scalars).
    var phrase: Range<Int>?
    /// Where the words that attribute the sentence are ("said", "according to").
    var cue: Range<Int>?
    /// How the speaker was found.
    var rule: ClaimExplanation.SpeakerRule

    /// The article's own narration.
    static let narration = Speaker(voice: nil, phrase: nil, cue: nil, rule: .narration)

    /// This speaker, found for a later sentence by `rule`.
    func carried(by rule: ClaimExplanation.SpeakerRule) -> Speaker {
        voice == nil ? .narration : Speaker(voice: voice, phrase: phrase, cue: cue, rule: rule)
    }
}

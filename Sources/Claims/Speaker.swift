/// Who asserts a sentence once earlier sentences are taken into account
/// (``SpeakerTracker``), with the words that made them the speaker.
struct Speaker: Equatable {
    /// The voice; `nil` for the article's own narration.
    var voice: Voice?
    /// The words naming the speaker, as written, in the sentence that named them.
    var phrase: String?
    /// The words that attribute the sentence ("said", "according to").
    var cue: String?
    /// How the speaker was found.
    var rule: ClaimExplanation.SpeakerRule

    /// The article's own narration.
    static let narration = Speaker(voice: nil, phrase: nil, cue: nil, rule: .narration)

    /// This speaker, found for a later sentence by `rule`.
    func carried(by rule: ClaimExplanation.SpeakerRule) -> Speaker {
        voice == nil ? .narration : Speaker(voice: voice, phrase: phrase, cue: cue, rule: rule)
    }
}

/// Why a claim was extracted: the words that made its claimant, the words
/// that made its sentence one about an attack, and the rule that made the
/// name one of its places, so an analyst (or `make eval`) can check a claim
/// in seconds. `extract` writes it as the `why` field (``summary``) and,
/// with `--explain`, as a block per record.
public struct ClaimExplanation: Sendable, Hashable {
    /// How the claimant was found.
    public enum SpeakerRule: String, Sendable, Hashable {
        /// "the Armenian Defense Ministry said", "said the Azerbaijani Foreign Ministry".
        case speechVerb = "speech verb"
        /// "according to Armenia".
        case accordingTo = "according to"
        /// "the statement from the Azerbaijani defense ministry".
        case statement = "statement of"
        /// "He indicated that…", "the ministry added": the speaker of an earlier sentence.
        case carried = "carried from an earlier sentence"
        /// A sentence inside a quotation an earlier sentence opened.
        case quotation = "quotation continued"
        /// A paragraph introduced by a sentence ending in a colon ("issued the following statement:").
        case colonParagraph = "paragraph introduced by a colon"
        /// A paragraph that is only a quotation, after the speaker's paragraph.
        case quotedParagraph = "paragraph of quotation"
        /// Nobody asserts it: the article's own narration.
        case narration
    }

    /// How the name became a place of the claim.
    public enum PlaceRule: String, Sendable, Hashable {
        /// "in the direction(s) of X", "the X direction(s)", "towards X".
        case direction = "direction phrase"
        /// "near X", "the outskirts of X", "east of X".
        case near = "near phrase"
        /// After a word that makes it a location: "in", "at", "shelled"…
        case locative = "after a locating word"
        /// In a list of names with a known place, without a locating word.
        case list = "in a list with a known place"
        /// A known place named in a sentence about an attack.
        case named = "named in the sentence"
    }

    /// The words naming the speaker, as written ("the Armenian Defense Ministry"); `nil` for narration.
    public var speaker: String?
    /// The words that attribute the sentence to the speaker ("said", "according to").
    public var speakerCue: String?
    /// How the speaker was found.
    public var speakerRule: SpeakerRule
    /// Whether the speaker is a third party (a journalist, an outlet), not a side.
    public var isThirdParty: Bool
    /// The words that make the sentence one about an attack, as written ("shelled", "artillery").
    public var eventWords: [String]
    /// How the name became a place of the claim.
    public var placeRule: PlaceRule
    /// The words before or after the name that gave the rule ("in the direction of", "near", "in").
    public var placeCue: String?
    /// How many names the list the place stands in has (1 when alone).
    public var listSize: Int
    /// How one of several places of the same name was chosen, when there were several.
    public var placeChoice: String?

    /// Creates an explanation.
    public init(
        speaker: String?, speakerCue: String?, speakerRule: SpeakerRule, isThirdParty: Bool, eventWords: [String],
        placeRule: PlaceRule, placeCue: String?, listSize: Int, placeChoice: String? = nil
    ) {
        self.speaker = speaker
        self.speakerCue = speakerCue
        self.speakerRule = speakerRule
        self.isThirdParty = isThirdParty
        self.eventWords = eventWords
        self.placeRule = placeRule
        self.placeCue = placeCue
        self.listSize = listSize
        self.placeChoice = placeChoice
    }

    /// The speaker part: `speaker "the Armenian Defense Ministry" (speech verb "said")`, `third party "Jerusalem
    /// Post" (according to "According to")`, `no speaker (narration)`.
    public var speakerSummary: String {
        guard let speaker else { return "no speaker (narration)" }
        let rule = speakerCue.map { "\(speakerRule.rawValue) \"\($0)\"" } ?? speakerRule.rawValue
        return (isThirdParty ? "third party" : "speaker") + " \"\(speaker)\" (\(rule))"
    }

    /// The place part: `direction phrase "directions of", 1 of a list of 6; closest of 2 places named …`.
    public var placeSummary: String {
        var text = placeRule.rawValue
        if let placeCue { text += " \"\(placeCue)\"" }
        if listSize > 1 { text += ", 1 of a list of \(listSize)" }
        if let placeChoice { text += "; \(placeChoice)" }
        return text
    }

    /// The whole explanation on one line, as the `why` field holds it.
    public var summary: String {
        var text = speakerSummary
        text += "; event \""
        text += eventWords.joined(separator: ", ")
        text += "\"; place: "
        text += placeSummary
        return text
    }
}

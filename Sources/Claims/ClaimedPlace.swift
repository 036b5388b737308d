import Incidents

/// A name of a sentence that is the place of a claim, with the precision its wording gives and why it is claimed.
struct ClaimedPlace {
    var mention: PlaceMention
    var precision: Precision
    /// The rule that made it a claimed place, and the words that gave it.
    var rule: ClaimExplanation.PlaceRule
    var cue: String?
    /// How many names its list has (1 when alone).
    var listSize: Int
}

/// The sides whose claims an article is read for, and the countries where
/// their places are looked for (see ``ClaimExtractor/relevantSides(named:)``).
struct RelevantSides: Sendable, Equatable {
    /// The sides, by name.
    var sides: Set<String>
    /// ISO codes; empty for anywhere.
    var countries: Set<String>
}

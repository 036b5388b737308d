import PlaceNames

/// A name in a sentence that may be a place: one the gazetteer knows (with
/// its candidates in the conflict area, best first), or a capitalised name
/// it does not know.
struct PlaceMention: Sendable {
    /// Token positions in the sentence.
    var tokens: Range<Int>
    /// The name as written.
    var text: String
    /// Offsets in Unicode scalars, end exclusive.
    var start: Int
    var end: Int
    /// The places it may be, best first; empty for a name the gazetteer does not know.
    var candidates: [Match]
    /// For an unknown name: the gazetteer's closest names.
    var suggestions: [String] = []

    var isKnown: Bool { !candidates.isEmpty }
}

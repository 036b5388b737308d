import Incidents
import PlaceNames

/// One claim read from an article: a side (or an unattributed report)
/// says something happened at a place. It becomes one incident record, in
/// the schema `build` reads.
public struct ExtractedClaim: Sendable, Hashable {
    /// The claiming side, or ``unattributed`` for a third party's report.
    public var claimedBy: String
    /// The side blamed, when the sentence names it (or says "the enemy").
    public var accused: String?
    /// The place as the article writes it ("Kəlbəcər").
    public var place: String
    /// The gazetteer place it was resolved to, in the article's context; `nil` when no place has that name.
    public var resolved: Place?
    /// ISO 8601 date (and time when stated), when the article says or implies one.
    public var date: String?
    /// What happened: "shelling", "sabotage", "fire, targeting"…
    public var event: String?
    /// The weapons named: "artillery, mortars, drones".
    public var weapons: String?
    /// How precisely the claim locates the incident.
    public var precision: Precision
    /// The article's source; for an unattributed claim, followed by who reported it.
    public var source: String
    /// The sentence the claim comes from.
    public var quote: String
    /// Where the place is named: offsets in Unicode scalars (code points) from the start of the text, end exclusive.
    public var mentionStart: Int
    public var mentionEnd: Int
    /// The file and 1-based line of the mention, for messages.
    public var file: String
    public var line: Int
    /// For a place not in the gazetteer: the closest names it has.
    public var suggestions: [String]
    /// Why it was extracted: the speaker's words, the event's, the place's rule.
    public var why: ClaimExplanation

    /// The `claimed_by` of a report no side stands behind.
    public static let unattributed = "unattributed"
}

/// How a query met a place's name, best first.
public enum MatchKind: String, Sendable, Comparable, CaseIterable {
    /// The record named the place by its GeoNames id.
    case geonameID = "geonameid"
    /// The query is the place's main name, character for character.
    case exact
    /// The query is one of the place's other names, character for character.
    case alternate
    /// The query equals a name once both are folded (case, diacritics, script).
    case folded
    /// The folded query is a few typing errors away from a folded name.
    case fuzzy

    /// Words for the `lookup` table: `exact name`, `alternate name`…
    public var label: String {
        switch self {
        case .geonameID: "GeoNames id"
        case .exact: "exact name"
        case .alternate: "alternate name"
        case .folded: "folded spelling"
        case .fuzzy: "typo-tolerant"
        }
    }

    public static func < (a: MatchKind, b: MatchKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One place a query may mean, with how sure the match is.
public struct Match: Sendable, Hashable {
    /// The place.
    public var place: Place
    /// How good the match of names is, in [0, 1]: 1 for the exact main name,
    /// lower for alternate, folded and typo-tolerant matches.
    public var score: Double
    /// How the query met the name.
    public var kind: MatchKind
    /// The name of the place that the query met, as the gazetteer spells it.
    public var matchedName: String
    /// Metres from the `near` point of the lookup, when one was given.
    public var distance: Double?

    /// Creates a match.
    public init(place: Place, score: Double, kind: MatchKind, matchedName: String, distance: Double? = nil) {
        self.place = place
        self.score = score
        self.kind = kind
        self.matchedName = matchedName
        self.distance = distance
    }
}

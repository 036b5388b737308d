import Projection

/// What a lookup may prefer when several places match equally well.
public struct LookupOptions: Sendable {
    /// How many matches to return at most.
    public var limit: Int
    /// Countries to prefer (ISO codes such as `AM`, `AZ`); empty for none.
    public var countries: Set<String>
    /// A point to prefer places near, e.g. the area a report is about.
    public var near: LonLat?

    /// Creates options; by default five matches and no preference.
    public init(limit: Int = 5, countries: Set<String> = [], near: LonLat? = nil) {
        self.limit = limit
        self.countries = countries
        self.near = near
    }
}

/// The outcome of looking up one name.
public struct LookupResult: Sendable {
    /// The name as asked.
    public var query: String
    /// The places it may mean, best first; empty when nothing matched.
    public var matches: [Match]
    /// When nothing matched: the closest names, to help the user correct the query.
    public var suggestions: [Match]

    /// Creates a result.
    public init(query: String, matches: [Match], suggestions: [Match]) {
        self.query = query
        self.matches = matches
        self.suggestions = suggestions
    }
}

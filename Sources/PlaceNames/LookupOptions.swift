import Projection

/// What a lookup may prefer when several places match equally well.
public struct LookupOptions: Sendable {
    /// How many matches to return at most.
    public var limit: Int
    /// Countries to prefer, most preferred first: among matches of equal
    /// score, a place in the first set ranks before one in the second, and
    /// so on, and one in any set before one in none. (`build` prefers the
    /// claimant's countries, then the accused's, then `--country`.)
    public var preferredCountries: [Set<String>]
    /// A point to prefer places near, e.g. the area a report is about.
    public var near: LonLat?
    /// Whether each matched place carries its alternate names. A place can
    /// have hundreds (a capital's in every language), and reading them is
    /// most of what a lookup of a common name costs; a caller that shows
    /// only the main and the matched name, as the command line does, turns
    /// this off and gets places whose `alternateNames` are empty.
    public var includesAlternateNames: Bool

    /// Creates options; by default five matches, no preference, places with all their names.
    public init(limit: Int = 5, countries: Set<String> = [], near: LonLat? = nil, includesAlternateNames: Bool = true) {
        self.limit = limit
        self.preferredCountries = countries.isEmpty ? [] : [countries]
        self.near = near
        self.includesAlternateNames = includesAlternateNames
    }

    /// Countries to prefer (ISO codes such as `AM`, `AZ`), all equally; empty for none.
    public var countries: Set<String> {
        get { preferredCountries.reduce(into: []) { $0.formUnion($1) } }
        set { preferredCountries = newValue.isEmpty ? [] : [newValue] }
    }

    /// How strongly `country` is preferred: the index of the first set of
    /// ``preferredCountries`` that holds it (0 most), or their count when none does.
    func preference(of country: String?) -> Int {
        guard let country else { return preferredCountries.count }
        return preferredCountries.firstIndex { $0.contains(country) } ?? preferredCountries.count
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

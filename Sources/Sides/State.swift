/// One of the world's states as a side of a conflict: a row of `states.tsv`
/// (see ``StateTable``).
public struct State: Sendable, Hashable {
    /// The common English short name, as layers are named: Russia, Iran, DR Congo, South Korea.
    public var side: String
    /// ISO 3166-1 alpha-2 (`AM`) and alpha-3 (`ARM`) codes; Kosovo is `XK`, `XKX` as in GeoNames.
    public var iso2: String
    public var iso3: String
    /// The official name ("Republic of Armenia"), when it differs from the short one.
    public var officialName: String?
    /// Other names of the state, in any script and inflection: "Russian Federation", "DRC", "Հայաստան", "Армении".
    public var names: [String]
    /// Adjectives: "Armenian", "Azeri", "армянская".
    public var demonyms: [String]
    /// The people, as a plural noun: "Armenians".
    public var people: [String]
    /// The capital, in the spellings news uses: "Kyiv", "Kiev".
    public var capitals: [String]
    /// Names of its forces or government that no pattern builds: "IDF", "FARDC".
    public var institutions: [String]
    /// The ISO codes of the countries where the side's places lie (usually its own).
    public var countries: [String]
    /// The ISO codes of its neighbours (GeoNames).
    public var neighbours: [String]

    /// Creates a state; only the display name and codes are required.
    public init(
        side: String, iso2: String, iso3: String = "", officialName: String? = nil, names: [String] = [],
        demonyms: [String] = [], people: [String] = [], capitals: [String] = [], institutions: [String] = [],
        countries: [String]? = nil, neighbours: [String] = []
    ) {
        self.side = side
        self.iso2 = iso2
        self.iso3 = iso3
        self.officialName = officialName
        self.names = names
        self.demonyms = demonyms
        self.people = people
        self.capitals = capitals
        self.institutions = institutions
        self.countries = countries ?? [iso2]
        self.neighbours = neighbours
    }
}

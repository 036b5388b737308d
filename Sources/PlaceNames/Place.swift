import Projection

/// A named place from the gazetteer: a GeoNames record or a curated feature.
public struct Place: Sendable, Hashable {
    /// The GeoNames id; `nil` for curated features, which GeoNames lacks.
    public var geonameID: Int?
    /// The main name, as the source spells it (`Laçın`).
    public var name: String
    /// Every other name the source lists: the ASCII form, other spellings
    /// and other scripts (`Lacin`, `Lachin`, `Berdzor`, `Բերձոր`).
    public var alternateNames: [String]
    /// Where it is (a single label point, even for a province).
    public var position: LonLat
    /// ISO 3166 two-letter country code, or `nil` for features on or across a border.
    public var country: String?
    /// The GeoNames first-level division code, e.g. `AM.08`; `nil` when unknown.
    public var admin1Code: String?
    /// The GeoNames second-level division code, e.g. `TH.30.3304` (country,
    /// admin1 and admin2 codes, as `admin2Codes.txt` lists them); `nil` when unknown.
    public var admin2Code: String?
    /// Inhabitants, 0 when unknown or not a settlement.
    public var population: Int
    /// What sort of place it is.
    public var kind: PlaceKind

    /// Creates a place.
    public init(
        geonameID: Int?, name: String, alternateNames: [String], position: LonLat,
        country: String?, admin1Code: String?, admin2Code: String? = nil, population: Int, kind: PlaceKind
    ) {
        self.geonameID = geonameID
        self.name = name
        self.alternateNames = alternateNames
        self.position = position
        self.country = country
        self.admin1Code = admin1Code
        self.admin2Code = admin2Code
        self.population = population
        self.kind = kind
    }

    /// The main name followed by the alternate names.
    public var allNames: [String] { [name] + alternateNames }
}

/// What sort of place a gazetteer entry is, in words a reader understands
/// (`populated place`, `province`, `mountain`), with a rank used to prefer
/// the more significant of two equally good matches.
public struct PlaceKind: Sendable, Hashable, CustomStringConvertible {
    /// The kind in words.
    public var description: String

    /// Creates a kind from a word such as `district`.
    public init(_ description: String) {
        self.description = description
    }

    /// The kind of a GeoNames record, from its feature class and code.
    public init(featureClass: String, featureCode: String) {
        self.description = Self.geoNamesKinds[featureCode] ?? Self.geoNamesClasses[featureClass] ?? "feature \(featureClass).\(featureCode)"
    }

    /// Higher for places that usually matter more in a report when two
    /// candidates match a name equally well and have no population to
    /// compare: a capital before a province, a province before a district,
    /// a district before a village, a village before a hill.
    public var rank: Int {
        var description = description
        return description.withUTF8 { Self.rank(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// The ``rank`` of the kind described by the UTF-8 bytes `description`,
    /// for ranking the many candidates of a common name without making a
    /// string of each one's kind.
    static func rank(utf8 description: UnsafeRawBufferPointer) -> Int {
        ranks.first { $0.description.elementsEqual(description) }?.rank ?? 1
    }

    private static let ranks: [(description: [UInt8], rank: Int)] = [
        ("capital", 6), ("province", 5), ("region", 5), ("district", 4), ("corridor", 4), ("admin seat", 3), ("populated place", 2),
    ].map { (Array($0.utf8), $1) }

    private static let geoNamesKinds: [String: String] = [
        "PPLC": "capital", "PPLA": "admin seat", "PPLA2": "admin seat", "PPLA3": "admin seat", "PPLA4": "admin seat",
        "ADM1": "province", "ADM2": "district", "ADM3": "district", "ADM4": "subdistrict", "ADM5": "subdistrict",
        "ADMD": "admin area", "ADM1H": "former province", "ADM2H": "former district", "PRSH": "parish",
        "PCLI": "country", "PCLD": "country", "PCLIX": "country section", "PCLS": "country", "PCLF": "country", "TERR": "territory",
        "PPLF": "farm village", "PPLQ": "abandoned place",
        "PPLW": "destroyed place", "PPLH": "historical place",
        "TMPL": "temple", "RUIN": "ruin", "CSTL": "castle", "MSTY": "monastery", "CH": "church", "MSQE": "mosque",
        "BDG": "bridge", "DAM": "dam", "AIRP": "airport", "AIRB": "airbase", "INSM": "military installation",
        "CMP": "camp", "PSTB": "border post", "BP": "boundary marker", "HSP": "hospital", "SCH": "school",
        "MT": "mountain", "MTS": "mountains", "PK": "peak", "PKS": "peaks", "HLL": "hill", "PASS": "pass",
        "LK": "lake", "RSV": "reservoir", "STM": "stream", "VAL": "valley", "PEN": "peninsula", "MN": "mine",
    ]

    private static let geoNamesClasses: [String: String] = [
        "P": "populated place", "A": "admin area", "H": "water", "T": "terrain", "L": "area",
        "R": "road", "S": "site", "U": "undersea", "V": "vegetation",
    ]
}

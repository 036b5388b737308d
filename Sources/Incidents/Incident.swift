import Projection
import StableHash

/// One claim from one report: a side says something happened at a place.
///
/// This is the validated form of a row of an incidents file; only `place`
/// and `claimedBy` are required. Text fields are kept as written.
public struct Incident: Sendable, Hashable {
    /// A stable identifier: the file's own, or derived from the content (see ``derivedID``).
    public var id: String
    /// Whether ``id`` was derived rather than given by the file. Claims with
    /// derived ids are merged when they agree on side, place and day.
    public private(set) var hasDerivedID: Bool
    /// When it happened: an ISO 8601 date or date-time, as written.
    public var date: String?
    /// The place as the report names it.
    public var place: String
    /// The side that makes the claim, as written (normalised later through the side table).
    public var claimedBy: String
    /// The side the claim blames, if named.
    public var accused: String?
    /// What happened: shelling, drone strike, sabotage…
    public var event: String?
    /// The weapons named.
    public var weapons: String?
    /// Where the claim was reported: an outlet, a ministry, a file.
    public var source: String?
    /// The sentence the claim comes from.
    public var quote: String?
    /// How precisely the claim locates the incident.
    public var precision: Precision
    /// Coordinates given in the file, for places no gazetteer knows.
    public var position: LonLat?
    /// The GeoNames id of the place, when the file names it (as `extract`
    /// does after settling which of two same-named places is meant).
    public var geonameID: Int?
    /// The file and line the incident was read from.
    public var file: String
    /// The 1-based line in ``file``.
    public var line: Int

    /// Creates an incident; `id` defaults to one derived from the content.
    public init(
        id: String? = nil, date: String? = nil, place: String, claimedBy: String, accused: String? = nil,
        event: String? = nil, weapons: String? = nil, source: String? = nil, quote: String? = nil,
        precision: Precision = .exact, position: LonLat? = nil, geonameID: Int? = nil, file: String = "", line: Int = 0
    ) {
        self.date = date
        self.place = place
        self.claimedBy = claimedBy
        self.accused = accused
        self.event = event
        self.weapons = weapons
        self.source = source
        self.quote = quote
        self.precision = precision
        self.position = position
        self.geonameID = geonameID
        self.file = file
        self.line = line
        self.id = ""
        self.hasDerivedID = id == nil
        self.id = id ?? derivedID
    }

    /// An id computed from the content (date, place, sides, event, weapons,
    /// source, quote, precision, coordinates, GeoNames id), so the same row always gets
    /// the same id, on every machine and in every run.
    public var derivedID: String {
        let parts: [String?] = [date, place, claimedBy, accused, event, weapons, source, quote, precision.rawValue,
                                position.map { "\($0.lon),\($0.lat)" }, geonameID.map(String.init)]
        let content = parts.map { $0 ?? "" }.joined(separator: "\u{1F}")
        return StableHash.hex(content)
    }

}

import Incidents
import Projection

/// One record of the input, its place found: everything a feature is made
/// of. Between the two passes of a build, rows wait on disk (see
/// ``SpillFile``), so a million of them need no memory.
struct ResolvedRecord: Sendable, Equatable {
    /// The file's own id, when it gave one.
    var ownID: String?
    var date: String?
    /// The place as the record names it.
    var place: String
    /// The claiming side, normalised.
    var side: String
    /// The accused side, normalised.
    var accused: String?
    var event: String?
    var weapons: String?
    var source: String?
    var quote: String?
    var precision: Precision
    /// The gazetteer's name of the place, or the record's for given coordinates.
    var resolvedName: String
    /// The name the map labels the place with, in the build's ``LabelLanguage``.
    var label: String
    var geonameID: Int?
    var country: String?
    var admin1: String?
    /// How the place was found: a ``PlaceNames/MatchKind`` raw value, or `coordinates`.
    var match: String
    /// The match score; `nil` for given coordinates.
    var score: Double?
    /// Whether the match needs a person to check it (see ``ReviewedIncident``).
    var review: Bool
    /// Where the place is, in WGS 84.
    var position: LonLat
    /// Where the record was read.
    var file: String
    var line: Int
}

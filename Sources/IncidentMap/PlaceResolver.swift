import Incidents
import PlaceNames
import Projection

/// An incident whose place the gazetteer does not know.
public struct UnresolvedIncident: Sendable {
    /// The incident as read.
    public var incident: Incident
    /// The closest names the gazetteer has, best first (at most three).
    public var suggestions: [String]
    /// Why it is unresolved, when not simply an unknown name ("no place has geonameid 42").
    public var reason: String?

    /// Creates an entry.
    public init(incident: Incident, suggestions: [String], reason: String? = nil) {
        self.incident = incident
        self.suggestions = suggestions
        self.reason = reason
    }

    /// `file:line: no place matches "X" (did you mean A, B?)`.
    public var message: String {
        if let reason { return "\(incident.file):\(incident.line): \(reason) (\"\(incident.place)\")" }
        var text = "\(incident.file):\(incident.line): no place matches \"\(incident.place)\""
        if !suggestions.isEmpty { text += " (did you mean " + suggestions.joined(separator: ", ") + "?)" }
        return text
    }
}

/// Finds each incident's place: coordinates given in the file win; then a
/// GeoNames id the file gives; else the best gazetteer match for the name.
/// A name is looked up once however many rows use it, and only what a
/// feature needs of the answer is kept, so memory grows with the distinct
/// names, not with the rows.
struct PlaceResolver {
    /// What a feature needs of a place that was found.
    private struct Found {
        var name: String
        /// The name the map labels it with (``LabelLanguage``).
        var label: String
        var geonameID: Int?
        var country: String?
        var admin1: String?
        var match: String
        var score: Double
        var position: LonLat
    }

    private let gazetteer: Gazetteer
    private let sides: SideTable
    private let options: LookupOptions
    private let labels: LabelLanguage
    private var names: [String: Result<Found, UnresolvedError>] = [:]
    /// Sides by the value a record gives (`AM`, `the Armenian MoD`), normalised once each.
    private var sideNames: [String: String] = [:]

    init(gazetteer: Gazetteer, sides: SideTable, options: LookupOptions, labels: LabelLanguage = .en) {
        self.gazetteer = gazetteer
        self.sides = sides
        self.options = options
        self.labels = labels
    }

    /// The row of `incident`, or why its place could not be found.
    mutating func resolve(_ incident: Incident) -> Result<ClaimRow, UnresolvedError> {
        if let position = incident.position {
            let given = Found(name: incident.place, label: incident.place, match: "coordinates", score: .nan, position: position)
            return .success(row(incident, given))
        }
        let found = incident.geonameID.map { byID($0, incident) } ?? byName(incident.place, incident)
        return found.map { row(incident, $0) }
    }

    private mutating func side(_ value: String) -> String {
        if let side = sideNames[value] { return side }
        let side = sides.side(for: value)
        sideNames[value] = side
        return side
    }

    private mutating func row(_ incident: Incident, _ found: Found) -> ClaimRow {
        ClaimRow(
            ownID: incident.hasDerivedID ? nil : incident.id, date: incident.date, place: incident.place,
            side: side(incident.claimedBy), accused: incident.accused.map { side($0) }, event: incident.event,
            weapons: incident.weapons, source: incident.source, quote: incident.quote, precision: incident.precision,
            resolvedName: found.name, label: found.label, geonameID: found.geonameID, country: found.country, admin1: found.admin1,
            match: found.match, score: found.score.isNaN ? nil : found.score, position: found.position,
            file: incident.file, line: incident.line)
    }

    private mutating func byName(_ name: String, _ incident: Incident) -> Result<Found, UnresolvedError> {
        let result: Result<Found, UnresolvedError>
        if let known = names[name] {
            result = known
        } else {
            result = lookUp(name)
            names[name] = result
        }
        return result.mapError { UnresolvedError(unresolved: UnresolvedIncident(incident: incident, suggestions: $0.unresolved.suggestions)) }
    }

    private func lookUp(_ name: String) -> Result<Found, UnresolvedError> {
        let result = gazetteer.lookup(name, options: options)
        guard let match = result.matches.first else {
            let names = result.suggestions.map { $0.matchedName == $0.place.name ? $0.place.name : "\($0.matchedName) (\($0.place.name))" }
            return .failure(UnresolvedError(unresolved: UnresolvedIncident(incident: Incident(place: name, claimedBy: ""), suggestions: names)))
        }
        return .success(found(match.place, match: match.kind.rawValue, score: match.score))
    }

    private mutating func byID(_ geonameID: Int, _ incident: Incident) -> Result<Found, UnresolvedError> {
        guard let number = gazetteer.placeNumber(geonameID: geonameID) else {
            let unresolved = UnresolvedIncident(incident: incident, suggestions: [], reason: "no place has geonameid \(geonameID)")
            return .failure(UnresolvedError(unresolved: unresolved))
        }
        return .success(found(gazetteer.place(at: number), match: MatchKind.geonameID.rawValue, score: 1))
    }

    private func found(_ place: Place, match: String, score: Double) -> Found {
        Found(name: place.name, label: labels.label(of: place), geonameID: place.geonameID, country: place.country, admin1: gazetteer.admin1Name(of: place),
              match: match, score: score, position: place.position)
    }
}

/// Wraps an ``UnresolvedIncident`` so it can travel in a `Result`.
public struct UnresolvedError: Error, Sendable {
    /// The incident and the suggestions.
    public var unresolved: UnresolvedIncident
}

import Incidents
import PlaceNames
import Projection

/// An incident whose place has been found: in the gazetteer, or from the
/// coordinates the file gave.
public struct ResolvedIncident: Sendable {
    /// The incident as read.
    public var incident: Incident
    /// The claiming side, normalised through the side table.
    public var side: String
    /// The accused side, normalised likewise.
    public var accused: String?
    /// The gazetteer match; `nil` when the file gave coordinates.
    public var match: Match?
    /// The first-level division of the matched place (`Syunik`).
    public var admin1: String?
    /// Where the incident is, in WGS 84.
    public var position: LonLat
    /// Every report that makes this claim (see ``ClaimMerging``); at first the incident's own source.
    public var sources: [String]
    /// How many records make this claim.
    public var mentions = 1

    /// Creates a resolved incident, its own only source.
    public init(incident: Incident, side: String, accused: String?, match: Match?, admin1: String?, position: LonLat) {
        self.incident = incident
        self.side = side
        self.accused = accused
        self.match = match
        self.admin1 = admin1
        self.position = position
        self.sources = incident.source.map { [$0] } ?? []
    }
}

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
/// A name is looked up once however many rows use it.
public struct PlaceResolver {
    private let gazetteer: Gazetteer
    private let sides: SideTable
    private let options: LookupOptions
    private var results: [String: LookupResult] = [:]

    /// A resolver over `gazetteer`, normalising sides through `sides`.
    public init(gazetteer: Gazetteer, sides: SideTable, options: LookupOptions = LookupOptions(limit: 1)) {
        self.gazetteer = gazetteer
        self.sides = sides
        self.options = options
    }

    /// The resolved incident, or why it could not be resolved.
    public mutating func resolve(_ incident: Incident) -> Result<ResolvedIncident, UnresolvedError> {
        let side = sides.side(for: incident.claimedBy)
        let accused = incident.accused.map(sides.side(for:))
        if let position = incident.position {
            return .success(ResolvedIncident(incident: incident, side: side, accused: accused, match: nil, admin1: nil, position: position))
        }
        if let geonameID = incident.geonameID {
            return resolve(incident, geonameID: geonameID, side: side, accused: accused)
        }
        let result = lookup(incident.place)
        guard let match = result.matches.first else {
            let names = result.suggestions.map { $0.matchedName == $0.place.name ? $0.place.name : "\($0.matchedName) (\($0.place.name))" }
            return .failure(UnresolvedError(unresolved: UnresolvedIncident(incident: incident, suggestions: names)))
        }
        return .success(ResolvedIncident(
            incident: incident, side: side, accused: accused, match: match,
            admin1: gazetteer.admin1Name(of: match.place), position: match.place.position))
    }

    private func resolve(_ incident: Incident, geonameID: Int, side: String, accused: String?) -> Result<ResolvedIncident, UnresolvedError> {
        guard let number = gazetteer.placeNumber(geonameID: geonameID) else {
            let unresolved = UnresolvedIncident(incident: incident, suggestions: [], reason: "no place has geonameid \(geonameID)")
            return .failure(UnresolvedError(unresolved: unresolved))
        }
        let place = gazetteer.place(at: number)
        let match = Match(place: place, score: 1, kind: .geonameID, matchedName: incident.place)
        return .success(ResolvedIncident(
            incident: incident, side: side, accused: accused, match: match,
            admin1: gazetteer.admin1Name(of: place), position: place.position))
    }

    private mutating func lookup(_ name: String) -> LookupResult {
        if let known = results[name] { return known }
        let result = gazetteer.lookup(name, options: options)
        results[name] = result
        return result
    }
}

/// Wraps an ``UnresolvedIncident`` so it can travel in a `Result`.
public struct UnresolvedError: Error, Sendable {
    /// The incident and the suggestions.
    public var unresolved: UnresolvedIncident
}

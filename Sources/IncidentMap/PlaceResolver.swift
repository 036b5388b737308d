import Incidents
import Layers
import PlaceNames
import Projection
import Sides

/// Finds each incident's place: coordinates given in the file win; then a
/// GeoNames id the file gives; else the best gazetteer match for the name.
///
/// The row's own sides choose among places of the same name: places in the
/// claimant's countries come first, then the accused's, then those of
/// `--country` (the side table gives each side's countries). A match below
/// the minimum score is not mapped but reported unresolved with what it
/// would have been; a typo-tolerant match, or a place in none of the sides'
/// countries (checked when the claimant's countries are known), is mapped
/// and flagged for review.
///
/// A name is looked up once per pair of sides however many rows use it,
/// and only what a feature needs of the answer is kept, so memory grows
/// with the distinct names, not with the rows.
struct PlaceResolver {
    /// What a feature needs of a place that was found, and what a review needs of the match.
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
        /// The next best place, described, when the lookup had one.
        var runnerUp: String?
    }

    /// A side as a record names it, normalised, with its countries and a number for cache keys.
    private struct SideInfo {
        var side: String
        var countries: Set<String>
        /// Distinct per side with countries; -1 for a side without any, which prefers nothing.
        var number: Int32
    }

    /// A name looked up with the preferences of one pair of sides.
    private struct NameKey: Hashable {
        var name: String
        var claimant: Int32
        var accused: Int32
    }

    /// What became of one record.
    enum Resolution {
        /// Mapped, with what a person should check when the match is uncertain.
        case mapped(ResolvedRecord, review: ReviewedIncident?)
        /// Not mapped.
        case unresolved(UnresolvedIncident)
    }

    private let gazetteer: Gazetteer
    private let sides: SideTable
    private let options: LookupOptions
    private let labels: LabelLanguage
    private let minimumScore: Double
    private var names: [NameKey: Result<Found, UnresolvedError>] = [:]
    /// Sides by the value a record gives (`AM`, `the Armenian MoD`), normalised once each.
    private var sideInfo: [String: SideInfo] = [:]
    private var sidesWithCountries: Int32 = 0

    /// A resolver over `gazetteer`; `options` give the preferred countries
    /// of the whole build (`--country`); places are labelled in `labels`;
    /// matches scoring below `minimumScore` are refused.
    init(gazetteer: Gazetteer, sides: SideTable, options: LookupOptions, labels: LabelLanguage = .en,
         minimumScore: Double = BuildRequest.defaultMinimumScore) {
        self.gazetteer = gazetteer
        self.sides = sides
        self.options = options
        self.labels = labels
        self.minimumScore = minimumScore
    }

    /// The row of `incident`, or why its place could not be found.
    mutating func resolve(_ incident: Incident) -> Resolution {
        let claimant = info(incident.claimedBy), accused = incident.accused.map { info($0) }
        if let position = incident.position {
            let given = Found(name: incident.place, label: incident.place, match: "coordinates", score: .nan, position: position)
            return .mapped(row(incident, given, claimant, accused, review: false), review: nil)
        }
        let result = incident.geonameID.map { byID($0, incident) } ?? byName(incident, claimant, accused)
        switch result {
        case .success(let found):
            let review = self.review(incident, found, claimant, accused)
            return .mapped(row(incident, found, claimant, accused, review: review != nil), review: review)
        case .failure(let missing):
            return .unresolved(missing.unresolved)
        }
    }

    private mutating func info(_ value: String) -> SideInfo {
        if let known = sideInfo[value] { return known }
        let side = sides.side(for: value)
        let countries = sides.countries(ofSide: side)
        var number: Int32 = -1
        if !countries.isEmpty {
            number = sidesWithCountries
            sidesWithCountries += 1
        }
        let info = SideInfo(side: side, countries: countries, number: number)
        sideInfo[value] = info
        return info
    }

    private func row(_ incident: Incident, _ found: Found, _ claimant: SideInfo, _ accused: SideInfo?, review: Bool) -> ResolvedRecord {
        ResolvedRecord(
            ownID: incident.hasDerivedID ? nil : incident.id, date: incident.date, place: incident.place,
            side: claimant.side, accused: accused?.side, event: incident.event,
            weapons: incident.weapons, source: incident.source, quote: incident.quote, precision: incident.precision,
            resolvedName: found.name, label: found.label, geonameID: found.geonameID, country: found.country, admin1: found.admin1,
            match: found.match, score: found.score.isNaN ? nil : found.score, review: review, position: found.position,
            file: incident.file, line: incident.line)
    }

    // MARK: Review

    /// What a person should check about the match of `incident`, or `nil` when it is sure.
    private func review(_ incident: Incident, _ found: Found, _ claimant: SideInfo, _ accused: SideInfo?) -> ReviewedIncident? {
        var reasons: [ReviewedIncident.Reason] = []
        if found.match == MatchKind.fuzzy.rawValue { reasons.append(.typoTolerant) }
        // Only a claimant with countries says where a claim should be: a third
        // party's report of an attack may concern anyone the accused attacked.
        let countries = claimant.countries.union(accused?.countries ?? [])
        if let country = found.country, !claimant.countries.isEmpty, !countries.contains(country) {
            let named = [claimant, accused].compactMap { $0 }.filter { !$0.countries.isEmpty }.map(\.side)
            reasons.append(.outsideSides(sides: named.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }, countries: countries.sorted()))
        }
        guard !reasons.isEmpty else { return nil }
        return ReviewedIncident(
            incident: incident, chosen: Self.describe(found.name, admin1: found.admin1, country: found.country),
            resolved: found.name, geonameID: found.geonameID, country: found.country, score: found.score, match: found.match,
            reasons: reasons, runnerUp: found.runnerUp)
    }

    /// `Goris (Syunik, AM)`, `Gori (GE)`, `Goris`.
    private static func describe(_ name: String, admin1: String?, country: String?) -> String {
        let qualifiers = [admin1, country].compactMap { $0 }
        return qualifiers.isEmpty ? name : name + " (" + qualifiers.joined(separator: ", ") + ")"
    }

    // MARK: Looking up

    private mutating func byName(_ incident: Incident, _ claimant: SideInfo, _ accused: SideInfo?) -> Result<Found, UnresolvedError> {
        let key = NameKey(name: incident.place, claimant: claimant.number, accused: accused?.number ?? -1)
        let result: Result<Found, UnresolvedError>
        if let known = names[key] {
            result = known
        } else {
            result = lookUp(incident.place, preferring: [claimant.countries, accused?.countries ?? []])
            names[key] = result
        }
        return result.mapError { missing in
            var unresolved = missing.unresolved
            unresolved.incident = incident
            if let reason = unresolved.reason { unresolved.reason = "no place matches \"\(incident.place)\" " + reason }
            return UnresolvedError(unresolved: unresolved)
        }
    }

    /// The best place for `name`, preferring the countries of `sideCountries`
    /// (the claimant's, then the accused's) before the build's own.
    private func lookUp(_ name: String, preferring sideCountries: [Set<String>]) -> Result<Found, UnresolvedError> {
        var options = self.options
        options.limit = 2
        var seen: Set<String> = []
        options.preferredCountries = (sideCountries + self.options.preferredCountries).compactMap { tier in
            let new = tier.subtracting(seen)
            seen.formUnion(tier)
            return new.isEmpty ? nil : new
        }
        let result = gazetteer.lookup(name, options: options)
        guard let match = result.matches.first else {
            let names = result.suggestions.map { $0.matchedName == $0.place.name ? $0.place.name : "\($0.matchedName) (\($0.place.name))" }
            return .failure(UnresolvedError(unresolved: UnresolvedIncident(incident: Incident(place: name, claimedBy: ""), suggestions: names)))
        }
        guard match.score >= minimumScore else { return .failure(refusal(result.matches)) }
        var found = found(match.place, match: match.kind.rawValue, score: match.score)
        found.runnerUp = result.matches.dropFirst().first.map(describe)
        return .success(found)
    }

    /// The places a lookup found, all too weak to map: suggested, with why they were refused.
    private func refusal(_ matches: [Match]) -> UnresolvedError {
        let best = matches[0]
        let reason = "well enough (best: \(describe(best)), \(best.kind.label), below --min-score "
            + NumberFormat.fixed(minimumScore, decimals: 2) + ")"
        let unresolved = UnresolvedIncident(incident: Incident(place: "", claimedBy: ""), suggestions: matches.map(describe), reason: reason)
        return UnresolvedError(unresolved: unresolved)
    }

    /// `Gori (GE) 0.68`: a match's place and score.
    private func describe(_ match: Match) -> String {
        Self.describe(match.place.name, admin1: gazetteer.admin1Name(of: match.place), country: match.place.country)
            + " " + NumberFormat.fixed(match.score, decimals: 2)
    }

    private func byID(_ geonameID: Int, _ incident: Incident) -> Result<Found, UnresolvedError> {
        guard let number = gazetteer.placeNumber(geonameID: geonameID) else {
            let reason = "no place has geonameid \(geonameID) (\"\(incident.place)\")"
            return .failure(UnresolvedError(unresolved: UnresolvedIncident(incident: incident, suggestions: [], reason: reason)))
        }
        return .success(found(gazetteer.place(at: number), match: MatchKind.geonameID.rawValue, score: 1))
    }

    private func found(_ place: Place, match: String, score: Double) -> Found {
        Found(name: place.name, label: labels.label(of: place), geonameID: place.geonameID, country: place.country,
              admin1: gazetteer.admin1Name(of: place), match: match, score: score, position: place.position)
    }
}

import Incidents
import Layers

/// An incident that was mapped, but by a match a person should check: a
/// typo-tolerant match, or a place in neither side's country. Such features
/// carry `review = true`; the incidents are listed on standard error and in
/// `review.csv`.
public struct ReviewedIncident: Sendable {
    /// Why a match needs checking.
    public enum Reason: Sendable, Equatable {
        /// The name met the place's only after allowing for typing errors.
        case typoTolerant
        /// The place lies in none of the countries of the row's sides (`sides`, in order), which hold `countries`.
        case outsideSides(sides: [String], countries: [String])

        /// A few words for `review.csv`: `typo-tolerant match`, `outside the sides' countries (AM, AZ)`.
        public var summary: String {
            switch self {
            case .typoTolerant: "typo-tolerant match"
            case .outsideSides(_, let countries): "outside the sides' countries (\(countries.joined(separator: ", ")))"
            }
        }
    }

    /// The incident as read.
    public var incident: Incident
    /// The gazetteer's name of the place chosen, with its division and country: `Goris (Syunik, AM)`.
    public var chosen: String
    /// The gazetteer's name of the place chosen.
    public var resolved: String
    /// Its GeoNames id, if it has one.
    public var geonameID: Int?
    /// Its ISO country code, if known.
    public var country: String?
    /// The score of the match.
    public var score: Double
    /// How the name matched: `fuzzy`, `alternate`…
    public var match: String
    /// Why it needs checking (at least one reason).
    public var reasons: [Reason]
    /// The next best place and its score, `Gori (GE) 0.68`, when there was one.
    public var runnerUp: String?

    /// `file:line: check "Gorsi": mapped to Goris (Syunik, AM) by a typo-tolerant match, score 0.72 (runner-up: Gori (GE) 0.68); see review.csv`.
    public var message: String {
        var text = "\(incident.file):\(incident.line): check \"\(incident.place)\": mapped to \(chosen)"
        for reason in reasons {
            switch reason {
            case .typoTolerant:
                text += " by a typo-tolerant match, score " + NumberFormat.fixed(score, decimals: 2)
            case .outsideSides(let sides, let countries):
                text += ", outside the countries of " + Self.list(sides) + " (" + countries.joined(separator: ", ") + ")"
            }
        }
        if let runnerUp { text += " (runner-up: \(runnerUp))" }
        return text + "; see review.csv"
    }

    /// `A`, `A and B`, `A, B and C`.
    private static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

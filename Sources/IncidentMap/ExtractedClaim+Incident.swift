import Claims
import Incidents

extension ExtractedClaim {
    /// The incident `build` reads from this claim's record (see
    /// ``ExtractedClaimEncoder``), located at the article's file and line, so that
    /// `map` reports unknown places where the article names them.
    public var incident: Incident {
        Incident(
            date: date, place: place, claimedBy: claimedBy, accused: accused, event: event, weapons: weapons,
            source: source, quote: quote, precision: precision, geonameID: resolved?.geonameID, file: file, line: line)
    }
}

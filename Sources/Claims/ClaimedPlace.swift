import Incidents

/// A name of a sentence that is the place of a claim, with the precision its wording gives.
struct ClaimedPlace {
    var mention: PlaceMention
    var precision: Precision
}

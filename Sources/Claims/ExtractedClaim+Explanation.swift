extension ExtractedClaim {
    /// The claim and why it was extracted, as a block of lines for a reader (`extract --explain`):
    ///
    /// ```
    /// yerevan.txt:5: Armenia claims Sotk (Sotk, 616041; direction), accusing Azerbaijan
    ///   speaker   "the Armenian Defense Ministry" (speech verb "said")
    ///   event     shelled, artillery
    ///   place     direction phrase "directions of", 1 of a list of 6
    ///   sentence  “The enemy continues to use artillery …”
    /// ```
    public var explanationBlock: String {
        let resolvedName = resolved.map { place in "\(place.name)" + (place.geonameID.map { ", \($0)" } ?? "") } ?? "not in the gazetteer"
        var head = "\(file):\(line): \(claimedBy) claims \(place) (\(resolvedName); \(precision.rawValue))"
        if let accused { head += ", accusing \(accused)" }
        return [
            head,
            "  speaker   " + why.speakerSummary,
            "  event     " + why.eventWords.joined(separator: ", "),
            "  place     " + why.placeSummary,
            "  sentence  " + quote,
        ].joined(separator: "\n")
    }
}

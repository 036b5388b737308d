import Layers

/// `review.csv`: one row per incident mapped by an uncertain match, so an
/// analyst can check each place chosen (and fix the name, give a
/// `geonameid`, or give coordinates).
enum ReviewReport {
    /// The header of the file.
    static let header = "file,line,id,place,claimed_by,resolved,geonameid,country,score,match,reason,runner_up"

    /// The CSV text.
    static func csv(_ reviewed: [ReviewedIncident]) -> [UInt8] {
        var text = header + "\n"
        for entry in reviewed {
            let i = entry.incident
            let cells = [
                i.file, String(i.line), i.id, i.place, i.claimedBy, entry.resolved, entry.geonameID.map(String.init) ?? "",
                entry.country ?? "", NumberFormat.fixed(entry.score, decimals: 3), entry.match,
                entry.reasons.map(\.summary).joined(separator: "; "), entry.runnerUp ?? "",
            ]
            text += cells.map(CSVText.cell).joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }
}

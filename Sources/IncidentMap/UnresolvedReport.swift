import Incidents

/// `unresolved.csv`: one row per incident whose place was not found, so an
/// analyst can fix the names or add the places to the gazetteer.
enum UnresolvedReport {
    /// The CSV text: header `file,line,id,place,claimed_by,suggestions`.
    static func csv(_ unresolved: [UnresolvedIncident]) -> [UInt8] {
        var text = "file,line,id,place,claimed_by,suggestions\n"
        for entry in unresolved {
            let i = entry.incident
            let cells = [i.file, String(i.line), i.id, i.place, i.claimedBy, entry.suggestions.joined(separator: "; ")]
            text += cells.map(CSVText.cell).joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }
}

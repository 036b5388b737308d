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
            text += cells.map(quoted).joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }

    /// `cell`, quoted when it contains a comma, quote or line break.
    ///
    /// It looks at bytes, not `Character`s: `\r\n` is one `Character` equal
    /// to neither `\r` nor `\n`, and a quote followed by a combining mark is
    /// one `Character` that is not a quote, yet both break a CSV row.
    private static func quoted(_ cell: String) -> String {
        let special: Set<UInt8> = [0x2C, 0x22, 0x0A, 0x0D]
        guard cell.utf8.contains(where: special.contains) else { return cell }
        var bytes: [UInt8] = [0x22]
        for byte in cell.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}

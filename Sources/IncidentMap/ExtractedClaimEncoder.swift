import Claims
import Layers
import RecordReaders

/// Writes extracted claims as incident records, in exactly the schema
/// `build` reads, so `extract` followed by `build` maps what `map` maps.
public enum ExtractedClaimEncoder {
    /// The fields of every record, in output order.
    public static let fieldNames = [
        "date", "claimed_by", "accused", "place", "geonameid", "event", "weapons", "precision", "source", "quote",
        "mention_start", "mention_end", "why",
    ]

    /// The records as JSON (an array, one record per line), JSON Lines or CSV (with a header).
    public static func encode(_ claims: [ExtractedClaim], as format: InputFormat) -> [UInt8] {
        switch format {
        case .json: json(claims)
        case .jsonl: jsonLines(claims)
        case .csv: csv(claims)
        }
    }

    private static func values(_ claim: ExtractedClaim) -> [PropertyValue] {
        [
            .text(claim.date), .string(claim.claimedBy), .text(claim.accused), .string(claim.place),
            claim.resolved?.geonameID.map(PropertyValue.integer) ?? .null, .text(claim.event), .text(claim.weapons),
            .string(claim.precision.rawValue), .string(claim.source), .string(claim.quote),
            .integer(claim.mentionStart), .integer(claim.mentionEnd), .string(claim.why.summary),
        ]
    }

    private static func object(_ claim: ExtractedClaim, into buffer: inout JSONBuffer) {
        buffer.raw("{")
        for (number, (name, value)) in zip(fieldNames, values(claim)).enumerated() {
            if number > 0 { buffer.raw(",") }
            buffer.key(name)
            buffer.value(value)
        }
        buffer.raw("}")
    }

    private static func json(_ claims: [ExtractedClaim]) -> [UInt8] {
        var buffer = JSONBuffer()
        buffer.raw("[")
        for (number, claim) in claims.enumerated() {
            buffer.raw(number == 0 ? "\n" : ",\n")
            object(claim, into: &buffer)
        }
        buffer.raw(claims.isEmpty ? "]\n" : "\n]\n")
        return buffer.bytes
    }

    private static func jsonLines(_ claims: [ExtractedClaim]) -> [UInt8] {
        var buffer = JSONBuffer()
        for claim in claims {
            object(claim, into: &buffer)
            buffer.raw("\n")
        }
        return buffer.bytes
    }

    private static func csv(_ claims: [ExtractedClaim]) -> [UInt8] {
        var text = fieldNames.joined(separator: ",") + "\n"
        for claim in claims {
            text += values(claim).map { CSVText.cell($0.csvText) }.joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }
}

private extension PropertyValue {
    /// The value as a CSV cell's text; empty for null.
    var csvText: String {
        switch self {
        case .null: ""
        case .string(let text): text
        case .integer(let number): String(number)
        case .number(let number, let decimals): NumberFormat.fixed(number, decimals: decimals)
        case .boolean(let truth): truth ? "true" : "false"
        case .dateTime(let text): text
        }
    }
}

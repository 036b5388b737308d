import Projection
import RecordReaders

extension Incident {
    /// Validates a record read from an incidents file.
    ///
    /// - Throws: ``InputError`` at the record's line for a missing `place`
    ///   or `claimed_by`, an invalid date or precision, coordinates that
    ///   are not finite numbers in range or are given one without the other,
    ///   or a `geonameid`, `mention_start` or `mention_end` that is not a whole number.
    public init(record: RawRecord) throws(InputError) {
        guard let place = record.value("place") else { throw record.error("missing required field \"place\"") }
        guard let claimedBy = record.value("claimed_by") else { throw record.error("missing required field \"claimed_by\"") }
        let date = record.value("date")
        if let date, !ISODate.isValid(date) {
            throw record.error("invalid date \"\(date)\": expected an ISO 8601 date such as 2022-09-13 or 2022-09-13T00:05")
        }
        let precision = try Self.precision(record)
        let geonameID = try Self.wholeNumber(record, "geonameid")
        let mentionStart = try Self.wholeNumber(record, "mention_start")
        let mentionEnd = try Self.wholeNumber(record, "mention_end")
        if let mentionStart, let mentionEnd, mentionEnd < mentionStart {
            throw record.error("mention_end \(mentionEnd) comes before mention_start \(mentionStart)")
        }
        self.init(
            id: record.value("id"), date: date, place: place, claimedBy: claimedBy, accused: record.value("accused"),
            event: record.value("event"), weapons: record.value("weapons"), source: record.value("source"),
            quote: record.value("quote"), precision: precision, position: try Self.position(record),
            geonameID: geonameID, file: record.file, line: record.line)
    }

    private static func precision(_ record: RawRecord) throws(InputError) -> Precision {
        guard let text = record.value("precision") else { return .exact }
        guard let precision = Precision(rawValue: text.lowercased()) else {
            throw record.error("invalid precision \"\(text)\": expected exact, near, direction or region")
        }
        return precision
    }

    /// A field that must hold a whole number ≥ 0 when present.
    private static func wholeNumber(_ record: RawRecord, _ name: String) throws(InputError) -> Int? {
        guard let text = record.value(name) else { return nil }
        guard let value = Int(text), value >= 0 else { throw record.error("\(name) \"\(text)\" is not a whole number") }
        return value
    }

    private static func position(_ record: RawRecord) throws(InputError) -> LonLat? {
        let lon = record.value("lon"), lat = record.value("lat")
        guard lon != nil || lat != nil else { return nil }
        guard let lon, let lat else { throw record.error("\"lon\" and \"lat\" must be given together") }
        let longitude = try coordinate(lon, name: "lon", limit: 180, record)
        let latitude = try coordinate(lat, name: "lat", limit: 90, record)
        return LonLat(lon: longitude, lat: latitude)
    }

    /// A longitude or latitude: a decimal number (`46.3`, `-0.5`, `4.63e1`)
    /// within ±`limit`. `NaN`, `Infinity`, hexadecimal (`0x1p5`, which
    /// `Double` would take) and anything else are errors; so is a number too
    /// large for a `Double` (`1e400`), as out of range.
    private static func coordinate(_ text: String, name: String, limit: Double, _ record: RawRecord) throws(InputError) -> Double {
        guard isDecimal(text), let value = Double(text) else {
            let word = text.lowercased().drop { $0 == "+" || $0 == "-" }
            let isSpecial = ["nan", "inf", "infinity"].contains(word) || word.hasPrefix("nan(")
            throw record.error("\(name) \"\(text)\" is not a \(isSpecial ? "finite " : "")number")
        }
        guard value.isFinite, (-limit...limit).contains(value) else {
            throw record.error("\(name) \(text) is out of range [-\(Int(limit)), \(Int(limit))]")
        }
        return value
    }

    /// Whether `text` is `[+-] digits [. digits] [e [+-] digits]`, with
    /// digits on at least one side of the point.
    private static func isDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix(while: { (0x30...0x39).contains($0) }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == 0x2B || bytes.first == 0x2D { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == 0x2E {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == 0x65 || bytes.first == 0x45 {
            bytes = bytes.dropFirst()
            if bytes.first == 0x2B || bytes.first == 0x2D { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

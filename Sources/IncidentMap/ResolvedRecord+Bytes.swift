import Incidents
import Projection

/// The row as bytes in the spill file: strings as a length and UTF-8
/// (length `UInt32.max` for none), numbers as little-endian bit patterns.
///
/// A million rows go through here twice in a build, so both directions
/// work field by field on one buffer, without collecting the fields first.
extension ResolvedRecord {
    var bytes: [UInt8] {
        var writer = RowWriter(capacity: encodedSize)
        writer.string(ownID)
        writer.string(date)
        writer.string(place)
        writer.string(side)
        writer.string(accused)
        writer.string(event)
        writer.string(weapons)
        writer.string(source)
        writer.string(quote)
        writer.string(precision.rawValue)
        writer.string(resolvedName)
        writer.string(label)
        writer.string(country)
        writer.string(admin1)
        writer.string(match)
        writer.string(file)
        writer.integer(UInt64(bitPattern: Int64(geonameID ?? -1)))
        writer.integer(score.map(\.bitPattern) ?? Double.nan.bitPattern)
        writer.integer(position.lon.bitPattern)
        writer.integer(position.lat.bitPattern)
        writer.integer(UInt64(line))
        writer.byte(review ? 1 : 0)
        return writer.bytes
    }

    /// The number of bytes ``bytes`` has: 16 strings with their lengths, 5 numbers and a flag.
    private var encodedSize: Int {
        func size(_ text: String?) -> Int { 4 + (text?.utf8.count ?? 0) }
        return size(ownID) + size(date) + size(place) + size(side) + size(accused) + size(event) + size(weapons)
            + size(source) + size(quote) + size(precision.rawValue) + size(resolvedName) + size(label) + size(country) + size(admin1)
            + size(match) + size(file) + 5 * 8 + 1
    }

    /// The row `bytes` holds (as ``bytes`` wrote it).
    init(bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { buffer in
            var reader = RowReader(bytes: buffer)
            let ownID = reader.string(), date = reader.string(), place = reader.string()!, side = reader.string()!
            let accused = reader.string(), event = reader.string(), weapons = reader.string(), source = reader.string()
            let quote = reader.string(), precision = Precision(rawValue: reader.string()!)!, resolvedName = reader.string()!
            let label = reader.string()!
            let country = reader.string(), admin1 = reader.string(), match = reader.string()!, file = reader.string()!
            let geonameID = Int64(bitPattern: reader.integer()), score = Double(bitPattern: reader.integer())
            let lon = Double(bitPattern: reader.integer()), lat = Double(bitPattern: reader.integer())
            let line = Int(reader.integer()), review = reader.byte() != 0
            return ResolvedRecord(
                ownID: ownID, date: date, place: place, side: side, accused: accused, event: event, weapons: weapons,
                source: source, quote: quote, precision: precision, resolvedName: resolvedName, label: label,
                geonameID: geonameID < 0 ? nil : Int(geonameID), country: country, admin1: admin1, match: match,
                score: score.isNaN ? nil : score, review: review, position: LonLat(lon: lon, lat: lat), file: file, line: line)
        }
    }
}

private struct RowWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func string(_ text: String?) {
        guard let text else { return integer32(.max) }
        integer32(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func integer32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func integer(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }
}

private struct RowReader {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    mutating func string() -> String? {
        let length = integer32()
        guard length != .max else { return nil }
        defer { position += Int(length) }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + Int(length)]), as: UTF8.self)
    }

    mutating func integer32() -> UInt32 {
        defer { position += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    mutating func integer() -> UInt64 {
        defer { position += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }
}

import Incidents
import Projection

/// The row as bytes in the spill file: strings as a length and UTF-8
/// (length `UInt32.max` for none), numbers as little-endian bit patterns.
extension ClaimRow {
    var bytes: [UInt8] {
        var writer = RowWriter()
        for text in [ownID, date, place, side, accused, event, weapons, source, quote, precision.rawValue,
                     resolvedName, country, admin1, match, file] {
            writer.string(text)
        }
        writer.integer(UInt64(bitPattern: Int64(geonameID ?? -1)))
        writer.integer(score.map(\.bitPattern) ?? Double.nan.bitPattern)
        writer.integer(position.lon.bitPattern)
        writer.integer(position.lat.bitPattern)
        writer.integer(UInt64(line))
        return writer.bytes
    }

    /// The row `bytes` holds (as ``bytes`` wrote it).
    init(bytes: [UInt8]) {
        var reader = RowReader(bytes: bytes)
        let texts = (0..<15).map { _ in reader.string() }
        let geonameID = Int64(bitPattern: reader.integer())
        let score = Double(bitPattern: reader.integer())
        let lon = Double(bitPattern: reader.integer()), lat = Double(bitPattern: reader.integer())
        self.init(
            ownID: texts[0], date: texts[1], place: texts[2]!, side: texts[3]!, accused: texts[4], event: texts[5],
            weapons: texts[6], source: texts[7], quote: texts[8], precision: Precision(rawValue: texts[9]!)!,
            resolvedName: texts[10]!, geonameID: geonameID < 0 ? nil : Int(geonameID), country: texts[11], admin1: texts[12],
            match: texts[13]!, score: score.isNaN ? nil : score, position: LonLat(lon: lon, lat: lat), file: texts[14]!,
            line: Int(reader.integer()))
    }
}

private struct RowWriter {
    var bytes: [UInt8] = []

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
}

private struct RowReader {
    let bytes: [UInt8]
    var position = 0

    mutating func string() -> String? {
        let length = integer32()
        guard length != .max else { return nil }
        defer { position += Int(length) }
        return String(decoding: bytes[position..<position + Int(length)], as: UTF8.self)
    }

    mutating func integer32() -> UInt32 {
        defer { position += 4 }
        return UInt32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt32.self) })
    }

    mutating func integer() -> UInt64 {
        defer { position += 8 }
        return UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) })
    }
}

import Foundation
import Projection

/// What a gazetteer folder's files contain, before indexing.
public struct GazetteerContents: Sendable {
    /// Every place, GeoNames records first by id order of the files, each
    /// GeoNames id once (the first file that lists it wins).
    public var places: [Place] = []
    /// First-level division names by code (`AM.08` → `Syunik`).
    public var admin1Names: [String: String] = [:]

    /// Creates empty contents.
    public init() {}

    /// GeoNames ids already added, so that the first file that lists one wins.
    private var seenIDs: Set<Int> = []

    /// Reads every data file of `files` in order.
    public static func read(_ files: [GazetteerFile]) throws(GazetteerError) -> GazetteerContents {
        var contents = GazetteerContents()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw GazetteerError(path: file.path, message: "cannot read file")
            }
            try contents.add(String(decoding: data, as: UTF8.self), format: file.format, path: file.path)
        }
        return contents
    }

    /// Adds the places (or admin1 names) of `text`, the content of a file in
    /// `format`; `path` names it in errors.
    ///
    /// - Throws: ``GazetteerError`` naming the path and line of the first
    ///   line that does not fit the format.
    public mutating func add(_ text: String, format: GazetteerFile.Format, path: String) throws(GazetteerError) {
        try GazetteerFile.forEachRecord(in: text, format: format) { fields, line throws(GazetteerError) in
            switch format {
            case .geoNames:
                let place = try GazetteerFile.geoNamesPlace(fields, path: path, line: line)
                if let id = place.geonameID, seenIDs.insert(id).inserted { places.append(place) }
            case .curated:
                places.append(try GazetteerFile.curatedPlace(fields, path: path, line: line))
            case .admin1:
                let (code, name) = try GazetteerFile.admin1Name(fields, path: path, line: line)
                admin1Names[code] = name
            }
        }
    }
}

extension GazetteerFile {
    /// Calls `body` with the tab-separated fields and 1-based line number of
    /// every non-blank data line of `text` (the curated format's header is skipped).
    static func forEachRecord(
        in text: String, format: Format, _ body: ([Substring], Int) throws(GazetteerError) -> Void
    ) throws(GazetteerError) {
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || (format == .curated && number == 1) { continue }
            try body(line.split(separator: "\t", omittingEmptySubsequences: false), number)
        }
    }

    /// The code and name of an admin1 line: `AM.08`, `Syunik`, ….
    static func admin1Name(_ f: [Substring], path: String, line: Int) throws(GazetteerError) -> (String, String) {
        guard f.count >= 2 else {
            throw GazetteerError(path: path, line: line, message: "expected an admin1 code and a name separated by a tab")
        }
        return (String(f[0]), String(f[1]))
    }

    /// A place from the 19 columns of a GeoNames dump line.
    static func geoNamesPlace(_ f: [Substring], path: String, line: Int) throws(GazetteerError) -> Place {
        guard f.count == 19 else {
            throw GazetteerError(path: path, line: line, message: "expected 19 tab-separated GeoNames columns, found \(f.count)")
        }
        guard let id = Int(f[0]) else {
            throw GazetteerError(path: path, line: line, message: "geonameid \"\(f[0])\" is not a number")
        }
        let position = try coordinates(lat: f[4], lon: f[5], path: path, line: line)
        var alternates = f[3].split(separator: ",").map(String.init)
        if f[2] != f[1], !f[2].isEmpty, !alternates.contains(String(f[2])) { alternates.insert(String(f[2]), at: 0) }
        let country = f[8].isEmpty ? nil : String(f[8])
        return Place(
            geonameID: id, name: String(f[1]), alternateNames: alternates, position: position,
            country: country, admin1Code: f[10].isEmpty || country == nil ? nil : "\(f[8]).\(f[10])",
            population: Int(f[14]) ?? 0,
            kind: PlaceKind(featureClass: String(f[6]), featureCode: String(f[7])))
    }

    /// A place from a curated line: name, alternate names, latitude, longitude, kind, country, source.
    static func curatedPlace(_ f: [Substring], path: String, line: Int) throws(GazetteerError) -> Place {
        guard f.count >= 6 else {
            throw GazetteerError(path: path, line: line, message: "expected at least 6 tab-separated columns, found \(f.count)")
        }
        return Place(
            geonameID: nil, name: String(f[0]), alternateNames: f[1].split(separator: ",").map(String.init),
            position: try coordinates(lat: f[2], lon: f[3], path: path, line: line),
            country: f[5].isEmpty ? nil : String(f[5]), admin1Code: nil, population: 0,
            kind: PlaceKind(String(f[4])))
    }

    private static func coordinates(lat: Substring, lon: Substring, path: String, line: Int) throws(GazetteerError) -> LonLat {
        guard let latitude = Double(lat), let longitude = Double(lon) else {
            throw GazetteerError(path: path, line: line, message: "latitude \"\(lat)\" or longitude \"\(lon)\" is not a number")
        }
        let position = LonLat(lon: longitude, lat: latitude)
        guard position.isValid else {
            throw GazetteerError(path: path, line: line, message: "coordinates \(lat), \(lon) are out of range")
        }
        return position
    }
}

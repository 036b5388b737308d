import Foundation
import Projection

/// What a gazetteer folder's files contain, before indexing.
public struct GazetteerContents: Sendable {
    /// Every place, GeoNames records first by id order of the files, each
    /// GeoNames id once (the first file that lists it wins).
    public var places: [Place] = []
    /// First- and second-level division names by code (`AM.08` → `Syunik`,
    /// `TH.30.3304` → `Amphoe Kantharalak`).
    public var admin1Names: [String: String] = [:]

    /// Creates empty contents.
    public init() {}

    /// GeoNames ids added by ``add(_:format:path:)``, so that the first text that lists one wins.
    private var seenIDs: Set<Int> = []

    /// Reads every data file of `files` in order, into memory.
    public static func read(_ files: [GazetteerFile]) throws(GazetteerError) -> GazetteerContents {
        var contents = GazetteerContents()
        try GazetteerFile.forEachPlace(in: files) { place in
            contents.places.append(place)
        } admin1: { code, name in
            contents.admin1Names[code] = name
        }
        return contents
    }

    /// Adds the places (or admin1 names) of `text`, the content of a file in
    /// `format`; `path` names it in errors. (Files are read line by line
    /// with ``read(_:)``; this is for text already in memory.)
    ///
    /// - Throws: ``GazetteerError`` naming the path and line of the first
    ///   line that does not fit the format.
    public mutating func add(_ text: String, format: GazetteerFile.Format, path: String) throws(GazetteerError) {
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || (format == .curated && number == 1) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch try GazetteerFile.record(fields, format: format, path: path, line: number) {
            case .place(let place):
                if let id = place.geonameID, !seenIDs.insert(id).inserted { continue }
                places.append(place)
            case .admin1(let code, let name):
                admin1Names[code] = name
            }
        }
    }
}

extension GazetteerFile {
    /// Streams the places and first-level division names of `files`, in
    /// order: each GeoNames id once (the first file that lists it wins),
    /// curated features always. Files are read line by line, so memory does
    /// not grow with their size.
    static func forEachPlace(
        in files: [GazetteerFile],
        _ place: (Place) throws(GazetteerError) -> Void,
        admin1: (String, String) throws(GazetteerError) -> Void
    ) throws(GazetteerError) {
        var seen = GeonameIDSet()
        for file in files {
            try file.forEachRecord { fields, line throws(GazetteerError) in
                switch try record(fields, format: file.format, path: file.path, line: line) {
                case .place(let found):
                    if let id = found.geonameID, !seen.insert(id) { return }
                    try place(found)
                case .admin1(let code, let name):
                    try admin1(code, name)
                }
            }
        }
    }

    /// What one line of a gazetteer file holds.
    enum Record {
        case place(Place)
        case admin1(code: String, name: String)
    }

    /// The place or admin1 name of the tab-separated `fields` of a line of a file in `format`.
    static func record(_ fields: [Substring], format: Format, path: String, line: Int) throws(GazetteerError) -> Record {
        switch format {
        case .geoNames:
            return .place(try geoNamesPlace(fields, path: path, line: line))
        case .curated:
            return .place(try curatedPlace(fields, path: path, line: line))
        case .admin1:
            guard fields.count >= 2 else {
                throw GazetteerError(path: path, line: line, message: "expected an admin1 code and a name separated by a tab")
            }
            return .admin1(code: String(fields[0]), name: String(fields[1]))
        }
    }

    /// Calls `body` with the tab-separated fields and 1-based line number of
    /// every non-blank data line (the curated format's header is skipped),
    /// reading the file a chunk at a time.
    func forEachRecord(_ body: ([Substring], Int) throws(GazetteerError) -> Void) throws(GazetteerError) {
        let format = self.format
        let readable = try LineReader(path: path).forEachLine { (bytes, number) throws(GazetteerError) in
            if bytes.isEmpty || (format == .curated && number == 1) { return }
            let line = String(decoding: bytes, as: UTF8.self)
            try body(line.split(separator: "\t", omittingEmptySubsequences: false), number)
        }
        guard readable else { throw GazetteerError(path: path, message: "cannot read file") }
    }

    /// A place from the 19 columns of a GeoNames dump line.
    static func geoNamesPlace(_ f: [Substring], path: String, line: Int) throws(GazetteerError) -> Place {
        guard f.count == 19 else {
            throw GazetteerError(path: path, line: line, message: "expected 19 tab-separated GeoNames columns, found \(f.count)")
        }
        guard let id = Int(f[0]) else {
            throw GazetteerError(path: path, line: line, message: "geonameid \"\(f[0])\" is not a number")
        }
        guard (1...Int(UInt32.max)).contains(id) else {
            throw GazetteerError(path: path, line: line, message: "geonameid \(id) is out of range (1 to \(UInt32.max))")
        }
        let position = try coordinates(lat: f[4], lon: f[5], path: path, line: line)
        var alternates = f[3].split(separator: ",").map(String.init)
        if f[2] != f[1], !f[2].isEmpty, !alternates.contains(String(f[2])) { alternates.insert(String(f[2]), at: 0) }
        let country = f[8].isEmpty ? nil : String(f[8])
        return Place(
            geonameID: id, name: String(f[1]), alternateNames: alternates, position: position,
            country: country, admin1Code: f[10].isEmpty || country == nil ? nil : "\(f[8]).\(f[10])",
            admin2Code: f[10].isEmpty || f[11].isEmpty || country == nil ? nil : "\(f[8]).\(f[10]).\(f[11])",
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

import Foundation
@testable import PlaceNames
import Projection

/// The gazetteer bundled with the repository, compiled once for the whole
/// test run (compiling folds every name, about a fifth of a second).
enum BundledGazetteer {
    /// `<repository>/Gazetteer`, found from this file's own path.
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PlaceNamesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("Gazetteer").path

    /// Compiled without touching the user's cache.
    private static let loaded: Result<Gazetteer, GazetteerError> = Result { () throws(GazetteerError) in
        try Gazetteer.load(folder: folder, useCache: false)
    }

    /// The compiled gazetteer, or the error that prevented loading it.
    static func gazetteer() throws -> Gazetteer {
        try loaded.get()
    }
}

/// A scratch folder under the system temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init(_ label: String = "gazetteer") throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("placenames-tests-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let target = file(name)
        try text.write(toFile: target, atomically: false, encoding: .utf8)
        return target
    }

    /// Appends `text` to the existing file `name`.
    func append(_ name: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file(name)))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Builds lines in the formats of a gazetteer folder.
enum GazetteerLines {
    /// One GeoNames dump line: 19 tab-separated columns.
    static func geoNames(
        id: Int, name: String, ascii: String? = nil, alternates: [String] = [],
        lat: String, lon: String, featureClass: String = "P", featureCode: String = "PPL",
        country: String = "AM", admin1: String = "", population: Int = 0
    ) -> String {
        [
            String(id), name, ascii ?? name, alternates.joined(separator: ","), lat, lon,
            featureClass, featureCode, country, "", admin1, "", "", "", String(population), "", "1000",
            "Asia/Yerevan", "2024-01-01",
        ].joined(separator: "\t")
    }

    /// The header of a curated features file.
    static let curatedHeader = "name\talternate_names\tlatitude\tlongitude\tkind\tcountry_code\tsource"

    /// One curated features line.
    static func curated(name: String, alternates: [String] = [], lat: String, lon: String, kind: String, country: String = "") -> String {
        [name, alternates.joined(separator: ","), lat, lon, kind, country, "https://example.org"].joined(separator: "\t")
    }
}

/// A small GeoNames file of two Armenian towns, a curated feature and an
/// admin1 table, written into `folder`.
func writeTinyGazetteer(in folder: TemporaryFolder) throws {
    try folder.write("places.txt", [
        GazetteerLines.geoNames(id: 900001, name: "Aygedzor", alternates: ["Aigedzor", "Այգեձոր"], lat: "40.9", lon: "45.1", admin1: "09", population: 2500),
        GazetteerLines.geoNames(id: 900002, name: "Berdashen", lat: "39.9", lon: "46.6", admin1: "08", population: 700),
    ].joined(separator: "\n") + "\n")
    try folder.write("features.tsv", [
        GazetteerLines.curatedHeader,
        GazetteerLines.curated(name: "Test Ridge", alternates: ["Ridge of Tests"], lat: "40.2", lon: "45.8", kind: "mountain"),
    ].joined(separator: "\n") + "\n")
    try folder.write("admin1.tsv", "AM.08\tSyunik\tSyunik\t409314\nAM.09\tTavush\tTavush\t409315\n")
}

extension Gazetteer {
    /// The GeoNames ids of the matches of `query`, best first.
    func ids(_ query: String, options: LookupOptions = LookupOptions()) -> [Int?] {
        lookup(query, options: options).matches.map(\.place.geonameID)
    }
}

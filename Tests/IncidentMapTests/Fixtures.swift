import Foundation
import IncidentMap
import Incidents
import PlaceNames
import RecordReaders
import Sides
import Testing

/// The bundled data and helpers shared by the IncidentMap tests.
enum Fixtures {
    /// The package root: two folders up from this file's folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled gazetteer folder.
    static let gazetteerFolder = packageRoot.appendingPathComponent("Gazetteer").path

    /// The bundled example incidents file.
    static let example = packageRoot.appendingPathComponent("Examples/september-2022-border-clashes.csv").path

    /// The bundled gazetteer, compiled once for the whole test run.
    static let gazetteer = Result { () throws(GazetteerError) -> Gazetteer in
        try Gazetteer.load(folder: gazetteerFolder, useCache: false)
    }

    /// The bundled side table.
    static let sides = Result { () throws(InputError) -> SideTable in
        try SideTable.load(folder: gazetteerFolder)
    }

    /// A builder over the bundled gazetteer and side table.
    static func builder() throws -> LayerBuilder {
        LayerBuilder(gazetteer: try gazetteer.get(), sides: try sides.get())
    }

    /// Builds the layers of `inputs` into `folder`.
    @discardableResult
    static func build(_ inputs: [String], into folder: String, crs: String? = nil, strict: Bool = false) throws -> BuildReport {
        try builder().build(BuildRequest(inputs: inputs.map { BuildRequest.Input(path: $0) }, outputFolder: folder, crs: crs, strict: strict))
    }

    /// Builds the example with every output of `build`: GeoJSON and
    /// GeoPackage, zones, project, in `crs`.
    @discardableResult
    static func buildEverything(into folder: String, crs: String? = nil, inputs: [String] = [example],
                                formats: [OutputFormat] = [.geojson, .gpkg]) throws -> BuildReport {
        try builder().build(BuildRequest(
            inputs: inputs.map { BuildRequest.Input(path: $0) }, outputFolder: folder, crs: crs,
            formats: formats, zones: ZoneOptions(), project: true, countryOutlines: gazetteerFolder + "/caucasus-countries.geojson"))
    }

    /// The error `build` throws, or `nil` (recording an issue) when it succeeds.
    static func buildError(_ inputs: [String], into folder: String, crs: String? = nil, strict: Bool = false,
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildError? {
        let builder = try builder()
        let request = BuildRequest(inputs: inputs.map { BuildRequest.Input(path: $0) }, outputFolder: folder, crs: crs, strict: strict)
        do throws(BuildError) {
            _ = try builder.build(request)
        } catch {
            return error
        }
        Issue.record("the build succeeded", sourceLocation: sourceLocation)
        return nil
    }

    /// A new, empty temporary directory.
    static func temporaryDirectory(_ label: String = "incident-map-tests") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes `text` to `name` in a new temporary directory; returns the path.
    static func file(_ name: String, _ text: String) throws -> String {
        let path = try temporaryDirectory("incident-map-input") + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every file in `folder` (hidden ones too) with its bytes; empty when
    /// the folder does not exist.
    static func snapshot(_ folder: String) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var result: [String: Data] = [:]
        for name in names {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name) ?? Data()
        }
        return result
    }

    /// The visible file names of `folder`, sorted.
    static func visibleNames(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The text of a file.
    static func text(_ path: String) throws -> String {
        String(decoding: try #require(FileManager.default.contents(atPath: path), "cannot read \(path)"), as: UTF8.self)
    }

    /// The parsed GeoJSON layer at `path`.
    static func layer(_ path: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) is not a JSON object")
    }

    /// The features of the layer at `path`.
    static func features(_ path: String) throws -> [[String: Any]] {
        try #require(try layer(path)["features"] as? [[String: Any]], "\(path) has no features array")
    }

    /// The properties of `feature`.
    static func properties(_ feature: [String: Any]) throws -> [String: Any] {
        try #require(feature["properties"] as? [String: Any], "a feature without properties")
    }

    /// The coordinates of `feature`.
    static func coordinates(_ feature: [String: Any]) throws -> [Double] {
        let geometry = try #require(feature["geometry"] as? [String: Any], "a feature without geometry")
        return try #require(geometry["coordinates"] as? [Double], "a geometry without coordinates")
    }

    /// The first feature of the layer at `path` whose `place` is `place`.
    static func feature(place: String, in path: String) throws -> [String: Any] {
        try #require(try features(path).first { (try? properties($0)["place"] as? String) == place }, "no feature for \(place)")
    }

    /// The member names of each feature's `properties`, in the order of the
    /// file (JSONSerialization loses member order).
    static func propertyNameOrder(_ path: String) throws -> [[String]] {
        try text(path).split(separator: "\n").filter { $0.hasPrefix("{\"type\": \"Feature\"") }.map { line in
            guard let start = line.range(of: "\"properties\": ")?.upperBound else { return [] }
            return memberNames(ofObjectAt: Array(line[start...].utf8))
        }
    }

    private static func memberNames(ofObjectAt bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                var end = index + 1
                while end < bytes.count && bytes[end] != 0x22 {
                    end += bytes[end] == 0x5C ? 2 : 1
                }
                var next = end + 1
                while next < bytes.count && bytes[next] == 0x20 { next += 1 }
                if depth == 1 && next < bytes.count && bytes[next] == 0x3A,
                   let name = try? JSONSerialization.jsonObject(with: Data(bytes[index...end]), options: .fragmentsAllowed) as? String {
                    names.append(name)
                }
                index = end + 1
                continue
            }
            if byte == 0x7B || byte == 0x5B { depth += 1 }
            if byte == 0x7D || byte == 0x5D {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        return names
    }
}

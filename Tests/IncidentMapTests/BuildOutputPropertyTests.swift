import Foundation
import IncidentMap
import RandomInputs
import Testing

/// Properties of every `build` output, checked on many random incident
/// files: odd text in every field, hostile sides, known and unknown places,
/// given coordinates, missing and repeated rows, all three formats.
@Suite("Build output properties")
struct BuildOutputPropertyTests {
    /// Names the bundled gazetteer knows, in several spellings and scripts.
    static let knownPlaces = ["Goris", "Kapan", "Jermuk", "Kəlbəcər", "Kelbajar", "Лачин", "Berdzor", "Sotk", "Vardenis", "Şuşa"]
    static let unknownPlaces = ["Ishkhanasar", "Atlantis", "Post \u{1}7", "Հայաստան ?"]
    static let usualSides = ["Armenia", "Azerbaijan", "AM", "AZ", "Armenian Ministry of Defence", "observers"]

    /// One random incident: field name → value (absent fields left out).
    private func incident(_ number: Int, using random: inout SeededRandom) -> [(String, String)] {
        var fields: [(String, String)] = []
        if random.chance(0.5) { fields.append(("id", "p-\(number)")) }
        // Unknown names come from a short list: each costs a typo-tolerant
        // search of the whole gazetteer, which random names would repeat.
        let place = (random.chance(0.7) ? Self.knownPlaces : Self.unknownPlaces).randomElement(using: &random)!
        fields.append(("place", place))
        let side = random.chance(0.7) ? Self.usualSides.randomElement(using: &random)! : random.name(maximumLength: 40)
        fields.append(("claimed_by", side.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "nobody" : side))
        if random.chance(0.5) { fields.append(("date", "2022-09-\(Int.random(in: 10...28, using: &random))")) }
        for name in ["event", "quote", "source", "accused"] where random.chance(0.5) {
            fields.append((name, random.name(maximumLength: 60)))
        }
        if random.chance(0.3) {
            fields.append(("lon", String(Double.random(in: -180...180, using: &random))))
            fields.append(("lat", String(Double.random(in: -90...90, using: &random))))
        }
        return fields
    }

    /// The incidents as a JSON Lines file, every field a string with every
    /// non-ASCII and control character escaped.
    private func jsonLines(_ incidents: [[(String, String)]]) -> String {
        incidents.map { fields in
            "{" + fields.map { "\"\($0.0)\": \(escaped($0.1))" }.joined(separator: ", ") + "}\n"
        }.joined()
    }

    private func escaped(_ text: String) -> String {
        var result = "\""
        for unit in text.utf16 {
            if unit >= 0x20 && unit < 0x7F && unit != 0x22 && unit != 0x5C {
                result.unicodeScalars.append(Unicode.Scalar(unit)!)
            } else {
                let hex = String(unit, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return result + "\""
    }

    /// The incidents as a CSV file with every column, quoted throughout.
    private func csv(_ incidents: [[(String, String)]]) -> String {
        let columns = ["id", "place", "claimed_by", "date", "event", "quote", "source", "accused", "lon", "lat"]
        var text = columns.joined(separator: ",") + "\n"
        for fields in incidents {
            let values = Dictionary(fields, uniquingKeysWith: { first, _ in first })
            text += columns.map { quoted(values[$0] ?? "") }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// `text` in quotes, each quote doubled: scalar by scalar, since a quote
    /// followed by a combining mark is one `Character` that is not a quote.
    private func quoted(_ text: String) -> String {
        var result = String.UnicodeScalarView([Unicode.Scalar(0x22)])
        for scalar in text.unicodeScalars {
            result.append(scalar)
            if scalar == "\"" { result.append(scalar) }
        }
        result.append(Unicode.Scalar(0x22))
        return String(result)
    }

    @Test func everyLayerIsRFC7946GeoJSONWithUniqueIDsInsideTheOutputFolder() throws {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        let builder = try Fixtures.builder()
        for round in 0..<40 {
            var incidents = (0..<Int.random(in: 1...60, using: &random)).map { incident($0, using: &random) }
            // Identical rows, told apart by a suffix on their derived ids.
            if let repeated = incidents.last(where: { !$0.contains { $0.0 == "id" } }) { incidents.append(repeated) }
            let folder = try Fixtures.temporaryDirectory("incident-map-property")
            let isCSV = random.chance(0.5)
            let input = folder + (isCSV ? "/incidents.csv" : "/incidents.jsonl")
            try Data((isCSV ? csv(incidents) : jsonLines(incidents)).utf8).write(to: URL(fileURLWithPath: input))
            let out = folder + "/out"
            let context = Comment(rawValue: "seed \(random.seed), round \(round), \(input)")
            do {
                _ = try builder.build(BuildRequest(inputs: [BuildRequest.Input(path: input)], outputFolder: out))
            } catch {
                Issue.record("the build failed: \(error); \(context)")
                continue
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["incidents" + (isCSV ? ".csv" : ".jsonl"), "out"], context)
            var ids: [String] = []
            for name in try FileManager.default.contentsOfDirectory(atPath: out) where name.hasSuffix(".geojson") {
                let layer = try Fixtures.layer(out + "/" + name)
                checkRFC7946(layer, context: Comment(rawValue: context.rawValue + ": " + name))
                ids += (layer["features"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            }
            #expect(Set(ids).count == ids.count, "duplicate ids; \(context)")
        }
    }

    /// Checks a parsed layer against RFC 7946 (WGS 84, no `crs`, Points
    /// with [lon, lat] in range, a consistent `bbox`, string ids).
    private func checkRFC7946(_ layer: [String: Any], context: Comment) {
        #expect(layer["type"] as? String == "FeatureCollection", context)
        #expect(layer["crs"] == nil, context)
        guard let features = layer["features"] as? [[String: Any]] else {
            Issue.record("no features array; \(context)")
            return
        }
        var points: [(Double, Double)] = []
        for feature in features {
            #expect(feature["type"] as? String == "Feature", context)
            #expect(feature["id"] is String, context)
            #expect(feature["properties"] is [String: Any], context)
            let geometry = feature["geometry"] as? [String: Any]
            #expect(geometry?["type"] as? String == "Point", context)
            guard let position = geometry?["coordinates"] as? [Double], position.count == 2 else {
                Issue.record("a Point without two coordinates; \(context)")
                continue
            }
            #expect((-180...180).contains(position[0]) && (-90...90).contains(position[1]), context)
            points.append((position[0], position[1]))
        }
        guard let box = layer["bbox"] as? [Double] else {
            #expect(points.isEmpty, "no bbox; \(context)")
            return
        }
        #expect(box.count == 4, context)
        guard box.count == 4 else { return }
        #expect(box[0] <= box[2] && box[1] <= box[3], context)
        for (lon, lat) in points {
            #expect(box[0] <= lon && lon <= box[2] && box[1] <= lat && lat <= box[3], "\(lon),\(lat) outside the bbox; \(context)")
        }
    }

    @Test func rawBytesAsClaimedByAreReadOrRefusedButNeverWrittenOutsideTheFolder() throws {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        let builder = try Fixtures.builder()
        for round in 0..<40 {
            let folder = try Fixtures.temporaryDirectory("incident-map-property")
            var bytes = Array("place,claimed_by,lon,lat\n".utf8)
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let side = random.bytes(maximumLength: 40).flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] }
                bytes += Array("Post,\"".utf8) + side + Array("\",45,40\n".utf8)
            }
            let input = folder + "/sides.csv"
            try Data(bytes).write(to: URL(fileURLWithPath: input))
            let out = folder + "/out"
            do throws(BuildError) {
                _ = try builder.build(BuildRequest(inputs: [BuildRequest.Input(path: input)], outputFolder: out))
            } catch {
                guard case .input = error else {
                    Issue.record("seed \(random.seed), round \(round): not an input error: \(error)")
                    continue
                }
            }
            let context = Comment(rawValue: "seed \(random.seed), round \(round)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { $0 == "sides.csv" || $0 == "out" }, context)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] {
                var isFolder: ObjCBool = false
                #expect(FileManager.default.fileExists(atPath: out + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue, context)
                let isLayerOrStyle = name.hasSuffix(".geojson") || name.hasSuffix(".qml")
                #expect(!name.contains("/") && (isLayerOrStyle || ["unresolved.csv", "review.csv", ".incident-map-manifest"].contains(name)),
                        "\(context): \(name.debugDescription)")
            }
        }
    }
}

import Foundation
import Layers
import Projection
import Testing

/// Helpers shared by the Layers tests.
enum Support {
    /// A new, empty temporary directory, unique to the caller.
    static func temporaryDirectory(_ label: String = "layers-tests") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// The description PROJ gives of `definition` (`EPSG:4326`, `EPSG:32638`).
    static func crs(_ definition: String) throws -> CRSInfo {
        try Transformer(to: definition).target
    }

    /// The JSON object `bytes` parse to.
    static func jsonObject(_ bytes: [UInt8]) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes))
        return try #require(parsed as? [String: Any], "the top level is not a JSON object")
    }

    /// The names of the members of the `properties` object of each feature
    /// line of a GeoJSON text written by ``GeoJSONWriter``, in the order they
    /// appear (JSONSerialization loses member order).
    static func propertyNameOrder(_ text: String) -> [[String]] {
        text.split(separator: "\n").filter { $0.hasPrefix("{\"type\": \"Feature\"") }.map { line in
            guard let start = line.range(of: "\"properties\": ")?.upperBound else { return [] }
            return memberNames(ofObjectAt: Array(line[start...].utf8))
        }
    }

    /// The member names of the JSON object at the start of `bytes`, in order.
    private static func memberNames(ofObjectAt bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {  // a string: skip it, remembering it when it is a key at depth 1
                var end = index + 1
                while end < bytes.count && bytes[end] != 0x22 {
                    end += bytes[end] == 0x5C ? 2 : 1
                }
                var next = end + 1
                while next < bytes.count && bytes[next] == 0x20 { next += 1 }
                if depth == 1 && next < bytes.count && bytes[next] == 0x3A {
                    let literal = Data(bytes[index...end])
                    if let name = try? JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed) as? String {
                        names.append(name)
                    }
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

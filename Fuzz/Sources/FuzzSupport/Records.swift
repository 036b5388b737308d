import Foundation
import IncidentMap
import Incidents
import Layers
import PlaceNames
import Projection

/// The description of WGS 84 that layers are written in by default.
let wgs84 = try! Transformer(to: "EPSG:4326").target

/// Everything a reader makes of an input: its records, then the error
/// that stopped it, if any.
public struct ReadOutcome: Equatable {
    /// The records read before the end or the error.
    public var records: [RawRecord] = []
    /// The error that stopped the reader, if any.
    public var error: InputError?
}

/// Reads `bytes` to the end (or the first error) in `format`, handing them
/// to the parser `chunkSize` bytes at a time, or all at once when `nil`.
public func readAll(_ bytes: [UInt8], format: InputFormat, chunkSize: Int?) -> ReadOutcome {
    var reader = RecordReader(bytes: bytes, format: format, file: "fuzz", chunkSize: chunkSize)
    var outcome = ReadOutcome()
    do throws(InputError) {
        while let record = try reader.next() {
            outcome.records.append(record)
        }
    } catch {
        outcome.error = error
    }
    return outcome
}

/// Reads `data` in `format` twice, all at once and in small chunks (the
/// size taken from the first byte), and requires the same outcome: a
/// reader's result must not depend on where `read` happens to cut the file.
/// The records then go through the rest of the pipeline (``checkLayers(of:)``).
public func checkReader(_ data: UnsafeRawBufferPointer, format: InputFormat) {
    let bytes = Array(data)
    let whole = readAll(bytes, format: format, chunkSize: nil)
    let chunkSize = 1 + Int(bytes.first ?? 0) % 7
    let chunked = readAll(bytes, format: format, chunkSize: chunkSize)
    require(whole == chunked, "read whole: \(whole); in chunks of \(chunkSize): \(chunked)")
    checkLayers(of: whole.records)
}

/// Takes `records` through the rest of `build` in memory: validation,
/// place resolution, sides, layers, GeoJSON. Every layer must be JSON that
/// Foundation parses, named by a safe file stem.
func checkLayers(of records: [RawRecord]) {
    var resolver = PlaceResolver(gazetteer: smallGazetteer, sides: smallSideTable)
    var resolved: [(ResolvedIncident, XY)] = []
    for record in records {
        guard let incident = try? Incident(record: record) else { continue }
        if let date = incident.date { _ = ISODate.sortKey(date) }
        if case .success(let found) = resolver.resolve(incident) {
            resolved.append((found, XY(x: found.position.lon, y: found.position.lat)))
        }
    }
    let layers = IncidentLayers.layers(resolved, crs: wgs84)
    for layer in layers {
        let text = GeoJSONWriter.encode(layer)
        let parsed = try? JSONSerialization.jsonObject(with: Data(text))
        require(parsed is [String: Any], "the layer of \(layer.name.debugDescription) is not JSON: \(String(decoding: text, as: UTF8.self))")
    }
    for stem in LayerFileNames.stems(for: layers.map(\.name)).values {
        require(!stem.isEmpty && !stem.contains("/") && !stem.hasPrefix("."), "unsafe layer file name \(stem.debugDescription)")
    }
}

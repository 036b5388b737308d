import Foundation
import IncidentMap
import Incidents
import Layers
import PlaceNames
import Projection
import RecordReaders

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

/// A folder in memory (`/dev/shm` when there is one) that each fuzz input's layers are built into.
let scratchFolder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return base + "/incident-map-fuzz-\(getpid())"
}()

/// The builder every input goes through.
nonisolated(unsafe) let builder = LayerBuilder(gazetteer: smallGazetteer, sides: smallSideTable)

/// Takes `records` through the rest of `build`: validation, place
/// resolution, sides, merging, layers, GeoJSON written to a scratch folder.
/// Every layer must be JSON that Foundation parses, in a plain file of the
/// folder with a safe name.
func checkLayers(of records: [RawRecord]) {
    let incidents = records.compactMap { try? Incident(record: $0) }
    guard !incidents.isEmpty else { return }
    checkLayers(of: incidents)
}

/// Builds `incidents` into the scratch folder and checks every layer written.
public func checkLayers(of incidents: [Incident]) {
    let report: BuildReport
    do throws(BuildError) {
        report = try builder.build(incidents: incidents, BuildRequest(inputs: [], outputFolder: scratchFolder))
    } catch {
        return require(false, "the build of \(incidents.count) incidents failed: \(error)")
    }
    for layer in report.layers {
        require(!layer.file.contains("/") && !layer.file.hasPrefix("."), "unsafe layer file name \(layer.file.debugDescription)")
        let text = FileManager.default.contents(atPath: scratchFolder + "/" + layer.file) ?? Data()
        let parsed = try? JSONSerialization.jsonObject(with: text)
        require(parsed is [String: Any], "the layer of \(layer.side.debugDescription) is not JSON: \(String(decoding: text, as: UTF8.self))")
    }
}

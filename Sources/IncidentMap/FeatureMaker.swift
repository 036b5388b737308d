import Foundation
import Layers
import Projection

/// Makes the features of a layer from its claims — reading each claim's
/// row back from disk, building its properties and their GeoJSON text —
/// in batches whose parts run on every core at once.
struct FeatureMaker: Sendable {
    let claims: ClaimGroups
    let rows: SpillReader
    let points: [XY]
    let crs: CRSInfo

    /// Claims per part of a batch: large enough to keep the cores busy, small enough to bound memory.
    static let partSize = 8192

    /// A batch's features and their text in each format asked for.
    struct Made: Sendable {
        var features: [Feature]
        var encoded: [[UInt8]]
    }

    /// The features of `members` (a side's claims, in layer order), made a
    /// batch at a time as the sequence is iterated; a batch is the parts
    /// the cores made at once, in layer order.
    func batches(of members: [Int], formats: [LayerFileWriter.Format]) -> some Sequence<Result<[Made], BuildError>> {
        let batchSize = Self.partSize * Parallel.cores
        return stride(from: 0, to: members.count, by: batchSize).lazy.map { start in
            let batch = members[start..<min(start + batchSize, members.count)]
            let parts = stride(from: batch.startIndex, to: batch.endIndex, by: Self.partSize).map {
                batch[$0..<min($0 + Self.partSize, batch.endIndex)]
            }
            let made = Parallel.map(parts.count) { part in
                Result { () throws(BuildError) in
                    try make(parts[part], formats: formats, first: start == 0 && part == 0)
                }
            }
            return Result { () throws(BuildError) in try made.map { part throws(BuildError) in try part.get() } }
        }
    }

    private func make(_ part: ArraySlice<Int>, formats: [LayerFileWriter.Format], first: Bool) throws(BuildError) -> Made {
        var features: [Feature] = []
        features.reserveCapacity(part.count)
        for claim in part {
            let stored = claims.representative[claim]
            let row: ClaimRow
            do {
                row = ClaimRow(bytes: try rows.read(at: stored.offset, length: Int(stored.length)))
            } catch {
                throw .output(error)
            }
            features.append(IncidentLayers.feature(row, claim: claim, of: claims, at: points[claim], crs: crs))
        }
        return Made(features: features, encoded: formats.map { LayerFileWriter.encoded(features, format: $0, crs: crs, first: first) })
    }
}

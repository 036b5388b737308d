import Foundation
import Layers
import Projection
import TerminalProgress

/// Makes the features of a layer from its claims — reading each claim's
/// row back from disk, building its properties and their GeoJSON text —
/// in batches whose parts run on every core at once.
struct FeatureMaker: Sendable {
    let claims: MergedClaims
    let rows: SpillReader
    let points: [XY]
    let crs: CRSInfo
    /// Whether each claim's place is contested (one byte per claim).
    let contested: [Bool]

    /// Claims per core in a batch: large enough to keep the cores busy, small enough to bound memory.
    static let partSize = 8192

    /// A batch's features and their text in each format asked for.
    struct Made: Sendable {
        var features: [Feature]
        var encoded: [[UInt8]]
    }

    /// Makes the features of `members` (a side's claims, in layer order)
    /// and appends their text to `writers`, in layer order; returns the
    /// features when `keepingFeatures` (for outputs made from whole layers).
    /// `progress` is advanced by each batch written.
    ///
    /// Batches overlap: while one thread writes a batch, the others make
    /// the pieces of the next, and the writer joins them when it is done,
    /// so no core waits for the writing. The text is the same as making and
    /// writing one batch after the other. The first error in layer order is
    /// thrown: writing a batch comes before making the next.
    func write(
        _ members: [Int], to writers: inout [LayerFileWriter], keepingFeatures: Bool, progress: ProgressReporter = .silent
    ) throws(BuildError) -> [Feature] {
        let formats = writers.map(\.format)
        let output = Output(writers: writers)
        let batchSize = Self.partSize * Parallel.cores
        var features: [Feature] = []
        var pending: [Made] = []
        var start = 0
        while start < members.count || !pending.isEmpty {
            let batch = members[min(start, members.count)..<min(start + batchSize, members.count)]
            let pieces = stride(from: batch.startIndex, to: batch.endIndex, by: Self.pieceSize).map {
                batch[$0..<min($0 + Self.pieceSize, batch.endIndex)]
            }
            let written = pending, isFirstBatch = start == 0
            let results = Parallel.map(pieces.count + 1) { index -> Result<Made?, BuildError> in
                guard index > 0 else { return Result { () throws(BuildError) in try output.append(written); return nil } }
                return Result { () throws(BuildError) in
                    try make(pieces[index - 1], formats: formats, first: isFirstBatch && index == 1)
                }
            }
            if keepingFeatures { features += written.flatMap(\.features) }
            progress.advance(by: Int64(written.reduce(0) { $0 + $1.features.count }))
            pending = []
            for result in results {
                if let made = try result.get() { pending.append(made) }
            }
            start += batchSize
        }
        writers = output.writers
        return features
    }

    /// Claims per piece of a batch: small enough that the thread that writes joins the others soon after.
    static let pieceSize = 2048

    /// The layer's writers, appended to by one piece of work at a time:
    /// the one that writes a batch, while the others make the next; the
    /// caller reads them back once no work is running.
    private final class Output: @unchecked Sendable {
        var writers: [LayerFileWriter]

        init(writers: [LayerFileWriter]) {
            self.writers = writers
        }

        func append(_ made: [Made]) throws(BuildError) {
            do {
                for part in made {
                    for index in writers.indices { try writers[index].append(encoded: part.encoded[index], count: part.features.count) }
                }
            } catch {
                throw .output(error)
            }
        }
    }

    /// The feature of `claim`, its row read back from disk.
    func feature(_ claim: Int) throws(BuildError) -> Feature {
        let stored = claims.representative[claim]
        let row: ResolvedRecord
        do {
            row = ResolvedRecord(bytes: try rows.read(at: stored.offset, length: Int(stored.length)))
        } catch {
            throw .output(error)
        }
        return IncidentLayers.feature(row, claim: claim, of: claims, at: points[claim], crs: crs, contested: contested[claim])
    }

    private func make(_ part: ArraySlice<Int>, formats: [LayerFileWriter.Format], first: Bool) throws(BuildError) -> Made {
        var features: [Feature] = []
        features.reserveCapacity(part.count)
        for claim in part {
            features.append(try feature(claim))
        }
        return Made(features: features, encoded: formats.map { LayerFileWriter.encoded(features, format: $0, crs: crs, first: first) })
    }
}

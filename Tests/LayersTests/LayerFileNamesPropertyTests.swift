import Foundation
import Layers
import RandomInputs
import Testing

/// Whatever bytes a `claimed_by` value holds, the layer file named after
/// it is a plain, visible file directly inside the output folder.
@Suite("Layer file name properties")
struct LayerFileNamesPropertyTests {
    @Test func anySideNameGivesAFileDirectlyInsideTheOutputFolder() {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        let folder = URL(fileURLWithPath: "/srv/layers")
        for _ in 0..<200 {
            let sides = (0..<Int.random(in: 1...30, using: &random)).map { _ in
                random.chance(0.5)
                    ? String(decoding: random.bytes(maximumLength: 80), as: UTF8.self)
                    : random.name(maximumLength: 80)
            }
            let stems = LayerFileNames.stems(for: sides)
            #expect(Set(stems.values).count == Set(sides).count, "seed \(random.seed): two sides share a file")
            for (side, stem) in stems {
                let file = folder.appendingPathComponent(stem + ".geojson").standardizedFileURL
                let context = Comment(rawValue: "seed \(random.seed): \(side.debugDescription) → \(stem.debugDescription)")
                #expect(file.deletingLastPathComponent().path == folder.path, context)
                #expect(!stem.isEmpty && !stem.hasPrefix(".") && stem.count <= LayerFileNames.maximumLength, context)
                #expect(stem.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }, context)
                #expect(!LayerFileNames.reserved.contains(stem), context)
            }
        }
    }

    @Test func thousandsOfSidesWithTheSameSlugGetDistinctStems() {
        let sides = (1...5_000).map { String(repeating: ".", count: $0) }
        let stems = LayerFileNames.stems(for: sides)
        #expect(Set(stems.values).count == sides.count)
        #expect(stems["."] == "side")
        #expect(stems[String(repeating: ".", count: 5_000)] == "side-5000")
    }
}

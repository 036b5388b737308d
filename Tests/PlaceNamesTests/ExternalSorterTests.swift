import Foundation
import Testing
@testable import PlaceNames

@Suite("External sorter")
struct ExternalSorterTests {
    /// Random records: keys of 0 to 12 bytes from a small alphabet (so many share prefixes or are equal), random payloads.
    func records(_ count: Int, seed: UInt64) -> [(key: [UInt8], payload: UInt64)] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let key = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 0x61...0x64, using: &generator) }
            return (key, UInt64.random(in: 0...1000, using: &generator))
        }
    }

    func sorted(_ records: [(key: [UInt8], payload: UInt64)], budget: Int, directory: String) -> (output: [([UInt8], UInt64)], runs: Int) {
        let sorter = ExternalSorter(directory: directory, memoryBudget: budget)
        for record in records { sorter.add(key: record.key, payload: record.payload) }
        var output: [([UInt8], UInt64)] = []
        sorter.forEachSorted { key, payload in output.append((Array(key), payload)) }
        return (output, sorter.runCount)
    }

    func expected(_ records: [(key: [UInt8], payload: UInt64)]) -> [([UInt8], UInt64)] {
        records.sorted { a, b in a.key == b.key ? a.payload < b.payload : a.key.lexicographicallyPrecedes(b.key) }.map { ($0.key, $0.payload) }
    }

    @Test("Records that fit in memory come out by key bytes, then payload, without touching the disk")
    func inMemorySort() throws {
        let folder = try TemporaryFolder("sorter")
        defer { folder.remove() }
        let input = records(2000, seed: 1)
        let (output, runs) = sorted(input, budget: 1 << 20, directory: folder.path)
        #expect(runs == 0)
        #expect(output.map(\.0) == expected(input).map(\.0))
        #expect(output.map(\.1) == expected(input).map(\.1))
    }

    @Test("Records beyond the budget are spilled into sorted runs and merged into the same order")
    func spilledSortMatchesInMemorySort() throws {
        let folder = try TemporaryFolder("sorter")
        defer { folder.remove() }
        let input = records(20_000, seed: 2)
        let (output, runs) = sorted(input, budget: 8 << 10, directory: folder.path)
        #expect(runs > 10)
        #expect(output.map(\.0) == expected(input).map(\.0))
        #expect(output.map(\.1) == expected(input).map(\.1))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "run files are unlinked as soon as they are created")
    }

    @Test("A sorter given nothing gives nothing")
    func emptySorter() throws {
        let folder = try TemporaryFolder("sorter")
        defer { folder.remove() }
        #expect(sorted([], budget: 1024, directory: folder.path).output.isEmpty)
    }
}

import Testing
@testable import PlaceNames

/// The n-gram count filter must never drop a key that the exhaustive scan
/// (every distinct key of about the right length) finds within the bound.
@Suite("Fuzzy candidates from the gram index")
struct FuzzyCandidateTests {
    let index: NameIndex

    init() throws {
        index = try BundledGazetteer.gazetteer().index
    }

    /// The positions of the distinct keys within `bound` errors of `query`, by comparing every key of a possible length.
    func exhaustive(_ query: [UInt8], bound: Int) -> Set<Int> {
        var rows = EditDistance.Rows()
        return query.withUnsafeBytes { query in
            Set(index.distinctKeys(lengths: max(0, query.count - bound)...(query.count + bound)).filter { position in
                EditDistance.halfErrors(query, index.distinctKey(position).bytes, bound: bound, rows: &rows) != nil
            })
        }
    }

    func candidates(_ query: [UInt8], bound: Int) -> [Int] {
        query.withUnsafeBytes { index.fuzzyCandidates(of: $0, bound: bound) }
    }

    /// Queries made from the gazetteer's own keys with 0 to 6 typing errors, and random strings.
    func generatedQueries(count: Int, seed: UInt64) -> [[UInt8]] {
        var generator = SeededGenerator(seed: seed)
        let keys = index.distinctKeys(lengths: 1...40)
        return (0..<count).map { i in
            if i % 10 == 9 {
                return (0..<Int.random(in: 1...14, using: &generator)).map { _ in Typos.alphabet.randomElement(using: &generator)! }
            }
            let key = Array(index.distinctKey(Int.random(in: keys, using: &generator)).bytes)
            return Typos.apply(Int.random(in: 0...6, using: &generator), to: key, using: &generator)
        }
    }

    @Test("Every key within the lookup tolerance is a candidate (1,000 generated queries)")
    func toleranceBoundKeepsEveryMatch() {
        for query in generatedQueries(count: 1000, seed: 6) {
            let bound = EditDistance.tolerance(forLength: query.count)
            guard bound > 0 else { continue }
            let missed = exhaustive(query, bound: bound).subtracting(candidates(query, bound: bound))
            #expect(missed.isEmpty, "\(String(decoding: query, as: UTF8.self)) within \(bound): missed \(missed.map { String(decoding: index.distinctKey($0).bytes, as: UTF8.self) })")
        }
    }

    @Test("Every key within bounds 1 to 5 is a candidate, whatever the query's length (150 generated queries)")
    func everyBoundKeepsEveryMatch() {
        for query in generatedQueries(count: 150, seed: 66) {
            for bound in 1...5 {
                let missed = exhaustive(query, bound: bound).subtracting(candidates(query, bound: bound))
                #expect(missed.isEmpty, "\(String(decoding: query, as: UTF8.self)) within \(bound): missed \(missed.count)")
            }
        }
    }

    @Test("Typo-tolerant matches and their scores are exactly those of an exhaustive scan (300 generated queries)")
    func nearbyNamesEqualExhaustiveScan() throws {
        let gazetteer = try BundledGazetteer.gazetteer()
        struct Scored: Hashable { var place: Int, name: Int, score: Double }
        for query in generatedQueries(count: 300, seed: 666) {
            let key = String(decoding: query, as: UTF8.self)
            for bound in [max(1, EditDistance.tolerance(forLength: query.count)), max(3, query.count / 2)] {
                let found = Set(gazetteer.nearbyNames(of: key, bound: bound).map { Scored(place: $0.0.place, name: $0.0.name, score: $0.1) })
                var expected = Set<Scored>()
                for position in exhaustive(query, bound: bound) {
                    let (candidate, entry) = index.distinctKey(position)
                    let halves = query.withUnsafeBytes { EditDistance.halfErrors($0, candidate, bound: bound)! }
                    let similarity = 1 - Double(halves) / Double(2 * max(query.count, candidate.count))
                    for ref in index.foldedNames(fromEntry: entry) {
                        expected.insert(Scored(place: ref.place, name: ref.name, score: (ref.name == 0 ? 0.8 : 0.75) * similarity))
                    }
                }
                #expect(found == expected, "\(key) within \(bound)")
            }
        }
    }

    @Test("Keys as many swaps away as the bound allows (two per error) are still candidates")
    func swapsAtTheBoundAreKept() {
        // jermuk → ejrmku: two swaps, one error's worth of half errors; kalbajar → akbljara: four swaps, two errors.
        for (query, key, bound) in [("ejrmku", "jermuk", 1), ("ogrsi", "goris", 1), ("akbljara", "kalbajar", 2)] {
            let position = index.distinctKeys(lengths: key.utf8.count...key.utf8.count).first { Array(index.distinctKey($0).bytes) == Array(key.utf8) }
            guard let position else {
                Issue.record("\(key) is not a key of the bundled gazetteer")
                continue
            }
            #expect(exhaustive(Array(query.utf8), bound: bound).contains(position), "\(query) is not within \(bound) of \(key)")
            #expect(candidates(Array(query.utf8), bound: bound).contains(position), "\(query) lost \(key)")
        }
    }

    @Test("Candidates come in ascending order, within the length window")
    func candidatesAreOrderedWithinTheWindow() {
        for query in generatedQueries(count: 100, seed: 7) {
            let bound = max(1, EditDistance.tolerance(forLength: query.count))
            let found = candidates(query, bound: bound)
            let window = index.distinctKeys(lengths: max(0, query.count - bound)...(query.count + bound))
            #expect(found == found.sorted())
            #expect(found.allSatisfy(window.contains))
        }
    }

    @Test("The filter discards most of the window for a typo of a long name")
    func filterIsSelective() {
        let query = Array("stepanakertt".utf8)
        let window = index.distinctKeys(lengths: 9...15)
        #expect(candidates(query, bound: 3).count * 20 < window.count)
    }
}

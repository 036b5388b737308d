import Foundation
import Testing
@testable import PlaceNames
import Projection

/// Whichever way a gazetteer was loaded — mapped from the folder's index
/// file, compiled in memory from the text files, or built from an array of
/// places — every lookup must give the same matches, scores, order and
/// suggestions.
@Suite("Index file and in-memory gazetteer agree")
struct IndexPathEquivalenceTests {
    /// A copy of the bundled gazetteer folder with its index built.
    static let indexedFolder: Result<String, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placenames-tests-indexed-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: BundledGazetteer.folder, toPath: folder)
        try? FileManager.default.removeItem(atPath: GazetteerIndex.path(in: folder))
        try GazetteerIndex.build(folder: folder)
        return folder
    }

    let indexed: Gazetteer
    let compiled: Gazetteer
    let fromArray: Gazetteer

    init() throws {
        let folder = try Self.indexedFolder.get()
        indexed = try Gazetteer.load(folder: folder, useCache: false)
        compiled = try Gazetteer.load(folder: folder, useIndex: false, useCache: false)
        let contents = try GazetteerContents.read(try GazetteerFile.files(in: folder))
        fromArray = Gazetteer(places: contents.places, admin1Names: contents.admin1Names)
    }

    /// Names of the gazetteer in every script, the same with typing errors, and names it lacks.
    func queries() -> [String] {
        var generator = SeededGenerator(seed: 2022)
        var queries = GazetteerCacheTests.comparisonQueries + ["Atlantis", "Q", "zz", "xx yy zz", "Mets Ishkhanasar", "", "   "]
        for _ in 0..<300 {
            let place = compiled.place(at: Int.random(in: 0..<compiled.placeCount, using: &generator))
            let name = place.allNames.randomElement(using: &generator)!
            queries.append(name)
            if name.utf8.allSatisfy({ $0 < 0x80 }) {
                let typo = Typos.apply(Int.random(in: 1...3, using: &generator), to: Array(name.lowercased().utf8), using: &generator)
                queries.append(String(decoding: typo, as: UTF8.self))
            }
        }
        return queries
    }

    @Test("The indexed folder is really mapped from its index file, the others are in memory")
    func pathsDiffer() {
        #expect(indexed.index.storage.isMapped)
        #expect(!compiled.index.storage.isMapped)
        #expect(!fromArray.index.storage.isMapped)
    }

    @Test("Lookups agree on matches, scores, order and suggestions, with and without preferences")
    func lookupsAgree() {
        let optionSets = [
            LookupOptions(),
            LookupOptions(limit: 20, countries: ["AZ"]),
            LookupOptions(limit: 3, near: LonLat(lon: 44.4, lat: 40.57)),
        ]
        for query in queries() {
            for options in optionSets {
                let a = indexed.lookup(query, options: options)
                let b = compiled.lookup(query, options: options)
                let c = fromArray.lookup(query, options: options)
                #expect(a.matches == b.matches, "\(query)")
                #expect(a.suggestions == b.suggestions, "\(query)")
                #expect(b.matches == c.matches, "\(query)")
                #expect(b.suggestions == c.suggestions, "\(query)")
            }
        }
    }

    @Test("Names found in text agree: the trie walk over the folded keys")
    func longestNamesAgree() {
        let texts = ["Kalbajar District", "Lake Sevan shore", "Nor Kyank village", "Goris and Kapan", "Nakhchivan Autonomous Republic", "Tavush Province"]
            + queries().prefix(200)
        for text in texts {
            let words = text.split(separator: " ").map { NameFolding.key(String($0)) }
            #expect(indexed.longestName(startingWith: words) == compiled.longestName(startingWith: words), "\(text)")
            #expect(indexed.longestName(startingWith: words) == fromArray.longestName(startingWith: words), "\(text)")
        }
    }

    @Test("Counts, first-level divisions and places by id agree")
    func contentsAgree() {
        #expect(indexed.placeCount == compiled.placeCount)
        #expect(indexed.nameCount == compiled.nameCount)
        #expect(indexed.distinctKeyCount == compiled.distinctKeyCount)
        #expect(indexed.countryCount == compiled.countryCount)
        #expect(indexed.admin1Names == fromArray.admin1Names)
        #expect(indexed.placeNumbersByGeonameID() == compiled.placeNumbersByGeonameID())
        for number in stride(from: 0, to: indexed.placeCount, by: 37) {
            #expect(indexed.place(at: number) == fromArray.place(at: number))
        }
    }
}

import Testing
import Projection

@Suite("Transformer cache")
struct TransformerCacheTests {
    @Test("The same pair of CRSs gives the same transformer instance")
    func samePairSameInstance() throws {
        let cache = TransformerCache()
        let first = try cache.transformer(to: "EPSG:32638")
        let second = try cache.transformer(to: "EPSG:32638")
        #expect(first === second)
        #expect(try cache.transformer(from: "EPSG:4326", to: "EPSG:32638") === first)
    }

    @Test("Different pairs give different transformers")
    func differentPairsDifferentInstances() throws {
        let cache = TransformerCache()
        let utm = try cache.transformer(to: "EPSG:32638")
        let mercator = try cache.transformer(to: "EPSG:3857")
        let fromETRS = try cache.transformer(from: "EPSG:4258", to: "EPSG:32638")
        #expect(utm !== mercator)
        #expect(utm !== fromETRS)
        #expect(mercator.target.identifier == "EPSG:3857")
    }

    @Test("An unknown CRS throws and is not cached")
    func failuresAreNotCached() throws {
        let cache = TransformerCache()
        #expect(throws: ProjectionError.self) { try cache.transformer(to: "EPSG:999999") }
        #expect(throws: ProjectionError.self) { try cache.transformer(to: "EPSG:999999") }
    }
}

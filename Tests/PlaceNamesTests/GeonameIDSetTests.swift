import Testing
@testable import PlaceNames

@Suite("GeoNames id set")
struct GeonameIDSetTests {
    @Test("An id is new the first time only, for small, large and very large ids",
          arguments: [1, 174_895, 12_999_999, GeonameIDSet.bitLimit - 1, GeonameIDSet.bitLimit, Int(UInt32.max)])
    func insertsOnce(id: Int) {
        var set = GeonameIDSet()
        let first = set.insert(id), again = set.insert(id), next = set.insert(id + 1)
        #expect(first)
        #expect(!again)
        #expect(next)
    }
}

import PlaceNames
import Testing

@Suite("Place kinds")
struct PlaceKindTests {
    @Test("Capitals outrank provinces and regions, which outrank districts and corridors, then admin seats, then villages")
    func significantKindsRankHigher() {
        let ranks = ["capital", "province", "region", "district", "corridor", "admin seat", "populated place"].map { PlaceKind($0).rank }
        #expect(ranks == [6, 5, 5, 4, 4, 3, 2])
    }

    @Test("Any other kind ranks lowest, including near-misses of the ranked words", arguments: ["hill", "mountain", "Capital", "capitals", "province ", ""])
    func otherKindsRankLowest(description: String) {
        #expect(PlaceKind(description).rank == 1)
    }
}

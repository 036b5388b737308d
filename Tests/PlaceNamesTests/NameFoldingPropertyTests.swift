import PlaceNames
import RandomInputs
import Testing

/// Properties of name folding that hold for any text, checked on many
/// random names in many scripts (the seed is in every failure message).
@Suite("Name folding properties")
struct NameFoldingPropertyTests {
    @Test func foldingIsIdempotent() {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        for _ in 0..<5_000 {
            let name = random.name(maximumLength: 24)
            for key in NameFolding.keys(name) {
                #expect(NameFolding.key(key) == key, "seed \(random.seed): \(name.debugDescription) → \(key.debugDescription)")
                #expect(NameFolding.keys(key) == [key], "seed \(random.seed): \(name.debugDescription) → \(key.debugDescription)")
            }
        }
    }

    @Test func keysAreLowerCaseASCIIWordsSeparatedBySingleSpaces() {
        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        for _ in 0..<5_000 {
            let name = random.name(maximumLength: 24)
            for key in NameFolding.keys(name) {
                let words = key.split(separator: " ", omittingEmptySubsequences: false)
                let isWordByte: (UInt8) -> Bool = { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
                #expect(!key.isEmpty && words.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isWordByte) },
                        "seed \(random.seed): \(name.debugDescription) → \(key.debugDescription)")
            }
        }
    }
}

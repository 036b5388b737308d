/// A deterministic random number generator (SplitMix64), so that the
/// generated queries of property tests are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Typing errors applied to folded keys: the edits the edit distance counts.
enum Typos {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 ".utf8)

    /// `key` with `count` random edits: swaps of neighbours, substitutions,
    /// insertions and deletions, swaps twice as likely as each other edit
    /// (they cost half, so a bound allows twice as many).
    static func apply(_ count: Int, to key: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = key
        for _ in 0..<count {
            switch Int.random(in: 0..<5, using: &generator) {
            case 0...1 where bytes.count >= 2:
                let i = Int.random(in: 0..<bytes.count - 1, using: &generator)
                bytes.swapAt(i, i + 1)
            case 2 where !bytes.isEmpty:
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = alphabet.randomElement(using: &generator)!
            case 3 where bytes.count > 1:
                bytes.remove(at: Int.random(in: 0..<bytes.count, using: &generator))
            default:
                bytes.insert(alphabet.randomElement(using: &generator)!, at: Int.random(in: 0...bytes.count, using: &generator))
            }
        }
        return bytes
    }
}

/// A random number generator that gives the same numbers for the same seed
/// (SplitMix64), so a property test that fails can be run again exactly:
/// every failure message names the seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    /// The seed this generator started from.
    public let seed: UInt64
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// Up to `maximumLength` random bytes, any values.
    public mutating func bytes(maximumLength: Int) -> [UInt8] {
        (0..<Int.random(in: 0...maximumLength, using: &self)).map { _ in UInt8.random(in: 0...255, using: &self) }
    }

    /// A string of up to `maximumLength` scalars drawn from the scripts and
    /// characters that make names hard: ASCII punctuation and controls,
    /// Latin with diacritics and combining marks, the Azerbaijani schwa,
    /// dotless i, Cyrillic, Armenian, Georgian, Arabic, CJK, emoji, spaces of
    /// every kind, and now and then any scalar at all.
    public mutating func name(maximumLength: Int) -> String {
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7E, 0x20...0x7E, 0x7F...0xFF, 0x100...0x24F, 0x259...0x259, 0x18F...0x18F,
            0x130...0x131, 0x300...0x36F, 0x400...0x4FF, 0x531...0x58A, 0x10A0...0x10FF, 0x600...0x6FF,
            0x4E00...0x4E80, 0x1F600...0x1F64F, 0x2000...0x206F, 0xFE00...0xFE0F, 0x1E00...0x1EFF,
        ]
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maximumLength, using: &self) {
            let range = chance(0.05) ? 0...0x10FFFF : ranges.randomElement(using: &self)!
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &self)) {
                text.append(scalar)
            }
        }
        return String(text)
    }
}

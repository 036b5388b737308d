/// FNV-1a, 64 bits: a hash that is the same on every machine and every run
/// (Swift's `Hasher` is seeded per process), for file names and ids.
public enum StableHash {
    /// The hash of `text`'s UTF-8 bytes.
    public static func value(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash as 16 lower-case hexadecimal digits.
    public static func hex(_ text: String) -> String {
        hex(value(text))
    }

    /// A hash value as 16 lower-case hexadecimal digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

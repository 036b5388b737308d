/// The GeoNames ids seen so far while reading a gazetteer folder: a bit per
/// id below 2²⁸ (1.6 MB for the 13 million ids of a whole GeoNames dump,
/// where a `Set<Int>` would take hundreds of megabytes), a set for the rare
/// larger ones.
struct GeonameIDSet {
    /// Ids below this are kept as bits: 32 MB of bits at most.
    static let bitLimit = 1 << 28
    /// The bits allocated at the first insert: ids up to 2²⁴ (2 MB), more
    /// than GeoNames has handed out, so a real dump never grows the array.
    static let initialIDs = 1 << 24

    private var words: [UInt64] = []
    private var large: Set<Int> = []

    /// Adds `id`; `true` when it was not there yet.
    mutating func insert(_ id: Int) -> Bool {
        guard id >= 0, id < Self.bitLimit else { return large.insert(id).inserted }
        let word = id >> 6, bit = UInt64(1) << UInt64(id & 63)
        if word >= words.count {
            let wanted = max(word + 1, 2 * words.count, Self.initialIDs >> 6)
            words.append(contentsOf: repeatElement(0, count: wanted - words.count))
        }
        if words[word] & bit != 0 { return false }
        words[word] |= bit
        return true
    }
}

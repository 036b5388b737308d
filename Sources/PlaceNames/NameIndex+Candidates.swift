/// Candidates for typo-tolerant lookups, from the gram postings.
extension NameIndex {
    /// The positions (ascending) of the distinct keys that may lie within
    /// `bound` whole errors of `query`: every such key is among them.
    ///
    /// Only keys whose length is within `bound` of the query's can be that
    /// close (each missing or extra letter is an error), and those form one
    /// range of positions. Each query gram's posting list is cut to that
    /// range by binary search and counted, weighted, into a counter per key;
    /// the keys that reach the threshold of ``NameGrams`` are returned. When
    /// the threshold is 0 or less (short queries with a generous bound, as
    /// for suggestions), the filter cannot exclude anything and the whole
    /// length range is returned.
    func fuzzyCandidates(of query: UnsafeRawBufferPointer, bound: Int) -> [Int] {
        let window = distinctKeys(lengths: max(0, query.count - bound)...(query.count + bound))
        guard !window.isEmpty else { return [] }
        var grams = NameGrams()
        var queryGrams: [(gram: Int, weight: Int)] = []
        var weight = 0
        grams.forEachGram(of: query) { gram, gramWeight in
            queryGrams.append((gram, gramWeight))
            weight += gramWeight
        }
        let threshold = NameGrams.threshold(queryWeight: weight, bound: bound)
        guard threshold > 0 else { return Array(window) }
        var counts = [UInt16](repeating: 0, count: window.count)
        let base = window.lowerBound
        counts.withUnsafeMutableBufferPointer { counts in
            for (gram, gramWeight) in queryGrams {
                let increment = UInt16(gramWeight)
                for index in postings(of: gram, in: window) {
                    counts[posting(index) - base] &+= increment
                }
            }
        }
        var candidates: [Int] = []
        for (offset, count) in counts.enumerated() where Int(count) >= threshold {
            candidates.append(base + offset)
        }
        return candidates
    }
}

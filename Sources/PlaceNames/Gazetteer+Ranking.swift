import Projection

extension Gazetteer {
    /// A place a query met, kept as numbers until it is known to be among
    /// the matches shown: reading a place in full (every one of its names,
    /// hundreds for a capital) is what a lookup would otherwise spend most
    /// of its time on when a name is shared by many places.
    struct Candidate {
        /// The place number.
        var place: Int
        /// Which of its names was met (0 the main name).
        var name: Int
        var score: Double
        var kind: MatchKind
    }

    /// Orders candidates best first: by score; then, among equal scores,
    /// places in the more preferred countries, places nearer the `near` point,
    /// more populous places, more significant kinds; then by GeoNames id and
    /// main name, finally by place number, so the order never depends on
    /// hashing. Only the first `options.limit` are kept (a common name can
    /// meet thousands of places), and only they are read in full.
    func ranked(_ candidates: [Int: Candidate], options: LookupOptions) -> [Match] {
        let geodesic = options.near.map { _ in Geodesic() }
        let keyed = candidates.values.map { candidate in
            let place = candidate.place
            let preference = options.preferredCountries.isEmpty ? 0 : options.preference(of: index.country(place))
            let distance = options.near.flatMap { near in geodesic?.distance(from: near, to: index.position(place)) }
            let id = index.geonameID(place)
            return Ranked(
                candidate: candidate, preference: preference, distance: distance, population: index.population(place),
                kindRank: index.kindRank(place), geonameID: id == 0 ? Int.max : id)
        }
        return best(keyed, count: max(0, options.limit)).map { ranked in
            let number = ranked.candidate.place
            return Match(
                place: index.place(number, withAlternateNames: options.includesAlternateNames),
                score: ranked.candidate.score, kind: ranked.candidate.kind,
                matchedName: index.name(place: number, name: ranked.candidate.name), distance: ranked.distance)
        }
    }

    /// A candidate with what it is ranked by.
    private struct Ranked {
        var candidate: Candidate
        /// 0 for the most preferred countries, larger for less preferred ones.
        var preference: Int
        var distance: Double?
        var population: Int
        var kindRank: Int
        var geonameID: Int
    }

    /// The first `count` of `candidates` in ranking order, best first: what
    /// sorting them all would give, as the order is total, without sorting all.
    private func best(_ candidates: [Ranked], count: Int) -> [Ranked] {
        var kept: [Ranked] = []
        kept.reserveCapacity(min(count, candidates.count) + 1)
        for candidate in candidates {
            guard kept.count < count || isRanked(candidate, before: kept[kept.count - 1]) else { continue }
            let position = kept.firstIndex { isRanked(candidate, before: $0) } ?? kept.count
            kept.insert(candidate, at: position)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }

    private func isRanked(_ a: Ranked, before b: Ranked) -> Bool {
        if a.candidate.score != b.candidate.score { return a.candidate.score > b.candidate.score }
        if a.preference != b.preference { return a.preference < b.preference }
        if let da = a.distance, let db = b.distance, da != db { return da < db }
        if a.population != b.population { return a.population > b.population }
        if a.kindRank != b.kindRank { return a.kindRank > b.kindRank }
        if a.geonameID != b.geonameID { return a.geonameID < b.geonameID }
        let aName = index.name(place: a.candidate.place, name: 0), bName = index.name(place: b.candidate.place, name: 0)
        if aName != bName { return aName < bName }
        return a.candidate.place < b.candidate.place
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// A printable ASCII byte other than space: no whitespace at an end that starts or ends with one.
    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }
}

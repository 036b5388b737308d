import Projection

/// A searchable set of places: answers "which places may this name mean?"
/// for names in any spelling or script, best match first.
///
/// Load one from a gazetteer folder with ``load(folder:useCache:)``. Every
/// name is folded once, when the gazetteer is compiled into its
/// ``NameIndex``; a lookup only folds the query, and only goes through ICU
/// when the query is written in a non-Latin script.
public struct Gazetteer: Sendable {
    let index: NameIndex

    /// Compiles `places` in memory (for tests and for small sets of places).
    public init(places: [Place], admin1Names: [String: String] = [:]) {
        let bytes = NameIndex.build(places: places, admin1Names: admin1Names, sourcesStamp: "")
        self.index = NameIndex(storage: IndexStorage(bytes: bytes))!
    }

    init(index: NameIndex) {
        self.index = index
    }

    /// How many places it holds.
    public var placeCount: Int { index.placeCount }

    /// The place numbered `number`, in the order of the source files.
    public func place(at number: Int) -> Place { index.place(number) }

    /// The place numbers of every GeoNames id, for finding places by id.
    public func placeNumbersByGeonameID() -> [Int: Int] {
        var numbers: [Int: Int] = [:]
        numbers.reserveCapacity(index.placeCount)
        for number in 0..<index.placeCount where index.geonameID(number) != 0 {
            numbers[index.geonameID(number)] = number
        }
        return numbers
    }

    /// First-level division names by code (`AM.08` → `Syunik`).
    public var admin1Names: [String: String] { index.admin1Names }

    /// The name of `place`'s first-level division (`Syunik`), if known.
    public func admin1Name(of place: Place) -> String? {
        place.admin1Code.flatMap(index.admin1Name)
    }

    /// The places `query` may mean, best first, and suggestions when none.
    ///
    /// Exact, alternate and folded matches are all returned; typo-tolerant
    /// matches only when there are none of those, so a correctly spelled name
    /// is never crowded by look-alikes.
    public func lookup(_ query: String, options: LookupOptions = LookupOptions()) -> LookupResult {
        let trimmed = query.trimmingWhitespace()
        var found: [Int: Match] = [:]
        for ref in index.exactNames(trimmed) {
            record(ref, score: ref.name == 0 ? 1 : 0.95, kind: ref.name == 0 ? .exact : .alternate, into: &found)
        }
        let keys = NameFolding.keys(trimmed)
        for key in keys {
            for ref in index.foldedNames(key) {
                record(ref, score: ref.name == 0 ? 0.9 : 0.85, kind: .folded, into: &found)
            }
        }
        if found.isEmpty, let key = keys.first {
            for (ref, score) in nearbyNames(of: key, bound: EditDistance.tolerance(forLength: key.utf8.count)) {
                record(ref, score: score, kind: .fuzzy, into: &found)
            }
        }
        let matches = ranked(Array(found.values), options: options)
        let suggestions = matches.isEmpty ? self.suggestions(for: keys.first ?? "", options: options) : []
        return LookupResult(query: query, matches: matches, suggestions: suggestions)
    }

    /// Keeps the better of the match already found for a place and this one.
    private func record(_ ref: NameIndex.NameRef, score: Double, kind: MatchKind, into found: inout [Int: Match]) {
        if let existing = found[ref.place], existing.score >= score { return }
        let place = index.place(ref.place)
        found[ref.place] = Match(place: place, score: score, kind: kind, matchedName: place.allNames[ref.name])
    }

    /// Folded names within `bound` typing errors of `key`, scored by the
    /// share of the name that had to change (lower for alternate names).
    private func nearbyNames(of key: String, bound: Int) -> [(NameIndex.NameRef, Double)] {
        guard bound > 0 else { return [] }
        let query = Array(key.utf8)
        var result: [(NameIndex.NameRef, Double)] = []
        var rows = EditDistance.Rows()
        query.withUnsafeBytes { queryBytes in
            for position in index.distinctKeys(lengths: max(0, query.count - bound)...(query.count + bound)) {
                let (candidate, entry) = index.distinctKey(position)
                guard let halves = EditDistance.halfErrors(queryBytes, candidate, bound: bound, rows: &rows) else { continue }
                let similarity = 1 - Double(halves) / Double(2 * max(query.count, candidate.count))
                for ref in index.foldedNames(fromEntry: entry) {
                    result.append((ref, (ref.name == 0 ? 0.8 : 0.75) * similarity))
                }
            }
        }
        return result
    }

    private func suggestions(for key: String, options: LookupOptions) -> [Match] {
        var found: [Int: Match] = [:]
        for (ref, score) in nearbyNames(of: key, bound: max(3, key.utf8.count / 2)) {
            record(ref, score: score, kind: .fuzzy, into: &found)
        }
        var limited = options
        limited.limit = 3
        return ranked(Array(found.values), options: limited)
    }
}

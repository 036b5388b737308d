import Projection

/// A searchable set of places: answers "which places may this name mean?"
/// for names in any spelling or script, best match first.
///
/// Load one from a gazetteer folder with ``load(folder:useIndex:useCache:)``. Every
/// name is folded once, when the gazetteer is compiled into its
/// ``NameIndex``; a lookup only folds the query, and only goes through ICU
/// when the query is written in a non-Latin script.
public struct Gazetteer: Sendable {
    let index: NameIndex

    /// Compiles `places` in memory (for tests and for small sets of places).
    public init(places: [Place], admin1Names: [String: String] = [:]) {
        let builder = NameIndexBuilder(memoryBudget: Int.max / 8)
        for place in places { builder.add(place) }
        for (code, name) in admin1Names { builder.addAdmin1(code: code, name: name) }
        self.init(index: builder.compiledInMemory(sourcesStamp: ""))
    }

    init(index: NameIndex) {
        self.index = index
    }

    /// How many places it holds.
    public var placeCount: Int { index.placeCount }

    /// The place numbered `number`, in the order of the source files.
    public func place(at number: Int) -> Place { index.place(number) }

    /// The place numbers of every GeoNames id, for finding places by id
    /// (the first place when several share an id).
    ///
    /// This builds a dictionary of every place; to find a few ids in a
    /// large gazetteer, ``placeNumber(geonameID:)`` is cheaper.
    public func placeNumbersByGeonameID() -> [Int: Int] {
        var numbers: [Int: Int] = [:]
        numbers.reserveCapacity(index.placeCount)
        for number in 0..<index.placeCount where index.geonameID(number) != 0 {
            if numbers[index.geonameID(number)] == nil { numbers[index.geonameID(number)] = number }
        }
        return numbers
    }

    /// The number of the place with GeoNames id `id` (the first when several
    /// share it), found by binary search in the index's table of ids, so a
    /// world-sized gazetteer answers without building a dictionary.
    public func placeNumber(geonameID id: Int) -> Int? {
        index.placeNumber(geonameID: id)
    }

    /// How many names (main and alternate) its places have in all.
    public var nameCount: Int { index.count(.placeNames) }

    /// How many distinct folded keys its names have.
    public var distinctKeyCount: Int { index.count(.distinctKeys) }

    /// How many distinct countries its places are in.
    public var countryCount: Int { index.info.countries }

    /// First-level division names by code (`AM.08` → `Syunik`).
    public var admin1Names: [String: String] { index.admin1Names }

    /// The name of `place`'s first-level division (`Syunik`), if known,
    /// with GeoNames' look-alike letters replaced (``LookAlikes``: `Ağcabədi`, not `Ağcabǝdi`).
    public func admin1Name(of place: Place) -> String? {
        guard let code = place.admin1Code else { return nil }
        return index.admin1Name(code).map(LookAlikes.fixed)
    }

    /// The name of `place`'s second-level division (`Amphoe Kantharalak`),
    /// if known: from a GeoNames `admin2Codes.txt` in the folder, whose
    /// codes share the table of first-level ones.
    public func admin2Name(of place: Place) -> String? {
        guard let code = place.admin2Code else { return nil }
        return index.admin1Name(code)
    }

    /// The places `query` may mean, best first, and suggestions when none.
    ///
    /// Exact, alternate and folded matches are all returned; typo-tolerant
    /// matches only when there are none of those, so a correctly spelled name
    /// is never crowded by look-alikes.
    ///
    /// A name spelt exactly like the query has the query's folded keys, so
    /// the names under those keys are all the exact and folded matches; only
    /// a query that folds to nothing (punctuation alone) is looked up by
    /// its exact spelling.
    public func lookup(_ query: String, options: LookupOptions = LookupOptions()) -> LookupResult {
        let trimmed = query.trimmingWhitespace()
        var found: [Int: Candidate] = [:]
        let keys = foldedKeys(of: trimmed)
        if keys.isEmpty {
            for ref in index.exactNames(trimmed) { record(exact: ref, into: &found) }
        }
        for key in keys {
            for (ref, isExact) in index.foldedNames(key, spelt: trimmed) {
                if isExact {
                    record(exact: ref, into: &found)
                } else {
                    record(ref, score: ref.name == 0 ? 0.9 : 0.85, kind: .folded, into: &found)
                }
            }
        }
        if found.isEmpty, let key = keys.first {
            for (ref, score) in nearbyNames(of: key, bound: EditDistance.tolerance(forLength: key.utf8.count)) {
                record(ref, score: score, kind: .fuzzy, into: &found)
            }
        }
        let matches = ranked(found, options: options)
        let suggestions = matches.isEmpty ? self.suggestions(for: keys.first ?? "", options: options) : []
        return LookupResult(query: query, matches: matches, suggestions: suggestions)
    }

    /// The folded keys of a query. A query beyond ASCII that is spelt
    /// exactly like a name of the gazetteer takes that name's key from the
    /// index (the same key, as folding is deterministic). In a non-Latin
    /// script that spares loading ICU (16 ms) and transliterating (7 µs a
    /// name); with Latin diacritics, Foundation's folding (about 4 µs).
    private func foldedKeys(of query: String) -> [String] {
        if !NameFolding.isASCII(query), !NameFolding.hasSchwa(query), let key = index.storedKey(ofExactName: query) {
            return key.isEmpty ? [] : [key]
        }
        return NameFolding.keys(query)
    }

    /// Records a name spelt exactly like the query: the main name or an alternate one.
    private func record(exact ref: NameIndex.NameRef, into found: inout [Int: Candidate]) {
        record(ref, score: ref.name == 0 ? 1 : 0.95, kind: ref.name == 0 ? .exact : .alternate, into: &found)
    }

    /// Keeps the better of the match already found for a place and this one
    /// (the first found when they score the same).
    private func record(_ ref: NameIndex.NameRef, score: Double, kind: MatchKind, into found: inout [Int: Candidate]) {
        if let existing = found[ref.place], existing.score >= score { return }
        found[ref.place] = Candidate(place: ref.place, name: ref.name, score: score, kind: kind)
    }

    /// Folded names within `bound` typing errors of `key`, scored by the
    /// share of the name that had to change (lower for alternate names).
    ///
    /// Only the keys that pass the n-gram count filter are compared
    /// (``NameIndex/fuzzyCandidates(of:bound:)``), which provably keeps
    /// every key within the bound.
    func nearbyNames(of key: String, bound: Int) -> [(NameIndex.NameRef, Double)] {
        guard bound > 0 else { return [] }
        let query = Array(key.utf8)
        var result: [(NameIndex.NameRef, Double)] = []
        var rows = EditDistance.Rows()
        query.withUnsafeBytes { queryBytes in
            for position in index.fuzzyCandidates(of: queryBytes, bound: bound) {
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
        var found: [Int: Candidate] = [:]
        for (ref, score) in nearbyNames(of: key, bound: max(3, key.utf8.count / 2)) {
            record(ref, score: score, kind: .fuzzy, into: &found)
        }
        var limited = options
        limited.limit = 3
        return ranked(found, options: limited)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Projection

/// A gazetteer compiled for lookups: places and their names in sorted
/// tables over one block of bytes, so that an exact or folded lookup is a
/// binary search and a typo-tolerant one a count over a few n-gram posting
/// lists, without building any structure at start-up. The same bytes serve
/// a memory-mapped index file (`incident-map.index` in the gazetteer folder,
/// see ``GazetteerIndex``, or the user's cache) and a gazetteer compiled in
/// memory, so lookups give identical results whichever was used.
///
/// Layout (integers little-endian): an 8-byte magic, a table of sections
/// (`UInt64` offset and count each), then the sections, each 8-aligned:
///
/// | section | record | sorted by |
/// | --- | --- | --- |
/// | places | 64 bytes: geonameid, population, lat and lon (`Float64` bits), first name number, name count, country, admin1, kind, admin2 (string refs; admin2 empty in indexes written before it was added) | file order |
/// | place names | 20 bytes: name ref, primary folded key ref, place; a place's names are contiguous, main name first | place |
/// | exact names | 12 bytes: the name's first 8 bytes (``prefix(_:)``), name number | name bytes, name number |
/// | exact samples | the prefix of every 256th exact name | — |
/// | folded keys | 12 bytes: the key's first 8 bytes, name number (top bit set for the name's secondary key) | key bytes, name number |
/// | folded samples | the prefix of every 256th folded key | — |
/// | secondary keys | name number, key ref: the second key of names with an Azerbaijani schwa | name number |
/// | distinct keys | the first folded entry of each distinct key | key length, then bytes |
/// | length starts | first distinct key at least this long | length |
/// | gram starts | for each gram (``NameGrams``), where its postings begin; one more at the end | gram |
/// | postings | distinct-key positions listing each gram | gram, then position |
/// | geonameids | geonameid, place | geonameid |
/// | admin1 | code ref, name ref: first- and second-level divisions (`AM.08`, `TH.30.3304`) | code bytes |
/// | info | `key<TAB>value` lines: counts, build time (``NameIndex/Info``) | — |
/// | sources | the stamp of the files it was built from | — |
/// | pool | UTF-8 bytes that string refs point into | — |
///
/// A string ref is a `UInt32` offset into the pool and a `UInt32` length.
/// The prefixes and samples keep a binary search on the name tables inside
/// the tables themselves: the samples (43 KB for cities500) narrow it to a
/// few hundred entries, whose prefixes settle all but the last comparisons
/// without following a reference into the pool, so a cold lookup touches a
/// few pages instead of dozens (see ``lowerBound(_:_:)``).
/// The `count` of the info, sources and pool sections is their byte length.
///
/// **Why a bespoke format and not SQLite.** Both were measured on the
/// 234,908 places of cities500 (BENCHMARKS.md, "Choosing the fuzzy index").
/// SQLite's FTS5 `trigram` tokenizer finds keys *containing* query
/// trigrams, but it has no notion of edit distance: an OR of the query's
/// trigrams returned 1,000–30,000 candidates per typo query, all still to
/// be compared, and missed true matches (`ogrsi` shares no trigram with
/// `goris`, two swaps away, and lost it); no count of shared trigrams is
/// provably safe under swaps (each destroys up to four trigrams), so exact
/// results would need the exhaustive scan anyway. The gram count filter
/// here is provably exact (``NameGrams``) and leaves 1–585 candidates for
/// the same queries; the whole index is one memory-mapped file that needs
/// no library linked in, no schema and no page cache of its own, and opens
/// in microseconds.
struct NameIndex: Sendable {
    static let magic: [UInt8] = Array("IMGAZ02\n".utf8)

    enum Section: Int, CaseIterable {
        case places, placeNames, exactNames, exactSamples, foldedKeys, foldedSamples, secondaryKeys, distinctKeys, lengthStarts
        case gramStarts, postings, geonameIDs, admin1, info, sources, pool
    }

    static let headerSize = 8 + Section.allCases.count * 16
    static let placeRecordSize = 64
    static let placeNameRecordSize = 20
    static let entrySize = 12
    static let sampleInterval = 256
    /// The flag of a folded entry that refers to a name's secondary key.
    static let secondaryFlag: UInt32 = 1 << 31

    let storage: IndexStorage
    /// Whether an exact name shorter than 8 bytes is told equal to an entry
    /// by the entry's prefix alone: true unless some name holds a NUL byte.
    /// (Folded keys hold only letters, digits and spaces, so it is always
    /// true for them.)
    let shortNamesHaveUniquePrefixes: Bool

    /// Reads the section table of `storage`; `nil` when the bytes are not an index of this version.
    init?(storage: IndexStorage) {
        guard storage.count >= Self.headerSize,
              Array(storage.bytes(0, 8)) == Self.magic else { return nil }
        self.storage = storage
        let sections = Section.allCases.map {
            (offset: Int(truncatingIfNeeded: storage.u64(8 + $0.rawValue * 16)), count: Int(truncatingIfNeeded: storage.u64(16 + $0.rawValue * 16)))
        }
        guard sections.allSatisfy({ $0.offset >= 0 && $0.count >= 0 }),
              sections[Section.pool.rawValue].offset + sections[Section.pool.rawValue].count <= storage.count,
              sections[Section.gramStarts.rawValue].count == NameGrams.gramCount + 1 else { return nil }
        let info = Info(text: storage.string(sections[Section.info.rawValue].offset, sections[Section.info.rawValue].count))
        shortNamesHaveUniquePrefixes = !info.namesWithNul
    }

    /// The number of records of `section` (its byte length for info, sources and pool),
    /// read from the section table each time: a copy of the index then
    /// holds no arrays, whose reference counts threads sharing it would contend for.
    @inline(__always)
    func count(_ section: Section) -> Int { Int(truncatingIfNeeded: storage.u64(16 + section.rawValue * 16)) }

    /// Where `section` starts in the storage.
    @inline(__always)
    func offset(of section: Section) -> Int { Int(truncatingIfNeeded: storage.u64(8 + section.rawValue * 16)) }

    @inline(__always)
    private func record(_ section: Section, _ index: Int, size: Int) -> Int {
        offset(of: section) + index * size
    }

    @inline(__always)
    private func u32(_ section: Section, _ index: Int) -> Int {
        Int(storage.u32(offset(of: section) + 4 * index))
    }

    private func string(at offset: Int) -> String {
        String(decoding: bytes(at: offset), as: UTF8.self)
    }

    @inline(__always)
    private func bytes(at offset: Int) -> UnsafeRawBufferPointer {
        storage.bytes(self.offset(of: .pool) + Int(storage.u32(offset)), Int(storage.u32(offset + 4)))
    }

    private func text(_ section: Section) -> String {
        storage.string(offset(of: section), count(section))
    }

    /// The stamp of the source files the index was built from.
    var sourcesStamp: String { text(.sources) }

    /// What the index holds and when it was built.
    var info: Info { Info(text: text(.info)) }

    // MARK: Places

    var placeCount: Int { count(.places) }

    /// The place numbered `index`, with all its names (only its main name
    /// when `withAlternateNames` is false).
    func place(_ index: Int, withAlternateNames: Bool = true) -> Place {
        let r = record(.places, index, size: Self.placeRecordSize)
        let id = storage.u32(r)
        let firstName = Int(storage.u32(r + 24)), nameCount = withAlternateNames ? Int(storage.u32(r + 28)) : 1
        let alternateNames = (firstName + 1..<firstName + nameCount).map { string(at: record(.placeNames, $0, size: Self.placeNameRecordSize)) }
        let country = string(at: r + 32), admin1 = string(at: r + 40), admin2 = string(at: r + 56)
        return Place(
            geonameID: id == 0 ? nil : Int(id), name: string(at: record(.placeNames, firstName, size: Self.placeNameRecordSize)),
            alternateNames: alternateNames,
            position: LonLat(lon: Double(bitPattern: storage.u64(r + 16)), lat: Double(bitPattern: storage.u64(r + 8))),
            country: country.isEmpty ? nil : country, admin1Code: admin1.isEmpty ? nil : admin1,
            admin2Code: admin2.isEmpty ? nil : admin2, population: Int(storage.u32(r + 4)), kind: PlaceKind(string(at: r + 48)))
    }

    /// The population of place `index`.
    func population(_ index: Int) -> Int {
        Int(storage.u32(record(.places, index, size: Self.placeRecordSize) + 4))
    }

    /// Where place `index` is.
    func position(_ index: Int) -> LonLat {
        let r = record(.places, index, size: Self.placeRecordSize)
        return LonLat(lon: Double(bitPattern: storage.u64(r + 16)), lat: Double(bitPattern: storage.u64(r + 8)))
    }

    /// The country code of place `index`, if any.
    func country(_ index: Int) -> String? {
        let country = string(at: record(.places, index, size: Self.placeRecordSize) + 32)
        return country.isEmpty ? nil : country
    }

    /// The ``PlaceKind/rank`` of the kind of place `index`.
    func kindRank(_ index: Int) -> Int {
        PlaceKind.rank(utf8: bytes(at: record(.places, index, size: Self.placeRecordSize) + 48))
    }

    /// The GeoNames id of place `index`; 0 for curated features.
    func geonameID(_ index: Int) -> Int {
        Int(storage.u32(record(.places, index, size: Self.placeRecordSize)))
    }

    /// The number of the place whose GeoNames id is `id` (the first when
    /// several share it), by binary search.
    func placeNumber(geonameID id: Int) -> Int? {
        let position = lowerBound(count(.geonameIDs)) { Int(storage.u32(record(.geonameIDs, $0, size: 8))) < id }
        guard position < count(.geonameIDs), Int(storage.u32(record(.geonameIDs, position, size: 8))) == id else { return nil }
        return Int(storage.u32(record(.geonameIDs, position, size: 8) + 4))
    }

    /// The name numbered `name` of place `place` (0 is the main name).
    func name(place: Int, name: Int) -> String {
        let firstName = Int(storage.u32(record(.places, place, size: Self.placeRecordSize) + 24))
        return string(at: record(.placeNames, firstName + name, size: Self.placeNameRecordSize))
    }

    // MARK: Names

    /// A reference from a name table to one name of one place.
    struct NameRef: Hashable {
        var place: Int
        var name: Int
    }

    /// The place and name of name number `number`.
    @inline(__always)
    func nameRef(_ number: Int) -> NameRef {
        let place = Int(storage.u32(record(.placeNames, number, size: Self.placeNameRecordSize) + 16))
        let firstName = Int(storage.u32(record(.places, place, size: Self.placeRecordSize) + 24))
        return NameRef(place: place, name: number - firstName)
    }

    /// The bytes of name number `number`.
    @inline(__always)
    func nameBytes(_ number: Int) -> UnsafeRawBufferPointer {
        bytes(at: record(.placeNames, number, size: Self.placeNameRecordSize))
    }

    /// The prefix of entry `position` of a name table.
    @inline(__always)
    func entryPrefix(_ table: Section, _ position: Int) -> UInt64 {
        storage.u64(record(table, position, size: Self.entrySize))
    }

    /// The name number (with its flag, for folded keys) of entry `position` of a name table.
    @inline(__always)
    func entryNumber(_ table: Section, _ position: Int) -> UInt32 {
        storage.u32(record(table, position, size: Self.entrySize) + 8)
    }

    /// The key bytes of folded entry `position`.
    @inline(__always)
    func foldedKey(_ position: Int) -> UnsafeRawBufferPointer {
        let entry = entryNumber(.foldedKeys, position)
        let number = Int(entry & ~Self.secondaryFlag)
        if entry & Self.secondaryFlag == 0 {
            return bytes(at: record(.placeNames, number, size: Self.placeNameRecordSize) + 8)
        }
        return secondaryKey(of: number) ?? UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// The bytes entry `position` of `table` (exact names or folded keys) is sorted by.
    @inline(__always)
    func entryKey(_ table: Section, _ position: Int) -> UnsafeRawBufferPointer {
        table == .exactNames ? nameBytes(Int(entryNumber(table, position))) : foldedKey(position)
    }

    private func secondaryKey(of number: Int) -> UnsafeRawBufferPointer? {
        var low = 0, high = count(.secondaryKeys)
        while low < high {
            let middle = (low + high) / 2
            let r = record(.secondaryKeys, middle, size: 12)
            let found = Int(storage.u32(r))
            if found == number { return bytes(at: r + 4) }
            if found < number { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The folded key stored for the exact name `text` (the key of the
    /// first name spelt so), which spares folding a query that is a known
    /// name through ICU; `nil` when no name is spelt `text`.
    func storedKey(ofExactName text: String) -> String? {
        let wanted = Array(text.utf8)
        let position = wanted.withUnsafeBytes { lowerBound(.exactNames, $0) }
        guard position < count(.exactNames) else { return nil }
        let number = Int(entryNumber(.exactNames, position))
        guard wanted.withUnsafeBytes({ compare(nameBytes(number), $0) }) == 0 else { return nil }
        return String(decoding: bytes(at: record(.placeNames, number, size: Self.placeNameRecordSize) + 8), as: UTF8.self)
    }

    /// Every place name that is byte for byte `text`.
    func exactNames(_ text: String) -> [NameRef] {
        refs(in: .exactNames, equalTo: Array(text.utf8))
    }

    /// Every name whose folded key is `key`, each told spelt byte for byte
    /// `text` or not: a name spelt like the query folds to the query's key,
    /// so one search of the folded keys finds the exact matches as well.
    func foldedNames(_ key: String, spelt text: String) -> [(ref: NameRef, isExact: Bool)] {
        var text = text
        return text.withUTF8 { spelling in
            var found: [(ref: NameRef, isExact: Bool)] = []
            forEachNumber(in: .foldedKeys, equalTo: Array(key.utf8)) { number in
                let name = nameBytes(number)
                let isExact = name.count == spelling.count && compare(name, UnsafeRawBufferPointer(spelling)) == 0
                found.append((nameRef(number), isExact))
            }
            return found
        }
    }

    private func refs(in table: Section, equalTo wanted: [UInt8]) -> [NameRef] {
        var found: [NameRef] = []
        forEachNumber(in: table, equalTo: wanted) { found.append(nameRef($0)) }
        return found
    }

    /// Calls `body` with the name number of each entry of `table` whose bytes are `wanted`, in table order.
    private func forEachNumber(in table: Section, equalTo wanted: [UInt8], _ body: (Int) -> Void) {
        wanted.withUnsafeBytes { wanted in
            var position = lowerBound(table, wanted)
            let target = Self.prefix(wanted)
            while position < count(table), isEntry(table, position, equalTo: wanted, prefix: target) {
                body(Int(entryNumber(table, position) & ~Self.secondaryFlag))
                position += 1
            }
        }
    }

    /// Whether entry `position` of `table` is `wanted` (whose prefix is
    /// `prefix`): for names shorter than 8 bytes the prefix says so without
    /// reading the name (see ``prefixDecides(_:_:)``).
    @inline(__always)
    func isEntry(_ table: Section, _ position: Int, equalTo wanted: UnsafeRawBufferPointer, prefix: UInt64) -> Bool {
        guard entryPrefix(table, position) == prefix else { return false }
        return prefixDecides(table, wanted) || compare(entryKey(table, position), wanted) == 0
    }

    /// Whether an entry of `table` whose prefix equals that of `wanted`,
    /// shorter than 8 bytes, is `wanted`: the prefix pads `wanted` with
    /// zeros, so the entry has a zero where `wanted` ends, and only a
    /// string holding a NUL byte (in the table or in `wanted`) could differ.
    @inline(__always)
    func prefixDecides(_ table: Section, _ wanted: UnsafeRawBufferPointer) -> Bool {
        wanted.count < 8 && (table == .foldedKeys || shortNamesHaveUniquePrefixes) && !wanted.contains(0)
    }

    /// The name of folded entry `position`.
    @inline(__always)
    private func folded(_ position: Int) -> NameRef {
        nameRef(Int(entryNumber(.foldedKeys, position) & ~Self.secondaryFlag))
    }

    /// The first position in `0..<count` for which `isBefore` is false.
    @inline(__always)
    func lowerBound(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Byte order, shorter first when one is a prefix of the other.
    @inline(__always)
    func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(a.baseAddress!, b.baseAddress!, common)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// The positions of the distinct folded keys whose length is in `lengths`.
    func distinctKeys(lengths: ClosedRange<Int>) -> Range<Int> {
        let starts = count(.lengthStarts)
        func start(_ length: Int) -> Int {
            length < starts ? u32(.lengthStarts, length) : count(.distinctKeys)
        }
        return start(lengths.lowerBound)..<start(lengths.upperBound + 1)
    }

    /// The bytes of the distinct key at `position` and its first folded entry.
    @inline(__always)
    func distinctKey(_ position: Int) -> (bytes: UnsafeRawBufferPointer, entry: Int) {
        let entry = u32(.distinctKeys, position)
        return (foldedKey(entry), entry)
    }

    /// The names sharing the key of folded entry `entry`, which must be the key's first.
    func foldedNames(fromEntry entry: Int) -> [NameRef] {
        let key = foldedKey(entry)
        var found = [folded(entry)]
        var position = entry + 1
        while position < count(.foldedKeys), compare(foldedKey(position), key) == 0 {
            found.append(folded(position))
            position += 1
        }
        return found
    }

    // MARK: Grams

    /// The postings of `gram` (distinct-key positions, ascending) that fall in `positions`.
    func postings(of gram: Int, in positions: Range<Int>) -> Range<Int> {
        let start = u32(.gramStarts, gram), end = u32(.gramStarts, gram + 1)
        var low = start, high = end
        while low < high {
            let middle = (low + high) / 2
            if u32(.postings, middle) < positions.lowerBound { low = middle + 1 } else { high = middle }
        }
        let first = low
        high = end
        while low < high {
            let middle = (low + high) / 2
            if u32(.postings, middle) < positions.upperBound { low = middle + 1 } else { high = middle }
        }
        return first..<low
    }

    /// The distinct-key position of posting `index`.
    @inline(__always)
    func posting(_ index: Int) -> Int { u32(.postings, index) }

    // MARK: Admin1

    /// The first-level division name for `code` (`AM.08` → `Syunik`).
    func admin1Name(_ code: String) -> String? {
        Array(code.utf8).withUnsafeBytes { wanted in
            let position = lowerBound(count(.admin1)) { compare(bytes(at: record(.admin1, $0, size: 16)), wanted) < 0 }
            guard position < count(.admin1) else { return nil }
            let r = record(.admin1, position, size: 16)
            return compare(bytes(at: r), wanted) == 0 ? string(at: r + 8) : nil
        }
    }

    /// Every first-level division, by code.
    var admin1Names: [String: String] {
        var names: [String: String] = [:]
        for i in 0..<count(.admin1) {
            let r = record(.admin1, i, size: 16)
            names[string(at: r)] = string(at: r + 8)
        }
        return names
    }
}

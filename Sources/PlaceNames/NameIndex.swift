import Projection

/// A gazetteer compiled for lookups: places and their names in sorted
/// tables over one block of bytes, so that an exact or folded lookup is a
/// binary search and a typo-tolerant one a scan of folded keys of about the
/// right length, without building any structure at start-up.
///
/// Layout (all integers little-endian `UInt32` unless noted): an 8-byte
/// magic, a table of sections (offset, count), then the sections:
///
/// | section | record | sorted by |
/// | --- | --- | --- |
/// | places | 64 bytes: geonameid, population, lat and lon (`Float64` bits), first name, name count, country, admin1, kind (string refs) | file order |
/// | place names | string ref; a place's names are contiguous, main name first | place |
/// | exact names | string ref, place, name number | name bytes |
/// | folded keys | string ref, place, name number | key bytes |
/// | distinct keys | index of a key's first folded entry | key length, then bytes |
/// | length starts | first distinct key at least this long | length |
/// | admin1 | code ref, name ref | code bytes |
/// | sources | the stamp of the files it was built from (a string ref) | — |
/// | pool | UTF-8 bytes that string refs point into | — |
///
/// A string ref is an offset into the pool and a length.
struct NameIndex: Sendable {
    static let magic: [UInt8] = Array("IMGAZ01\n".utf8)

    enum Section: Int, CaseIterable {
        case places, placeNames, exactNames, foldedKeys, distinctKeys, lengthStarts, admin1, sources, pool
    }

    static let headerSize = 8 + Section.allCases.count * 8
    static let placeRecordSize = 64

    let storage: IndexStorage
    private let offsets: [Int]
    private let counts: [Int]

    /// Reads the section table of `storage`; `nil` when the bytes are not an index of this version.
    init?(storage: IndexStorage) {
        guard storage.count >= Self.headerSize,
              Array(storage.bytes(0, 8)) == Self.magic else { return nil }
        self.storage = storage
        self.offsets = Section.allCases.map { Int(storage.u32(8 + $0.rawValue * 8)) }
        self.counts = Section.allCases.map { Int(storage.u32(12 + $0.rawValue * 8)) }
        let poolEnd = offsets[Section.pool.rawValue] + counts[Section.pool.rawValue]
        guard poolEnd <= storage.count else { return nil }
    }

    func count(_ section: Section) -> Int { counts[section.rawValue] }

    private func record(_ section: Section, _ index: Int, size: Int) -> Int {
        offsets[section.rawValue] + index * size
    }

    private func string(at offset: Int) -> String {
        let length = Int(storage.u32(offset + 4))
        return storage.string(offsets[Section.pool.rawValue] + Int(storage.u32(offset)), length)
    }

    private func bytes(at offset: Int) -> UnsafeRawBufferPointer {
        storage.bytes(offsets[Section.pool.rawValue] + Int(storage.u32(offset)), Int(storage.u32(offset + 4)))
    }

    /// The stamp of the source files the index was built from.
    var sourcesStamp: String {
        storage.string(offsets[Section.pool.rawValue] + offsets[Section.sources.rawValue], counts[Section.sources.rawValue])
    }

    // MARK: Places

    var placeCount: Int { count(.places) }

    /// The place numbered `index`, with all its names.
    func place(_ index: Int) -> Place {
        let r = record(.places, index, size: Self.placeRecordSize)
        let id = storage.u32(r)
        let firstName = Int(storage.u32(r + 24)), nameCount = Int(storage.u32(r + 28))
        let names = (firstName..<firstName + nameCount).map { string(at: record(.placeNames, $0, size: 8)) }
        let country = string(at: r + 32), admin1 = string(at: r + 40)
        return Place(
            geonameID: id == 0 ? nil : Int(id), name: names[0], alternateNames: Array(names.dropFirst()),
            position: LonLat(lon: Double(bitPattern: storage.u64(r + 16)), lat: Double(bitPattern: storage.u64(r + 8))),
            country: country.isEmpty ? nil : country, admin1Code: admin1.isEmpty ? nil : admin1,
            population: Int(storage.u32(r + 4)), kind: PlaceKind(string(at: r + 48)))
    }

    /// The GeoNames id of place `index`; 0 for curated features.
    func geonameID(_ index: Int) -> Int {
        Int(storage.u32(record(.places, index, size: Self.placeRecordSize)))
    }

    /// The name numbered `name` of place `place` (0 is the main name).
    func name(place: Int, name: Int) -> String {
        let firstName = Int(storage.u32(record(.places, place, size: Self.placeRecordSize) + 24))
        return string(at: record(.placeNames, firstName + name, size: 8))
    }

    // MARK: Names

    /// A reference from a name table to one name of one place.
    struct NameRef: Hashable {
        var place: Int
        var name: Int
    }

    /// Every place name that is byte for byte `text`.
    func exactNames(_ text: String) -> [NameRef] {
        refs(in: .exactNames, equalTo: Array(text.utf8))
    }

    /// Every name whose folded key is `key`.
    func foldedNames(_ key: String) -> [NameRef] {
        refs(in: .foldedKeys, equalTo: Array(key.utf8))
    }

    private func refs(in section: Section, equalTo wanted: [UInt8]) -> [NameRef] {
        var position = lowerBound(in: section, for: wanted)
        var found: [NameRef] = []
        while position < count(section) {
            let r = record(section, position, size: 16)
            guard compare(bytes(at: r), wanted) == 0 else { break }
            found.append(NameRef(place: Int(storage.u32(r + 8)), name: Int(storage.u32(r + 12))))
            position += 1
        }
        return found
    }

    private func lowerBound(in section: Section, for wanted: [UInt8]) -> Int {
        var low = 0, high = count(section)
        while low < high {
            let middle = (low + high) / 2
            if compare(bytes(at: record(section, middle, size: 16)), wanted) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func compare(_ a: UnsafeRawBufferPointer, _ b: some Collection<UInt8>) -> Int {
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// The positions of the distinct folded keys whose length is in `lengths`.
    func distinctKeys(lengths: ClosedRange<Int>) -> Range<Int> {
        let starts = count(.lengthStarts)
        func start(_ length: Int) -> Int {
            length < starts ? Int(storage.u32(record(.lengthStarts, length, size: 4))) : count(.distinctKeys)
        }
        return start(lengths.lowerBound)..<start(lengths.upperBound + 1)
    }

    /// The bytes of the distinct key at `position` and its first folded entry.
    func distinctKey(_ position: Int) -> (bytes: UnsafeRawBufferPointer, entry: Int) {
        let entry = Int(storage.u32(record(.distinctKeys, position, size: 4)))
        return (bytes(at: record(.foldedKeys, entry, size: 16)), entry)
    }

    /// The key bytes of folded entry `position`.
    func foldedKey(_ position: Int) -> UnsafeRawBufferPointer {
        bytes(at: record(.foldedKeys, position, size: 16))
    }

    /// The names sharing the key of folded entry `entry`, which must be the key's first.
    func foldedNames(fromEntry entry: Int) -> [NameRef] {
        let key = bytes(at: record(.foldedKeys, entry, size: 16))
        var found: [NameRef] = []
        var position = entry
        while position < count(.foldedKeys) {
            let r = record(.foldedKeys, position, size: 16)
            guard position == entry || compare(bytes(at: r), key) == 0 else { break }
            found.append(NameRef(place: Int(storage.u32(r + 8)), name: Int(storage.u32(r + 12))))
            position += 1
        }
        return found
    }

    // MARK: Admin1

    /// The first-level division name for `code` (`AM.08` → `Syunik`).
    func admin1Name(_ code: String) -> String? {
        let wanted = Array(code.utf8)
        var low = 0, high = count(.admin1)
        while low < high {
            let middle = (low + high) / 2
            let r = record(.admin1, middle, size: 16)
            switch compare(bytes(at: r), wanted) {
            case 0: return string(at: r + 8)
            case ..<0: low = middle + 1
            default: high = middle
            }
        }
        return nil
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

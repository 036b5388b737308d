extension NameIndex {
    /// Compiles `places` into index bytes, folding every name once.
    ///
    /// - Parameters:
    ///   - admin1Names: first-level division names by code.
    ///   - sourcesStamp: identifies the source files, so a stale index can be recognised.
    static func build(places: [Place], admin1Names: [String: String], sourcesStamp: String) -> [UInt8] {
        var pool = StringPool()
        var placeRecords = ByteWriter(), placeNames = ByteWriter()
        var exact: [(bytes: [UInt8], ref: NameRef)] = []
        var folded: [(bytes: [UInt8], ref: NameRef)] = []
        var nameCount = 0
        for (p, place) in places.enumerated() {
            placeRecords.place(place, firstName: nameCount, pool: &pool)
            for (n, name) in place.allNames.enumerated() {
                placeNames.stringRef(pool.add(name))
                let ref = NameRef(place: p, name: n)
                exact.append((Array(name.utf8), ref))
                for key in Set(NameFolding.keys(name)) { folded.append((Array(key.utf8), ref)) }
            }
            nameCount += place.allNames.count
        }
        let byBytes: ((bytes: [UInt8], ref: NameRef), (bytes: [UInt8], ref: NameRef)) -> Bool = {
            $0.bytes == $1.bytes ? ($0.ref.place, $0.ref.name) < ($1.ref.place, $1.ref.name) : $0.bytes.lexicographicallyPrecedes($1.bytes)
        }
        exact.sort(by: byBytes)
        folded.sort(by: byBytes)
        let (distinct, lengthStarts) = distinctKeyTables(folded.map(\.bytes))
        let sources = pool.add(sourcesStamp)
        var sections: [Section: (ByteWriter, Int)] = [
            .places: (placeRecords, places.count),
            .placeNames: (placeNames, nameCount),
            .exactNames: (entries(exact, pool: &pool), exact.count),
            .foldedKeys: (entries(folded, pool: &pool), folded.count),
            .distinctKeys: (distinct, distinct.bytes.count / 4),
            .lengthStarts: (lengthStarts, lengthStarts.bytes.count / 4),
            .admin1: (admin1Table(admin1Names, pool: &pool), admin1Names.count),
        ]
        sections[.pool] = (ByteWriter(bytes: pool.bytes), pool.bytes.count)
        return assemble(sections, sources: sources)
    }

    private static func entries(_ list: [(bytes: [UInt8], ref: NameRef)], pool: inout StringPool) -> ByteWriter {
        var writer = ByteWriter()
        for entry in list {
            writer.stringRef(pool.add(bytes: entry.bytes))
            writer.u32(entry.ref.place)
            writer.u32(entry.ref.name)
        }
        return writer
    }

    /// The first entry of every distinct key, ordered by length then bytes,
    /// and for every length the first of them that is at least that long.
    private static func distinctKeyTables(_ sortedKeys: [[UInt8]]) -> (ByteWriter, ByteWriter) {
        var firsts: [Int] = []
        for (i, key) in sortedKeys.enumerated() where i == 0 || sortedKeys[i - 1] != key { firsts.append(i) }
        firsts.sort { sortedKeys[$0].count != sortedKeys[$1].count ? sortedKeys[$0].count < sortedKeys[$1].count : $0 < $1 }
        var distinct = ByteWriter(), starts = ByteWriter()
        let longest = firsts.last.map { sortedKeys[$0].count } ?? 0
        var position = 0
        for length in 0...longest {
            while position < firsts.count && sortedKeys[firsts[position]].count < length { position += 1 }
            starts.u32(position)
        }
        for first in firsts { distinct.u32(first) }
        return (distinct, starts)
    }

    private static func admin1Table(_ names: [String: String], pool: inout StringPool) -> ByteWriter {
        var writer = ByteWriter()
        for (code, name) in names.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
            writer.stringRef(pool.add(code))
            writer.stringRef(pool.add(name))
        }
        return writer
    }

    private static func assemble(_ sections: [Section: (ByteWriter, Int)], sources: (Int, Int)) -> [UInt8] {
        var header = ByteWriter(bytes: magic)
        var body: [UInt8] = []
        for section in Section.allCases {
            if section == .sources {
                header.u32(sources.0)
                header.u32(sources.1)
                continue
            }
            let (writer, count) = sections[section] ?? (ByteWriter(), 0)
            header.u32(headerSize + body.count)
            header.u32(count)
            body += writer.bytes
            while body.count % 8 != 0 { body.append(0) }
        }
        return header.bytes + body
    }
}

/// Appends little-endian integers to a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u32(_ value: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes += $0 }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func stringRef(_ ref: (offset: Int, length: Int)) {
        u32(ref.offset)
        u32(ref.length)
    }

    /// A 64-byte place record (see ``NameIndex``).
    mutating func place(_ place: Place, firstName: Int, pool: inout StringPool) {
        u32(place.geonameID ?? 0)
        u32(place.population)
        u64(place.position.lat.bitPattern)
        u64(place.position.lon.bitPattern)
        u32(firstName)
        u32(place.allNames.count)
        stringRef(pool.add(place.country ?? ""))
        stringRef(pool.add(place.admin1Code ?? ""))
        stringRef(pool.add(place.kind.description))
        u64(0)
    }
}

/// The pool of UTF-8 strings an index refers to, each distinct string stored once.
struct StringPool {
    var bytes: [UInt8] = []
    private var offsets: [[UInt8]: Int] = [:]

    mutating func add(_ text: String) -> (offset: Int, length: Int) {
        add(bytes: Array(text.utf8))
    }

    mutating func add(bytes text: [UInt8]) -> (offset: Int, length: Int) {
        if let known = offsets[text] { return (known, text.count) }
        offsets[text] = bytes.count
        bytes += text
        return (bytes.count - text.count, text.count)
    }
}

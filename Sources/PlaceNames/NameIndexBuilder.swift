import Foundation

/// Compiles places into the bytes of a ``NameIndex``, in bounded memory.
///
/// Places are added one at a time (``add(_:)``), straight from the line
/// readers: each name is folded once, its record appended to the place and
/// name sections, and its exact and folded spellings handed to external
/// sorters (``ExternalSorter``). ``write(sourcesStamp:builtAt:errorPath:to:)``
/// then merges the sorted runs into the name tables, derives the distinct
/// keys and the gram postings from the sorted keys, and streams the
/// sections out one after the other. Every buffer spills to a temporary
/// file beyond its share of ``memoryBudget``, so memory does not grow with
/// the size of the gazetteer (see BENCHMARKS.md for the peak resident
/// memory on cities500 and the projection for a whole GeoNames dump).
///
/// The same builder compiles small gazetteers in memory (nothing spills),
/// so an index file and an in-memory gazetteer hold the same bytes.
final class NameIndexBuilder {
    /// The memory the sorters and buffers may use by default: 64 MiB.
    static let defaultMemoryBudget = 64 << 20

    /// How many bytes of records and buffers may stay in memory.
    let memoryBudget: Int
    /// Where temporary files go when a buffer outgrows its share.
    let directory: String

    private let places: SpillBuffer
    private let placeNames: SpillBuffer
    private let secondaryKeys: SpillBuffer
    private let pool: SpillBuffer
    private let exactNames: ExternalSorter
    private let foldedKeys: ExternalSorter
    private let geonameIDs: ExternalSorter
    private var admin1: [String: String] = [:]
    private var countries: Set<String> = []
    /// Pool offsets of short strings met often (countries, admin1 codes, kinds).
    private var sharedStrings: [String: Int] = [:]
    private var placeCount = 0
    private var nameCount = 0
    private var secondaryCount = 0
    private var namesWithNul = false

    /// A builder that keeps about `memoryBudget` bytes in memory and spills into `directory`.
    init(directory: String = NSTemporaryDirectory(), memoryBudget: Int = NameIndexBuilder.defaultMemoryBudget) {
        self.memoryBudget = memoryBudget
        self.directory = directory
        let share = max(memoryBudget / 32, 4096)
        places = SpillBuffer(directory: directory, memoryLimit: share)
        placeNames = SpillBuffer(directory: directory, memoryLimit: share)
        secondaryKeys = SpillBuffer(directory: directory, memoryLimit: share)
        pool = SpillBuffer(directory: directory, memoryLimit: share)
        exactNames = ExternalSorter(directory: directory, memoryBudget: memoryBudget / 4)
        foldedKeys = ExternalSorter(directory: directory, memoryBudget: memoryBudget / 4)
        geonameIDs = ExternalSorter(directory: directory, memoryBudget: memoryBudget / 16)
    }

    /// How many places were added.
    var count: Int { placeCount }

    /// How many sorted runs the name sorters wrote to disk so far (0 when
    /// everything fitted in memory).
    var spilledRuns: Int { exactNames.runCount + foldedKeys.runCount + geonameIDs.runCount }

    /// Adds a place, folding each of its names.
    func add(_ place: Place) {
        let number = placeCount
        placeCount += 1
        let names = place.allNames
        places.u32(place.geonameID ?? 0)
        places.u32(place.population)
        places.u64(place.position.lat.bitPattern)
        places.u64(place.position.lon.bitPattern)
        places.u32(nameCount)
        places.u32(names.count)
        stringRef(places, shared(place.country ?? ""))
        stringRef(places, shared(place.admin1Code ?? ""))
        stringRef(places, shared(place.kind.description))
        stringRef(places, place.admin2Code.map(shared) ?? (0, 0))
        if let country = place.country { countries.insert(country) }
        if let id = place.geonameID {
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: id).bigEndian) { geonameIDs.add(key: $0, payload: UInt64(number)) }
        }
        for name in names {
            let bytes = Array(name.utf8)
            if bytes.contains(0) { namesWithNul = true }
            let keys = NameFolding.keys(name)
            let primary = keys.first.map { Array($0.utf8) } ?? []
            stringRef(placeNames, append(bytes))
            stringRef(placeNames, append(primary))
            placeNames.u32(number)
            exactNames.add(key: bytes, payload: UInt64(nameCount))
            if !primary.isEmpty { foldedKeys.add(key: primary, payload: UInt64(nameCount) << 1) }
            if keys.count > 1 {
                let secondary = Array(keys[1].utf8)
                secondaryKeys.u32(nameCount)
                stringRef(secondaryKeys, append(secondary))
                foldedKeys.add(key: secondary, payload: UInt64(nameCount) << 1 | 1)
                secondaryCount += 1
            }
            nameCount += 1
        }
    }

    /// Adds the name of a first-level division (`AM.08` → `Syunik`).
    func addAdmin1(code: String, name: String) {
        admin1[code] = name
    }

    /// Writes the index: calls `output` with its bytes, front to back,
    /// until it returns `false` (a write error the caller reports).
    ///
    /// - Parameters:
    ///   - sourcesStamp: identifies the source files, so a stale index can be recognised.
    ///   - builtAt: when the sources were read (seconds since 1970), or `nil` to leave it out.
    ///   - errorPath: the path named in errors (the index file being written).
    /// - Returns: what the index holds.
    @discardableResult
    func write(
        sourcesStamp: String, builtAt: Double?, errorPath: String, to output: (UnsafeRawBufferPointer) -> Bool
    ) throws(GazetteerError) -> NameIndex.Info {
        guard nameCount < Int(NameIndex.secondaryFlag) else {
            throw GazetteerError(path: errorPath, message: "too many names for the index format (\(nameCount), at most 2³¹)")
        }
        var sections: [NameIndex.Section: (buffer: SpillBuffer, count: Int)] = [
            .places: (places, placeCount), .placeNames: (placeNames, nameCount), .secondaryKeys: (secondaryKeys, secondaryCount),
        ]
        let exact = buffer(), exactSamples = buffer()
        var position = 0
        exactNames.forEachSorted { name, number in
            tableEntry(name, Int(number), position: position, table: exact, samples: exactSamples)
            position += 1
        }
        sections[.exactNames] = (exact, exactNames.count)
        sections[.exactSamples] = (exactSamples, exactSamples.count / 8)

        let folded = buffer(), foldedSamples = buffer()
        let byLength = ExternalSorter(directory: directory, memoryBudget: memoryBudget / 4)
        var previous: [UInt8] = [], entryCount = 0
        var lengthKey: [UInt8] = []
        foldedKeys.forEachSorted { key, payload in
            tableEntry(key, Int(payload >> 1) | Int(payload & 1) << 31, position: entryCount, table: folded, samples: foldedSamples)
            if entryCount == 0 || !key.elementsEqual(previous) {
                previous.removeAll(keepingCapacity: true)
                previous.append(contentsOf: key)
                lengthKey.removeAll(keepingCapacity: true)
                withUnsafeBytes(of: UInt32(key.count).bigEndian) { lengthKey.append(contentsOf: $0) }
                lengthKey.append(contentsOf: key)
                byLength.add(key: lengthKey, payload: UInt64(entryCount))
            }
            entryCount += 1
        }
        sections[.foldedKeys] = (folded, foldedKeys.count)
        sections[.foldedSamples] = (foldedSamples, foldedSamples.count / 8)

        let (distinct, lengthStarts, keysByLength, gramCounts) = distinctKeyTables(byLength)
        sections[.distinctKeys] = (distinct, byLength.count)
        sections[.lengthStarts] = (lengthStarts, lengthStarts.count / 4)
        let (gramStarts, postings, postingCount) = try gramTables(keysByLength, counts: gramCounts, errorPath: errorPath)
        sections[.gramStarts] = (gramStarts, NameGrams.gramCount + 1)
        sections[.postings] = (postings, postingCount)

        let ids = buffer()
        geonameIDs.forEachSorted { key, place in
            ids.u32(Int(UInt32(bigEndian: key.loadUnaligned(as: UInt32.self))))
            ids.u32(Int(place))
        }
        sections[.geonameIDs] = (ids, geonameIDs.count)
        let admin1Table = buffer()
        for (code, name) in admin1.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
            stringRef(admin1Table, append(Array(code.utf8)))
            stringRef(admin1Table, append(Array(name.utf8)))
        }
        sections[.admin1] = (admin1Table, admin1.count)
        let info = NameIndex.Info(places: placeCount, names: nameCount, distinctKeys: byLength.count, countries: countries.count, builtAt: builtAt,
            namesWithNul: namesWithNul)
        sections[.info] = text(info.text)
        sections[.sources] = text(sourcesStamp)
        guard pool.count <= Int(UInt32.max) else {
            throw GazetteerError(path: errorPath, message: "too much name text for the index format (\(pool.count) bytes, at most 4 GiB)")
        }
        sections[.pool] = (pool, pool.count)

        let failures = sections.values.map(\.buffer.failure) + [keysByLength.failure]
            + [exactNames, foldedKeys, geonameIDs, byLength].map(\.failure)
        if let failure = failures.lazy.compactMap({ $0 }).first {
            throw GazetteerError(path: errorPath, message: failure)
        }
        guard assemble(sections, output) else {
            throw GazetteerError(path: errorPath, message: sections.values.lazy.compactMap(\.buffer.failure).first ?? "cannot write the index")
        }
        return info
    }

    /// The index, compiled into memory with nothing sourced from files.
    ///
    /// Build the builder with a budget larger than the places need (as
    /// ``Gazetteer/init(places:admin1Names:)`` does) and nothing spills, so
    /// nothing can fail but the format's limits of 2³¹ names and 4 GiB of
    /// name text, far beyond a set of places held in an array.
    func compiledInMemory(sourcesStamp: String) -> NameIndex {
        var bytes: [UInt8] = []
        do {
            try write(sourcesStamp: sourcesStamp, builtAt: nil, errorPath: "(memory)") { chunk in
                bytes.append(contentsOf: chunk)
                return true
            }
        } catch {
            preconditionFailure("cannot compile the gazetteer in memory: \(error)")
        }
        guard let index = NameIndex(storage: IndexStorage(bytes: bytes)) else {
            preconditionFailure("the compiled gazetteer is not a valid index")
        }
        return index
    }

    // MARK: Sections

    private func buffer() -> SpillBuffer {
        SpillBuffer(directory: directory, memoryLimit: max(memoryBudget / 32, 4096))
    }

    private func text(_ text: String) -> (SpillBuffer, Int) {
        let buffer = buffer()
        buffer.append(contentsOf: Array(text.utf8))
        return (buffer, buffer.count)
    }

    /// Appends a name-table entry (the key's prefix and `number`) and, every
    /// ``NameIndex/sampleInterval`` entries, a sample.
    private func tableEntry(_ key: UnsafeRawBufferPointer, _ number: Int, position: Int, table: SpillBuffer, samples: SpillBuffer) {
        let prefix = NameIndex.prefix(key)
        if position % NameIndex.sampleInterval == 0 { samples.u64(prefix) }
        table.u64(prefix)
        table.u32(number)
    }

    /// The distinct keys in length order (their first folded entries), the
    /// first position of each length, the keys themselves in that order
    /// (length-prefixed, for the gram passes) and how many keys list each gram.
    private func distinctKeyTables(_ byLength: ExternalSorter) -> (SpillBuffer, SpillBuffer, SpillBuffer, [Int]) {
        let distinct = buffer(), keys = buffer()
        var lengthCounts: [Int] = [0]
        var gramCounts = [Int](repeating: 0, count: NameGrams.gramCount)
        var grams = NameGrams()
        byLength.forEachSorted { lengthKey, entry in
            let key = UnsafeRawBufferPointer(rebasing: lengthKey[4...])
            distinct.u32(Int(entry))
            if key.count >= lengthCounts.count { lengthCounts += repeatElement(0, count: key.count + 1 - lengthCounts.count) }
            lengthCounts[key.count] += 1
            keys.u32(key.count)
            keys.append(key)
            grams.forEachGram(of: key) { gram, _ in gramCounts[gram] += 1 }
        }
        let starts = buffer()
        var position = 0
        for count in lengthCounts {
            starts.u32(position)
            position += count
        }
        return (distinct, starts, keys, gramCounts)
    }

    /// Where each gram's postings start, and the postings: for each gram,
    /// the positions of the distinct keys (in length order) that list it.
    ///
    /// Keys are read in position order, so each gram's positions come out
    /// sorted; the grams are filled a group at a time, as many as half the
    /// memory budget holds, reading the keys once per group. A gram listing
    /// more keys than that is written straight out, in a pass of its own.
    private func gramTables(_ keys: SpillBuffer, counts: [Int], errorPath: String) throws(GazetteerError) -> (SpillBuffer, SpillBuffer, Int) {
        let starts = buffer(), postings = buffer()
        var total = 0
        for count in counts {
            starts.u32(total)
            total += count
        }
        starts.u32(total)
        guard total <= Int(UInt32.max) else {
            throw GazetteerError(path: errorPath, message: "too many distinct names for the index format (\(total) postings)")
        }
        let groupCapacity = max(memoryBudget / 2 / 4, 1)
        var grams = NameGrams()
        var first = 0
        while first < counts.count {
            var end = first + 1, size = counts[first]
            while end < counts.count, size + counts[end] <= groupCapacity {
                size += counts[end]
                end += 1
            }
            if size == 0 {
                first = end
                continue
            }
            var reader = keys.reader()
            var key: [UInt8] = []
            var position = 0
            if size > groupCapacity {
                // One gram alone (it may list most keys, more than the group
                // capacity): its positions come in order, straight to the section.
                let only = first
                while let length = reader.u32(), reader.read(length, into: &key) {
                    key.withUnsafeBytes { bytes in
                        grams.forEachGram(of: bytes) { gram, _ in if gram == only { postings.u32(position) } }
                    }
                    position += 1
                }
                first = end
                continue
            }
            var group = [UInt32](repeating: 0, count: size)
            var cursors = [Int](repeating: 0, count: end - first)
            var offset = 0
            for gram in first..<end {
                cursors[gram - first] = offset
                offset += counts[gram]
            }
            let range = first..<end
            while let length = reader.u32(), reader.read(length, into: &key) {
                key.withUnsafeBytes { bytes in
                    grams.forEachGram(of: bytes) { gram, _ in
                        guard range.contains(gram) else { return }
                        group[cursors[gram - first]] = UInt32(position)
                        cursors[gram - first] += 1
                    }
                }
                position += 1
            }
            group.withUnsafeBytes { postings.append($0) }
            first = end
        }
        return (starts, postings, total)
    }

    /// Writes the header and the sections, each padded to 8 bytes.
    private func assemble(_ sections: [NameIndex.Section: (buffer: SpillBuffer, count: Int)], _ output: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var header = NameIndex.magic
        var offset = NameIndex.headerSize
        func padding(_ size: Int) -> Int { (8 - size % 8) % 8 }
        for section in NameIndex.Section.allCases {
            let (buffer, count) = sections[section] ?? (self.buffer(), 0)
            withUnsafeBytes(of: UInt64(offset).littleEndian) { header += $0 }
            withUnsafeBytes(of: UInt64(count).littleEndian) { header += $0 }
            offset += buffer.count + padding(buffer.count)
        }
        guard header.withUnsafeBytes(output) else { return false }
        let zeros = [UInt8](repeating: 0, count: 8)
        for section in NameIndex.Section.allCases {
            guard let (buffer, _) = sections[section] else { continue }
            var ok = true
            buffer.forEachChunk { chunk in if ok { ok = output(chunk) } }
            guard ok, buffer.failure == nil else { return false }
            guard zeros[0..<padding(buffer.count)].withUnsafeBytes(output) else { return false }
        }
        return true
    }

    // MARK: Strings

    /// Appends `bytes` to the pool; its string ref.
    private func append(_ bytes: [UInt8]) -> (offset: Int, length: Int) {
        let offset = pool.count
        pool.append(contentsOf: bytes)
        return (offset, bytes.count)
    }

    /// A short string stored once however often it is used.
    private func shared(_ text: String) -> (offset: Int, length: Int) {
        if let known = sharedStrings[text] { return (known, text.utf8.count) }
        let ref = append(Array(text.utf8))
        if sharedStrings.count < 1 << 16 { sharedStrings[text] = ref.offset }
        return ref
    }

    private func stringRef(_ buffer: SpillBuffer, _ ref: (offset: Int, length: Int)) {
        buffer.u32(ref.offset)
        buffer.u32(ref.length)
    }
}

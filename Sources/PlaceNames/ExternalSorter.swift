#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorts records — a byte-string key and a 64-bit payload — by key bytes,
/// then payload, in bounded memory: records are kept in memory until they
/// fill `memoryBudget`, then sorted and written out as a *run* to a
/// temporary file; ``forEachSorted(_:)`` merges the runs (a k-way merge
/// through a binary heap). With less data than the budget nothing touches
/// the disk. This is how the index of a 12-million-row GeoNames dump is
/// built without holding its names in memory.
final class ExternalSorter {
    /// Where a record's key lives in `arena`, and its payload.
    private struct Entry {
        var offset: UInt32
        var length: UInt32
        var payload: UInt64
    }

    private let directory: String
    private let memoryBudget: Int
    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    private var runs: [SpillBuffer] = []
    /// How many records were added.
    private(set) var count = 0

    /// A sorter keeping at most about `memoryBudget` bytes of records in
    /// memory, spilling runs into `directory`.
    init(directory: String, memoryBudget: Int) {
        self.directory = directory
        self.memoryBudget = max(memoryBudget, 1024)
    }

    /// The first error writing or reading a run, if any.
    var failure: String? { pastFailure ?? runs.lazy.compactMap(\.failure).first }
    /// The first error of runs already merged and released.
    private var pastFailure: String?

    /// How many runs went to disk (0 when everything fitted in memory).
    private(set) var runCount = 0

    /// Adds a record.
    func add(key: UnsafeRawBufferPointer, payload: UInt64) {
        entries.append(Entry(offset: UInt32(arena.count), length: UInt32(key.count), payload: payload))
        arena.append(contentsOf: key)
        count += 1
        if arena.count + entries.count * MemoryLayout<Entry>.stride >= memoryBudget { spillRun() }
    }

    /// Adds a record.
    func add(key: [UInt8], payload: UInt64) {
        key.withUnsafeBytes { add(key: $0, payload: payload) }
    }

    /// Calls `body` with every record in order (key bytes, then payload);
    /// the key buffer is only valid during the call. This empties the
    /// sorter, giving its memory back: call it once.
    func forEachSorted(_ body: (UnsafeRawBufferPointer, UInt64) -> Void) {
        defer {
            pastFailure = failure
            arena = []
            entries = []
            runs = []
        }
        if runs.isEmpty {
            sortEntries()
            arena.withUnsafeBytes { base in
                for entry in entries {
                    body(UnsafeRawBufferPointer(rebasing: base[Int(entry.offset)..<Int(entry.offset) + Int(entry.length)]), entry.payload)
                }
            }
            return
        }
        if !entries.isEmpty { spillRun() }
        arena = []
        entries = []
        merge(body)
    }

    private func sortEntries() {
        arena.withUnsafeBytes { base in
            entries.sort { a, b in
                let common = Int(min(a.length, b.length))
                let order = common == 0 ? 0 : memcmp(base.baseAddress! + Int(a.offset), base.baseAddress! + Int(b.offset), common)
                if order != 0 { return order < 0 }
                if a.length != b.length { return a.length < b.length }
                return a.payload < b.payload
            }
        }
    }

    /// Writes the records in memory, sorted, as one run: length, payload, key bytes each.
    private func spillRun() {
        sortEntries()
        let run = SpillBuffer(directory: directory, memoryLimit: 1 << 20)
        arena.withUnsafeBytes { base in
            for entry in entries {
                run.u32(Int(entry.length))
                run.u64(entry.payload)
                run.append(UnsafeRawBufferPointer(rebasing: base[Int(entry.offset)..<Int(entry.offset) + Int(entry.length)]))
            }
        }
        run.flushToFile()
        runs.append(run)
        runCount += 1
        arena.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }

    /// The record a run's reader is at.
    private struct Cursor {
        var reader: SpillReader
        var key: [UInt8] = []
        var payload: UInt64 = 0

        /// Moves to the next record; `false` at the end of the run.
        mutating func advance() -> Bool {
            guard let length = reader.u32(), let value = reader.u64(), reader.read(length, into: &key) else { return false }
            payload = value
            return true
        }

        static func precedes(_ a: Cursor, _ b: Cursor) -> Bool {
            let order = a.key.withUnsafeBytes { x in
                b.key.withUnsafeBytes { y in
                    let common = min(x.count, y.count)
                    return common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                }
            }
            if order != 0 { return order < 0 }
            if a.key.count != b.key.count { return a.key.count < b.key.count }
            return a.payload < b.payload
        }
    }

    /// A k-way merge of the runs through a binary min-heap of cursors.
    private func merge(_ body: (UnsafeRawBufferPointer, UInt64) -> Void) {
        var heap: [Cursor] = []
        for run in runs {
            var cursor = Cursor(reader: run.reader(chunkSize: 1 << 16))
            if cursor.advance() { heap.append(cursor) }
        }
        for start in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(&heap, from: start) }
        while !heap.isEmpty {
            heap[0].key.withUnsafeBytes { body($0, heap[0].payload) }
            if !heap[0].advance() {
                heap.swapAt(0, heap.count - 1)
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(&heap, from: 0) }
        }
    }

    private func siftDown(_ heap: inout [Cursor], from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count && Cursor.precedes(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count && Cursor.precedes(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

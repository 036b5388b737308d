import IncidentMap
import PlaceNames
import Projection

/// A consecutive run of the names `lookup` was given, looked up and
/// printed on one core: a long list from standard input is cut into one
/// part per core, and the parts' text is joined in order, so the output is
/// the same as that of looking the names up one after another.
struct LookupPart: Sendable {
    /// Names per part at least: a thread's start is then small beside the
    /// lookups it runs (about 15 µs each on a world-sized index).
    static let minimumSize = 128

    var rows: [LookupRow]
    /// The rows as printed: JSON objects, each after `,\n` (the very first after `\n`), or tables.
    var text: [UInt8]

    /// Looks `queries` up in parts, in order. Each part projects with a
    /// transformer of its own, as a PROJ context serves one thread.
    static func parts(
        of queries: [String], in gazetteer: Gazetteer, options: LookupOptions, crs: String?, json: Bool
    ) throws -> [LookupPart] {
        let ranges = Parallel.ranges(queries.count, minimumSize: minimumSize)
        let made = Parallel.map(ranges.count) { part in
            Result { () throws -> LookupPart in
                let transformer = try crs.map { try Transformer(to: $0) }
                let rows = try queries[ranges[part]].map { query in
                    try LookupRow(result: gazetteer.lookup(query, options: options), gazetteer: gazetteer, transformer: transformer)
                }
                let text = json
                    ? LookupRow.jsonObjects(rows, first: part == 0, withXY: crs != nil)
                    : Array(LookupRow.tables(rows, withXY: crs != nil).utf8)
                return LookupPart(rows: rows, text: text)
            }
        }
        return try made.map { try $0.get() }
    }

    /// The parts' JSON objects as one array, in pieces to write one after
    /// another (joining them would copy the whole output).
    static func json(_ parts: [LookupPart]) -> [[UInt8]] {
        let isEmpty = parts.allSatisfy(\.text.isEmpty)
        return [Array("[".utf8)] + parts.map(\.text) + [Array((isEmpty ? "]\n" : "\n]\n").utf8)]
    }

    /// The parts' tables, one after another, in pieces to write.
    static func tables(_ parts: [LookupPart]) -> [[UInt8]] {
        parts.enumerated().flatMap { i, part in i == 0 ? [part.text] : [Array("\n".utf8), part.text] }
    }
}

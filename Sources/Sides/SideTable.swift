import Foundation
import RecordReaders

/// Every side a report may name, and the many ways it names them: turns
/// "AM", "Yerevan", "the Armenian Ministry of Defence" or "Минобороны
/// Армении" into one side name ("Armenia"), so that every claim of a side
/// lands in the same layer.
///
/// Two editable tab-separated files of the gazetteer folder feed it:
///
/// - `sides.tsv`, the **side table**: non-state sides (armed groups) and
///   overrides, with a header line naming at least the columns `side` and
///   `aliases` (comma-separated), optionally `countries` (ISO codes,
///   comma-separated) and `color` (`#rrggbb`, the colour the side's layers
///   are drawn in). An entry there wins over the world table.
/// - `states.tsv`, the **world table** of states (``StateTable``): names in
///   several scripts, demonyms, capitals, whose ministries and armed forces
///   are recognised by patterns (``SideNames``).
///
/// Comparison ignores case, surrounding and repeated spaces, and a leading
/// "the". A value neither file knows is kept as written, so a new party to
/// a conflict needs no code change.
public struct SideTable: Sendable {
    /// One side of the side table and the names it goes by.
    public struct Entry: Sendable, Hashable {
        /// The side's name, as layers are named.
        public var side: String
        /// Other names of the side: codes, adjectives, capitals, institutions.
        public var aliases: [String]
        /// The ISO codes of the countries the side holds or claims (column
        /// `countries`): claims extracted from text are looked for there.
        public var countries: [String]

        /// Creates an entry.
        public init(side: String, aliases: [String], countries: [String] = []) {
            self.side = side
            self.aliases = aliases
            self.countries = countries
        }
    }

    /// The sides of the side table (`sides.tsv`), in the order of the file.
    public private(set) var entries: [Entry] = []
    /// The world's states (`states.tsv`); empty when the folder has none.
    public let states: StateTable
    /// Recognises every side, of either file, in whole values and in sentences.
    public let names: SideNames
    private var sides: [String: String] = [:]
    /// The colour given to each side that has one, as `#rrggbb`.
    public internal(set) var colors: [String: String] = [:]

    /// An empty table: every value is kept as written.
    public init() {
        self.init(entries: [])
    }

    /// A table from `side → aliases` pairs.
    public init(_ entries: [(side: String, aliases: [String])]) {
        self.init(entries: entries.map { Entry(side: $0.side, aliases: $0.aliases) })
    }

    /// A table of `entries`, over the world table `states`.
    public init(entries: [Entry], states: StateTable = StateTable()) {
        self.entries = entries
        self.states = states
        self.names = SideNames(entries: entries, states: states)
        for entry in entries {
            for name in [entry.side] + entry.aliases { sides[Self.key(name)] = entry.side }
        }
    }

    /// The countries of every side of the side table (empty when it names none).
    public var countries: Set<String> { Set(entries.flatMap(\.countries)) }

    /// The countries of `side` (a side name, as ``side(for:)`` gives it) in the side table; empty for a side
    /// it does not list.
    public func countries(ofSide side: String) -> Set<String> {
        Set(entries.first { $0.side == side }?.countries ?? [])
    }

    /// The side `value` stands for, or `value` itself (trimmed) when neither table knows it: an alias of
    /// the side table, else a whole value that names one side (``SideNames/side(naming:)``).
    public func side(for value: String) -> String {
        sides[Self.key(value)] ?? names.side(naming: value) ?? value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func key(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count > 1 && words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

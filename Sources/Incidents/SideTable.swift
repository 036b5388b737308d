import Foundation
import RecordReaders

/// Turns the many ways a report names a side ("AM", "Yerevan", "the
/// Armenian Ministry of Defence") into one side name ("Armenia"), so that
/// every claim of a side lands in the same layer.
///
/// The table is an editable tab-separated file, `sides.tsv` in the
/// gazetteer folder, with a header line naming at least the columns `side`
/// and `aliases` (comma-separated), optionally `countries` (ISO codes, comma-separated). Comparison ignores case, surrounding
/// and repeated spaces, and a leading "the" ("the Armenian Defence Ministry"). A value the table does not know is kept as
/// written, so a new party to a conflict needs no code change.
///
/// An optional column `color` gives a side the colour (`#rrggbb`) its
/// layers are drawn in; sides without one get a stable colour of their own.
public struct SideTable: Sendable {
    /// One side and the names it goes by.
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

    /// The sides, in the order of the file.
    public private(set) var entries: [Entry] = []
    private var sides: [String: String] = [:]
    /// The colour given to each side that has one, as `#rrggbb`.
    public private(set) var colors: [String: String] = [:]

    /// An empty table: every value is kept as written.
    public init() {}

    /// A table from `side → aliases` pairs.
    public init(_ entries: [(side: String, aliases: [String])]) {
        self.init(entries: entries.map { Entry(side: $0.side, aliases: $0.aliases) })
    }

    /// A table of `entries`.
    public init(entries: [Entry]) {
        self.entries = entries
        for entry in entries {
            for name in [entry.side] + entry.aliases { sides[Self.key(name)] = entry.side }
        }
    }

    /// The countries of every side (empty when the table names none).
    public var countries: Set<String> { Set(entries.flatMap(\.countries)) }

    /// The countries of `side` (a side name, as ``side(for:)`` gives it); empty for a side the table does not know.
    public func countries(ofSide side: String) -> Set<String> {
        Set(entries.first { $0.side == side }?.countries ?? [])
    }

    /// The one other side when the table has exactly two: whom "the enemy" means in a side's statement.
    public func opponent(of side: String) -> String? {
        guard entries.count == 2, let index = entries.firstIndex(where: { $0.side == side }) else { return nil }
        return entries[1 - index].side
    }

    /// Reads the table at `path`.
    ///
    /// - Throws: ``InputError`` when the file cannot be read or lacks the
    ///   `side` and `aliases` columns.
    public static func read(path: String) throws(InputError) -> SideTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read the side table")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map { $0.lowercased() } ?? []
        guard let sideColumn = header.firstIndex(of: "side"), let aliasColumn = header.firstIndex(of: "aliases") else {
            throw InputError(file: path, line: 1, message: "the header must name the columns \"side\" and \"aliases\"")
        }
        let countryColumn = header.firstIndex(of: "countries"), colorColumn = header.firstIndex(of: "color")
        var entries: [Entry] = []
        var colors: [String: String] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count > max(sideColumn, aliasColumn) else { continue }
            func list(_ column: Int?) -> [String] {
                guard let column, column < cells.count else { return [] }
                return cells[column].split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            }
            let side = String(cells[sideColumn]).trimmingSpaces()
            entries.append(Entry(side: side, aliases: list(aliasColumn), countries: list(countryColumn)))
            if let colorColumn, cells.count > colorColumn {
                let color = String(cells[colorColumn]).trimmingSpaces()
                guard color.isEmpty || isColor(color) else {
                    throw InputError(file: path, line: index + 1, message: "invalid color \"\(color)\" for \(side): expected #rrggbb, such as #00798c")
                }
                if !color.isEmpty { colors[side] = color.lowercased() }
            }
        }
        var table = SideTable(entries: entries)
        table.colors = colors
        return table
    }

    /// Whether `text` is `#` and six hexadecimal digits.
    private static func isColor(_ text: String) -> Bool {
        text.utf8.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// The side `value` stands for, or `value` itself (trimmed) when the table does not know it.
    public func side(for value: String) -> String {
        sides[Self.key(value)] ?? value.trimmingSpaces()
    }

    private static func key(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count > 1 && words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

import Foundation
import RecordReaders

extension SideTable {
    /// Reads the side table at `path`, over the world table `states`.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, lacks the
    ///   `side` and `aliases` columns, or gives a malformed colour.
    public static func read(path: String, states: StateTable = StateTable()) throws(InputError) -> SideTable {
        let file = try TabSeparatedFile(path: path, what: "the side table")
        guard let sideColumn = file.column("side"), let aliasColumn = file.column("aliases") else {
            throw InputError(file: path, line: 1, message: "the header must name the columns \"side\" and \"aliases\"")
        }
        let countryColumn = file.column("countries"), colorColumn = file.column("color")
        var entries: [Entry] = []
        var colors: [String: String] = [:]
        for row in file.rows where row.cells.count > max(sideColumn, aliasColumn) {
            let side = row.cell(sideColumn)
            entries.append(Entry(side: side, aliases: row.list(aliasColumn), countries: row.list(countryColumn)))
            let color = row.cell(colorColumn)
            guard color.isEmpty || isColor(color) else {
                throw InputError(file: path, line: row.line, message: "invalid color \"\(color)\" for \(side): expected #rrggbb, such as #00798c")
            }
            if !color.isEmpty { colors[side] = color.lowercased() }
        }
        var table = SideTable(entries: entries, states: states)
        table.colors = colors
        return table
    }

    /// The sides of a gazetteer folder: its `sides.tsv` over its `states.tsv`, each optional; when the
    /// folder has no `states.tsv`, the one in `fallbackFolder` (the bundled gazetteer), if any.
    ///
    /// - Throws: ``InputError`` when a file that is there cannot be read or is malformed.
    public static func load(folder: String, fallbackFolder: String? = nil) throws(InputError) -> SideTable {
        let statesPath = [folder, fallbackFolder].compactMap { $0 }.map { $0 + "/" + StateTable.fileName }
            .first { FileManager.default.fileExists(atPath: $0) }
        let states = try statesPath.map { path throws(InputError) in try StateTable.read(path: path) } ?? StateTable()
        let sidesPath = folder + "/" + fileName
        guard FileManager.default.fileExists(atPath: sidesPath) else { return SideTable(entries: [], states: states) }
        return try read(path: sidesPath, states: states)
    }

    /// The side table's file name in a gazetteer folder.
    public static let fileName = "sides.tsv"

    /// Whether `text` is `#` and six hexadecimal digits.
    private static func isColor(_ text: String) -> Bool {
        text.utf8.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}

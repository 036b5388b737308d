import Foundation
import RecordReaders

/// An editable tab-separated table with a header line, such as `sides.tsv`
/// and `states.tsv`: lines starting with `#` and blank lines are comments,
/// column names are compared in lower case, a CRLF line ending is accepted.
/// Lines, cells and list items are cut on their ASCII separators in the
/// UTF-8 bytes, so reading the world table costs well under a millisecond.
struct TabSeparatedFile {
    /// One data line.
    struct Row {
        /// The 1-based line number in the file.
        var line: Int
        /// The cells, as written.
        var cells: [Substring]

        /// The cell of `column`, without surrounding spaces; empty when the line is shorter.
        func cell(_ column: Int?) -> String {
            guard let column, column < cells.count else { return "" }
            return String(TabSeparatedFile.trimmed(cells[column]))
        }

        /// The comma-separated items of `column`, trimmed, without empty ones.
        func list(_ column: Int?) -> [String] {
            guard let column, column < cells.count else { return [] }
            return cells[column].utf8.split(separator: UInt8(ascii: ","))
                .map { TabSeparatedFile.trimmed(Substring($0)) }.filter { !$0.isEmpty }.map(String.init)
        }
    }

    /// The column names of the header, lower-cased.
    let header: [String]
    /// The data lines, in order.
    let rows: [Row]

    /// Reads the table at `path`; `what` names it in the error ("the side table").
    ///
    /// - Throws: ``InputError`` when the file cannot be read or is not UTF-8.
    init(path: String, what: String) throws(InputError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read \(what)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw InputError(file: path, message: "\(what) is not UTF-8 text")
        }
        var header: [String]?
        var rows: [Row] = []
        for (index, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = Substring(bytes.last == 0x0D ? bytes.dropLast() : bytes)
            if line.utf8.first == UInt8(ascii: "#") || Self.trimmed(line).isEmpty { continue }
            let cells = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
            if header == nil {
                header = cells.map { Self.trimmed($0).lowercased() }
            } else {
                rows.append(Row(line: index + 1, cells: cells))
            }
        }
        self.header = header ?? []
        self.rows = rows
    }

    /// The position of the column named `name`.
    func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> Substring {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let start = text.utf8.firstIndex(where: { !isSpace($0) }), let end = text.utf8.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[start...end]
    }
}

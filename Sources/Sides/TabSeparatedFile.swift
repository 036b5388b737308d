import Foundation
import RecordReaders

/// An editable tab-separated table with a header line, such as `sides.tsv`
/// and `states.tsv`: lines starting with `#` and blank lines are comments,
/// column names are compared in lower case, a CRLF line ending is accepted.
struct TabSeparatedFile {
    /// One data line.
    struct Row {
        /// The 1-based line number in the file.
        var line: Int
        /// The cells, as written.
        var cells: [Substring]

        /// The cell of `column`, trimmed; empty when the line is shorter.
        func cell(_ column: Int?) -> String {
            guard let column, column < cells.count else { return "" }
            return cells[column].trimmingCharacters(in: .whitespaces)
        }

        /// The comma-separated items of `column`, trimmed, without empty ones.
        func list(_ column: Int?) -> [String] {
            cell(column).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            if header == nil {
                header = cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
}

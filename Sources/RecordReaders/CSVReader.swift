/// Reads an RFC 4180 CSV file into records, one row at a time.
///
/// - The first non-blank row is the header; its cells, trimmed, are the field
///   names. Empty or duplicate names are an error. A UTF-8 byte order mark at
///   the start of the file is skipped.
/// - The delimiter is a comma, unless the header line has no comma but has a
///   semicolon (then `;`) or a tab (then tab) — the usual exports of
///   spreadsheets set to European locales and of "TSV" tools.
/// - Every other row becomes a ``RawRecord`` whose `line` is the physical
///   line it starts on; it must have as many cells as the header. Empty cells
///   become `nil`. Blank lines are skipped.
/// - A header-only file has no records; an empty file is an error, and so is
///   a header of one column holding punctuation (`id|place|claimed_by`): its
///   delimiter is none of the three, and the error says so.
///
/// The cell syntax itself (quotes, line breaks) is ``CSVRowScanner``'s job.
struct CSVReader: FormatReader {
    private let source: ByteSource
    /// The line the unread input starts on.
    private var line = 1
    /// The field names, once the header is read.
    private var header: FieldTemplate?
    private var delimiter = ASCII.comma

    /// A reader of `source`; nothing is read until ``next()``.
    init(source: ByteSource) {
        self.source = source
    }

    /// The file name used in records and errors.
    var file: String { source.name }

    /// The next record, or `nil` after the last one.
    mutating func next() throws(InputError) -> RawRecord? {
        let header: FieldTemplate
        if let known = self.header { header = known } else { header = try readHeader() }
        guard let row = try readRow() else { return nil }
        guard row.cells.count == header.names.count else {
            let message = "row has \(row.cells.count) fields, header has \(header.names.count)"
            throw InputError(file: file, line: row.line, message: message)
        }
        return RawRecord(fields: header.fields { row.cells[$0] }, file: file, line: row.line)
    }

    // MARK: Header

    /// Reads the header row, settling the delimiter first.
    private mutating func readHeader() throws(InputError) -> FieldTemplate {
        try source.skipByteOrderMark()
        delimiter = try source.parseNext(line: line) { window throws(ParseFailure) in
            Parsed(value: try Self.detectDelimiter(in: window), consumed: 0)
        }
        guard let row = try readRow() else {
            throw InputError(file: file, message: "file is empty")
        }
        let header = FieldTemplate(names: try headerNames(of: row))
        self.header = header
        return header
    }

    /// The trimmed field names of the header `row`, checked to be non-empty
    /// and distinct.
    private func headerNames(of row: CSVRow) throws(InputError) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for (index, cell) in row.cells.enumerated() {
            let name = (cell ?? "").trimmingSpaces()
            guard !name.isEmpty else {
                throw InputError(file: file, line: row.line, message: "empty column name in header (column \(index + 1))")
            }
            guard seen.insert(name).inserted else {
                throw InputError(file: file, line: row.line, message: "duplicate column name \"\(name)\" in header")
            }
            names.append(name)
        }
        if names.count == 1, let name = names.first,
           name.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || $0.properties.numericType != nil || " _-".unicodeScalars.contains($0)) }) {
            let shown = name.count > 60 ? name.prefix(60) + "…" : name
            let message = "the header \"\(shown)\" is one column: separate the columns with commas, semicolons or tabs"
            throw InputError(file: file, line: row.line, message: message)
        }
        return names
    }

    /// The delimiter of the first non-blank line: comma if it has one, else
    /// semicolon, else tab, else comma.
    private static func detectDelimiter(in window: ByteWindow) throws(ParseFailure) -> UInt8 {
        var (hasComma, hasSemicolon, hasTab, hasText) = (false, false, false, false)
        for byte in window.bytes {
            switch byte {
            case ASCII.lineFeed, ASCII.carriageReturn:
                if hasText { return choose(hasComma, hasSemicolon, hasTab) }
                hasTab = false
            case ASCII.comma: (hasComma, hasText) = (true, true)
            case ASCII.semicolon: (hasSemicolon, hasText) = (true, true)
            case ASCII.tab: hasTab = true
            case ASCII.space: break
            default: hasText = true
            }
        }
        guard window.isComplete else { throw .needsMoreInput }
        return choose(hasComma, hasSemicolon, hasTab)
    }

    /// Comma if the header line has one, else semicolon, else tab, else comma.
    private static func choose(_ hasComma: Bool, _ hasSemicolon: Bool, _ hasTab: Bool) -> UInt8 {
        if hasComma { return ASCII.comma }
        if hasSemicolon { return ASCII.semicolon }
        if hasTab { return ASCII.tab }
        return ASCII.comma
    }

    // MARK: Rows

    /// Scans the next non-blank row; `nil` at the end of input.
    private mutating func readRow() throws(InputError) -> CSVRow? {
        let (file, line, delimiter) = (self.file, self.line, self.delimiter)
        let cellCount = header?.names.count ?? 8
        let (row, nextLine) = try source.parseNext(line: line) { window throws(ParseFailure) in
            var scanner = CSVRowScanner(
                window: window, delimiter: delimiter, file: file, line: line, expectedCellCount: cellCount
            )
            let row = try scanner.scanRow()
            return Parsed(value: (row, scanner.line), consumed: scanner.position)
        }
        self.line = nextLine
        return row
    }
}

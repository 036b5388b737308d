/// One CSV row as scanned: its cells and the line it starts on.
struct CSVRow {
    /// The cells in order; `nil` for an empty cell (quoted or not).
    var cells: [String?]
    /// The 1-based physical line on which the row starts.
    var line: Int
}

/// The RFC 4180 state machine: scans CSV rows out of a ``ByteWindow``.
///
/// A cell is either unquoted (ends at the delimiter or a line break, and may
/// not contain a quote) or quoted (may contain delimiters and line breaks,
/// `""` stands for one quote, and the closing quote must be followed by a
/// delimiter, a line break or the end of input). A line break is LF, CRLF or
/// a lone CR; each one counts as a physical line, inside quotes too.
///
/// The scanner is a value made fresh for each row: if the window ends before
/// the row does, it throws ``ParseFailure/needsMoreInput`` and the reader runs
/// it again on a longer window.
struct CSVRowScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let window: ByteWindow
    private let delimiter: UInt8
    private let file: String
    private let expectedCellCount: Int
    /// Index in the window of the next byte to look at.
    private(set) var position = 0
    /// The physical line `position` is on.
    private(set) var line: Int

    /// A scanner at the start of `window`, which is on `line`.
    init(window: ByteWindow, delimiter: UInt8, file: String, line: Int, expectedCellCount: Int = 8) {
        self.bytes = window.bytes
        self.window = window
        self.delimiter = delimiter
        self.file = file
        self.line = line
        self.expectedCellCount = expectedCellCount
    }

    /// Skips blank lines, then scans one row and its line break; `nil` at the
    /// end of input.
    mutating func scanRow() throws(ParseFailure) -> CSVRow? {
        guard try skipBlankLines() else { return nil }
        let startLine = line
        var cells: [String?] = []
        cells.reserveCapacity(expectedCellCount)
        repeat {
            cells.append(try scanCell())
        } while consumeDelimiter()
        try consumeLineBreak()
        return CSVRow(cells: cells, line: startLine)
    }

    // MARK: Lines

    /// Moves past lines holding only spaces and tabs (unless tab is the
    /// delimiter); false when that reaches the end of input.
    private mutating func skipBlankLines() throws(ParseFailure) -> Bool {
        while true {
            var index = position
            while index < bytes.count, isBlank(bytes[index]) {
                index += 1
            }
            if index == bytes.count {
                guard window.isComplete else { throw .needsMoreInput }
                position = index
                return false
            }
            guard isLineBreak(bytes[index]) else { return true }
            position = index
            try consumeLineBreak()
        }
    }

    /// Moves past the line break at `position` (LF, CRLF or CR), if any.
    private mutating func consumeLineBreak() throws(ParseFailure) {
        guard position < bytes.count else {
            if window.isComplete { return }
            throw .needsMoreInput
        }
        if bytes[position] == ASCII.carriageReturn {
            guard position + 1 < bytes.count || window.isComplete else { throw .needsMoreInput }
            if position + 1 < bytes.count, bytes[position + 1] == ASCII.lineFeed {
                position += 1
            }
        }
        position += 1
        line += 1
    }

    /// Counts the line break whose last byte is at `position`, if it is one.
    /// A CR counts only when no LF follows, so CRLF counts once.
    private mutating func countLineBreak() throws(ParseFailure) {
        switch bytes[position] {
        case ASCII.lineFeed:
            line += 1
        case ASCII.carriageReturn:
            guard position + 1 < bytes.count else {
                guard window.isComplete else { throw .needsMoreInput }
                line += 1
                return
            }
            if bytes[position + 1] != ASCII.lineFeed { line += 1 }
        default:
            break
        }
    }

    /// Moves past a delimiter at `position`; false if there is none.
    private mutating func consumeDelimiter() -> Bool {
        guard position < bytes.count, bytes[position] == delimiter else { return false }
        position += 1
        return true
    }

    /// True for the bytes a blank line may hold.
    private func isBlank(_ byte: UInt8) -> Bool {
        byte == ASCII.space || (byte == ASCII.tab && delimiter != ASCII.tab)
    }

    /// True for LF and CR.
    private func isLineBreak(_ byte: UInt8) -> Bool {
        byte == ASCII.lineFeed || byte == ASCII.carriageReturn
    }

    // MARK: Cells

    /// Scans the cell at `position`, leaving `position` on what follows it.
    private mutating func scanCell() throws(ParseFailure) -> String? {
        if position < bytes.count, bytes[position] == ASCII.quote {
            return try scanQuotedCell()
        }
        return try scanUnquotedCell()
    }

    /// Scans up to the next delimiter or line break.
    private mutating func scanUnquotedCell() throws(ParseFailure) -> String? {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || isLineBreak(byte) { break }
            if byte == ASCII.quote {
                throw invalid("quote inside an unquoted field")
            }
            position += 1
        }
        guard position < bytes.count || window.isComplete else { throw .needsMoreInput }
        return try text(start..<position)
    }

    /// Scans a field from its opening quote to its closing quote.
    private mutating func scanQuotedCell() throws(ParseFailure) -> String? {
        let openingLine = line
        position += 1
        let start = position
        var hasDoubledQuotes = false
        while true {
            guard position < bytes.count else {
                guard window.isComplete else { throw .needsMoreInput }
                throw invalid("unterminated quoted field (opened on line \(openingLine))")
            }
            if bytes[position] == ASCII.quote {
                guard position + 1 < bytes.count || window.isComplete else { throw .needsMoreInput }
                guard position + 1 < bytes.count, bytes[position + 1] == ASCII.quote else { break }
                hasDoubledQuotes = true
                position += 2
                continue
            }
            try countLineBreak()
            position += 1
        }
        let end = position
        position += 1
        try checkEndOfQuotedCell()
        return hasDoubledQuotes ? try unescapedText(start..<end) : try text(start..<end)
    }

    /// After a closing quote only a delimiter, a line break or the end may come.
    private func checkEndOfQuotedCell() throws(ParseFailure) {
        guard position < bytes.count else { return }
        let byte = bytes[position]
        if byte != delimiter && !isLineBreak(byte) {
            throw invalid("unexpected \(ASCII.describe(byte)) after a closing quote")
        }
    }

    // MARK: Text

    /// The text of `range`, or `nil` if it is empty.
    private func text(_ range: Range<Int>) throws(ParseFailure) -> String? {
        guard !range.isEmpty else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        return try UTF8Text.string(slice, offset: window.offset + range.lowerBound, file: file, line: line)
    }

    /// The text of `range` with each `""` turned into `"`.
    private func unescapedText(_ range: Range<Int>) throws(ParseFailure) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        try UTF8Text.validate(slice, offset: window.offset + range.lowerBound, file: file, line: line)
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var skipNextQuote = false
        for byte in slice {
            if byte == ASCII.quote && skipNextQuote {
                skipNextQuote = false
                continue
            }
            skipNextQuote = byte == ASCII.quote
            unescaped.append(byte)
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// An error on the current line.
    private func invalid(_ message: String) -> ParseFailure {
        .invalid(InputError(file: file, line: line, message: message))
    }
}

/// Reads JSON Lines (one JSON object per line, also called NDJSON) into
/// records, one line at a time.
///
/// - Each non-blank line must hold exactly one object; it becomes a
///   ``RawRecord`` whose `line` is that line's number (member rules:
///   ``JSONRecordBuilder``).
/// - Blank lines (only spaces, tabs or a CR) are skipped. A file with no
///   line at all besides them is an error, "file is empty", as in the other
///   formats: it is far more often a failed export than a wish for no
///   layers. A UTF-8 byte order mark at the start is accepted.
struct JSONLinesReader: FormatReader {
    /// What one physical line held.
    private enum Content {
        case value(JSONValue)
        case blank
        case endOfInput
    }

    private let source: ByteSource
    private var builder: JSONRecordBuilder
    /// The line the unread input starts on.
    private var line = 1
    private var hasStarted = false
    /// True once a line held a value.
    private var hasValues = false

    /// A reader of `source`; nothing is read until ``next()``.
    init(source: ByteSource) {
        self.source = source
        self.builder = JSONRecordBuilder(file: source.name, context: "each line")
    }

    /// The file name used in records and errors.
    var file: String { source.name }

    /// The next record, or `nil` after the last one.
    mutating func next() throws(InputError) -> RawRecord? {
        if !hasStarted {
            try source.skipByteOrderMark()
            hasStarted = true
        }
        while true {
            let (file, recordLine) = (self.file, self.line)
            let content = try source.parseNext(line: recordLine) { window throws(ParseFailure) in
                try Self.parseLine(in: window, file: file, line: recordLine)
            }
            line += 1
            switch content {
            case .endOfInput:
                guard hasValues else { throw InputError(file: file, message: "file is empty") }
                return nil
            case .blank:
                continue
            case .value(let value):
                hasValues = true
                return try builder.record(of: value, line: recordLine)
            }
        }
    }

    /// Parses the line at the start of `window` (up to LF or the end of input).
    private static func parseLine(in window: ByteWindow, file: String, line: Int) throws(ParseFailure) -> Parsed<Content> {
        let bytes = window.bytes
        guard let end = bytes.firstIndex(of: ASCII.lineFeed) ?? (window.isComplete ? bytes.count : nil) else {
            throw .needsMoreInput
        }
        let consumed = end < bytes.count ? end + 1 : end
        guard consumed > 0 else { return Parsed(value: .endOfInput, consumed: 0) }
        let lineWindow = ByteWindow(bytes: UnsafeBufferPointer(rebasing: bytes[..<end]), offset: window.offset, isComplete: true)
        var parser = JSONParser(window: lineWindow, file: file, line: line)
        parser.skipWhitespace()
        guard try parser.peek() != nil else { return Parsed(value: .blank, consumed: consumed) }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if let byte = try parser.peek() {
            throw parser.invalid("unexpected \(ASCII.describe(byte)) after the value; put one object on each line")
        }
        return Parsed(value: .value(value), consumed: consumed)
    }
}

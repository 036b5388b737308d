/// Reads a JSON array of objects (`[ {...}, {...} ]`) into records, one
/// element at a time, so the array as a whole is never held in memory.
///
/// - Each element must be an object; it becomes a ``RawRecord`` whose `line`
///   is the line of its `{` (member rules: ``JSONRecordBuilder``).
/// - The top level must be an array; `[]` has no records; nothing but
///   whitespace may follow the closing `]`. A UTF-8 byte order mark at the
///   start is accepted. An empty file is an error.
/// - The elements are parsed by ``JSONParser``; this type handles the
///   brackets and commas of the top-level array around them.
struct JSONArrayReader: FormatReader {
    /// Where the reader is in the top-level array.
    private enum Stage {
        case beforeArray, beforeFirstElement, afterElement, afterArray, finished
    }

    /// What follows in the array: an element (with the line it starts on), or its end.
    private enum Step {
        case element(JSONValue, line: Int)
        case end
    }

    private let source: ByteSource
    private var builder: JSONRecordBuilder
    /// The line the unread input starts on.
    private var line = 1
    private var stage = Stage.beforeArray

    /// A reader of `source`; nothing is read until ``next()``.
    init(source: ByteSource) {
        self.source = source
        self.builder = JSONRecordBuilder(file: source.name, context: "each array element")
    }

    /// The file name used in records and errors.
    var file: String { source.name }

    /// The next record, or `nil` after the last one.
    mutating func next() throws(InputError) -> RawRecord? {
        while true {
            switch stage {
            case .beforeArray:
                try openArray()
                stage = .beforeFirstElement
            case .beforeFirstElement, .afterElement:
                if let record = try readElement() { return record }
            case .afterArray:
                try checkNothingFollows()
                stage = .finished
            case .finished:
                return nil
            }
        }
    }

    /// Moves past the byte order mark, whitespace and `[`.
    private mutating func openArray() throws(InputError) {
        try source.skipByteOrderMark()
        let file = self.file
        try parse { parser throws(ParseFailure) in
            parser.skipWhitespace()
            guard let byte = try parser.peek() else {
                throw .invalid(InputError(file: file, message: "file is empty"))
            }
            guard byte == ASCII.openBracket else { throw parser.failure("expected a JSON array of objects") }
            _ = try parser.nextByte()
        }
    }

    /// Reads the separator and the next element as a record; `nil` at `]`.
    private mutating func readElement() throws(InputError) -> RawRecord? {
        let isFirst = stage == .beforeFirstElement
        let step = try parse { parser throws(ParseFailure) in
            try Self.parseStep(&parser, isFirst: isFirst)
        }
        switch step {
        case .end:
            stage = .afterArray
            return nil
        case .element(let value, let line):
            stage = .afterElement
            return try builder.record(of: value, line: line)
        }
    }

    /// Parses `]`, or the element that follows (after a comma unless it is the first).
    private static func parseStep(_ parser: inout JSONParser, isFirst: Bool) throws(ParseFailure) -> Step {
        parser.skipWhitespace()
        if isFirst {
            if try parser.peek() == ASCII.closeBracket {
                _ = try parser.nextByte()
                return .end
            }
        } else {
            switch try parser.nextByte() {
            case ASCII.comma: break
            case ASCII.closeBracket: return .end
            default: throw parser.invalid("expected ',' or ']' after array element")
            }
        }
        parser.skipWhitespace()
        let line = parser.line
        return .element(try parser.parseValue(), line: line)
    }

    /// Checks that only whitespace follows the closing `]`.
    private mutating func checkNothingFollows() throws(InputError) {
        try parse { parser throws(ParseFailure) in
            parser.skipWhitespace()
            if let byte = try parser.peek() {
                throw parser.invalid("unexpected \(ASCII.describe(byte)) after the array")
            }
        }
    }

    /// Runs `body` with a parser on the unread input, then moves past what it parsed.
    private mutating func parse<Value>(
        _ body: (inout JSONParser) throws(ParseFailure) -> Value
    ) throws(InputError) -> Value {
        let (file, line) = (self.file, self.line)
        let (value, nextLine) = try source.parseNext(line: line) { window throws(ParseFailure) in
            var parser = JSONParser(window: window, file: file, line: line, enclosingDepth: 1)
            let value = try body(&parser)
            return Parsed(value: (value, parser.line), consumed: parser.position)
        }
        self.line = nextLine
        return value
    }
}

/// A strict RFC 8259 JSON parser over a ``ByteWindow`` that counts lines.
///
/// - Anything the JSON grammar does not allow is an error naming the line:
///   trailing commas, single quotes, comments, leading zeros, `NaN`, raw
///   control characters in strings, invalid escapes, lone UTF-16 surrogates
///   (`\uD800` not followed by `\uDC00`…`\uDFFF`) and invalid UTF-8.
/// - Numbers are checked against the grammar and kept as written.
/// - Arrays and objects may nest ``maximumDepth`` levels deep. The parser
///   keeps its own stack of open containers instead of recursing, so deeper
///   input is a clean error, never a stack overflow.
/// - A line ends at LF; CRLF counts once.
///
/// The readers use it in two ways: ``parseValue()`` for one whole value (an
/// element of the top-level array, a JSON Lines line), and the token helpers
/// (``skipWhitespace()``, ``peek()``, ``nextByte()``) for the punctuation of
/// the top-level array, which they stream themselves.
///
/// When the window ends before the value does, and more input may follow, it
/// throws ``ParseFailure/needsMoreInput`` and is run again on a longer window.
struct JSONParser {
    /// How deeply arrays and objects may nest, the top-level array included.
    static let maximumDepth = 512
    /// Room reserved for the members of each object, to save regrowing.
    private static let typicalMemberCount = 16

    /// An array or object whose closing bracket has not been reached yet.
    private enum OpenContainer {
        case array([JSONValue])
        /// An object and the key whose value is being parsed.
        case object([JSONMember], key: String, keyLine: Int)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let window: ByteWindow
    private let file: String
    /// How many containers enclose the values this parser parses.
    private let enclosingDepth: Int
    /// Index in the window of the next byte to look at.
    private(set) var position = 0
    /// The line `position` is on.
    private(set) var line: Int

    /// A parser at the start of `window`, which is on `line`, for values
    /// nested `enclosingDepth` levels deep (1 inside the top-level array).
    init(window: ByteWindow, file: String, line: Int, enclosingDepth: Int = 0) {
        self.bytes = window.bytes
        self.window = window
        self.file = file
        self.line = line
        self.enclosingDepth = enclosingDepth
    }

    // MARK: Tokens

    /// Skips JSON whitespace (space, tab, CR, LF), counting lines.
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case ASCII.lineFeed: line += 1
            case ASCII.space, ASCII.tab, ASCII.carriageReturn: break
            default: return
            }
            position += 1
        }
    }

    /// The byte at `position`, or `nil` at the end of input.
    func peek() throws(ParseFailure) -> UInt8? {
        if position < bytes.count { return bytes[position] }
        if window.isComplete { return nil }
        throw .needsMoreInput
    }

    /// The byte at `position`, consumed; an error at the end of input.
    mutating func nextByte() throws(ParseFailure) -> UInt8 {
        guard let byte = try peek() else { throw invalid("unexpected end of input") }
        position += 1
        return byte
    }

    /// An error on the current line: `invalid JSON: ` and `problem`.
    func invalid(_ problem: String) -> ParseFailure {
        failure("invalid JSON: \(problem)")
    }

    /// An error on the current line with exactly `message`.
    func failure(_ message: String) -> ParseFailure {
        .invalid(InputError(file: file, line: line, message: message))
    }

    // MARK: Values

    /// Parses one complete value, skipping whitespace before it.
    ///
    /// Containers are kept on `open`, innermost last: each value parsed is
    /// added to the innermost one, which is then either continued (after a
    /// comma) or closed, becoming a value itself.
    mutating func parseValue() throws(ParseFailure) -> JSONValue {
        var open: [OpenContainer] = []
        while true {
            guard var value = try beginValue(nesting: &open) else { continue }
            while let container = open.popLast() {
                guard let closed = try add(value, to: container, nesting: &open) else { break }
                value = closed
            }
            if open.isEmpty { return value }
        }
    }

    /// Parses a scalar or an empty container and returns it, or opens a
    /// container (pushing it on `open`) and returns `nil`.
    private mutating func beginValue(nesting open: inout [OpenContainer]) throws(ParseFailure) -> JSONValue? {
        skipWhitespace()
        guard let byte = try peek() else { throw invalid("unexpected end of input") }
        switch byte {
        case ASCII.openBrace: return try beginObject(nesting: &open)
        case ASCII.openBracket: return try beginArray(nesting: &open)
        case ASCII.quote: return .string(try parseString())
        case ASCII.minus, ASCII.zero...ASCII.nine: return .number(try parseNumber())
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        default: throw invalid("unexpected \(ASCII.describe(byte))")
        }
    }

    /// After `{`: an empty object, or an open one waiting for its first value.
    private mutating func beginObject(nesting open: inout [OpenContainer]) throws(ParseFailure) -> JSONValue? {
        try checkDepth(open.count + 1)
        position += 1
        skipWhitespace()
        if try peek() == ASCII.closeBrace {
            position += 1
            return .object([])
        }
        let (key, keyLine) = try parseKey()
        var members: [JSONMember] = []
        members.reserveCapacity(Self.typicalMemberCount)
        open.append(.object(members, key: key, keyLine: keyLine))
        return nil
    }

    /// After `[`: an empty array, or an open one waiting for its first value.
    private mutating func beginArray(nesting open: inout [OpenContainer]) throws(ParseFailure) -> JSONValue? {
        try checkDepth(open.count + 1)
        position += 1
        skipWhitespace()
        if try peek() == ASCII.closeBracket {
            position += 1
            return .array([])
        }
        open.append(.array([]))
        return nil
    }

    /// Adds `value` to `container`; then either pushes the container back
    /// (a comma follows) and returns `nil`, or returns the closed container.
    private mutating func add(
        _ value: JSONValue, to container: consuming OpenContainer, nesting open: inout [OpenContainer]
    ) throws(ParseFailure) -> JSONValue? {
        skipWhitespace()
        switch consume container {
        case .array(var elements):
            elements.append(value)
            switch try nextByte() {
            case ASCII.comma: open.append(.array(elements)); return nil
            case ASCII.closeBracket: return .array(elements)
            default: throw invalid("expected ',' or ']' after array element")
            }
        case .object(var members, let key, let keyLine):
            members.append(JSONMember(key: key, value: value, line: keyLine))
            switch try nextByte() {
            case ASCII.comma:
                let (nextKey, nextLine) = try parseKey()
                open.append(.object(members, key: nextKey, keyLine: nextLine))
                return nil
            case ASCII.closeBrace: return .object(members)
            default: throw invalid("expected ',' or '}' after object member")
            }
        }
    }

    /// Parses `"key":` and returns the key with its line.
    private mutating func parseKey() throws(ParseFailure) -> (String, Int) {
        skipWhitespace()
        guard let byte = try peek() else { throw invalid("unexpected end of input") }
        guard byte == ASCII.quote else { throw invalid("expected a string key, found \(ASCII.describe(byte))") }
        let keyLine = line
        let key = try parseString()
        skipWhitespace()
        guard try nextByte() == ASCII.colon else { throw invalid("expected ':' after object key") }
        return (key, keyLine)
    }

    /// Refuses to open a container `depth` levels below the enclosing ones
    /// when that exceeds ``maximumDepth``.
    private func checkDepth(_ depth: Int) throws(ParseFailure) {
        if enclosingDepth + depth > Self.maximumDepth {
            throw failure("JSON nested deeper than \(Self.maximumDepth) levels")
        }
    }

    /// Parses `true`, `false` or `null`.
    private mutating func parseLiteral(_ word: StaticString) throws(ParseFailure) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard try nextByte() == byte else { throw invalid("expected '\(word)'") }
        }
    }

    // MARK: Numbers

    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` and
    /// returns it as written.
    private mutating func parseNumber() throws(ParseFailure) -> String {
        let start = position
        if bytes[position] == ASCII.minus { position += 1 }
        try parseIntegerPart()
        if try peek() == ASCII.period {
            position += 1
            try parseDigits()
        }
        if let byte = try peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            position += 1
            if let sign = try peek(), sign == ASCII.plus || sign == ASCII.minus { position += 1 }
            try parseDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// `0`, or a non-zero digit and any digits.
    private mutating func parseIntegerPart() throws(ParseFailure) {
        guard try peek() == ASCII.zero else { return try parseDigits() }
        position += 1
        if let next = try peek(), ASCII.isDigit(next) {
            throw invalid("number with a leading zero")
        }
    }

    /// One digit or more.
    private mutating func parseDigits() throws(ParseFailure) {
        guard let first = try peek(), ASCII.isDigit(first) else { throw invalid("invalid number") }
        while let byte = try peek(), ASCII.isDigit(byte) {
            position += 1
        }
    }

    // MARK: Strings

    /// Parses a string from its opening quote and returns it unescaped.
    private mutating func parseString() throws(ParseFailure) -> String {
        position += 1
        let start = position
        var hasEscapes = false
        var allBits: UInt8 = 0
        while true {
            guard position < bytes.count else {
                guard window.isComplete else { throw .needsMoreInput }
                throw invalid("unterminated string")
            }
            let byte = bytes[position]
            if byte == ASCII.quote { break }
            if byte < 0x20 { throw invalid("unescaped control character in string") }
            if byte == ASCII.backslash { hasEscapes = true; position += 1 }
            allBits |= byte
            position += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        if allBits >= 0x80 {
            try UTF8Text.validate(raw, offset: window.offset + start, file: file, line: line)
        }
        return hasEscapes ? try unescape(raw) : String(decoding: raw, as: UTF8.self)
    }

    /// The text of `raw` (a string's bytes between its quotes) with its
    /// escapes replaced.
    private func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(ParseFailure) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if raw[index] == ASCII.backslash {
                index = try appendEscape(in: raw, at: index + 1, to: &text)
            } else {
                text.append(raw[index])
                index += 1
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the character of the escape whose letter is at `index` and
    /// returns the index after the escape.
    private func appendEscape(
        in raw: UnsafeBufferPointer<UInt8>, at index: Int, to text: inout [UInt8]
    ) throws(ParseFailure) -> Int {
        let simple: UInt8
        switch raw[index] {
        case ASCII.quote, ASCII.backslash, ASCII.slash: simple = raw[index]
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = ASCII.lineFeed
        case UInt8(ascii: "r"): simple = ASCII.carriageReturn
        case UInt8(ascii: "t"): simple = ASCII.tab
        case UInt8(ascii: "u"):
            let (scalar, next) = try unicodeEscape(in: raw, at: index + 1)
            UTF8.encode(scalar) { text.append($0) }
            return next
        default:
            throw invalid("invalid escape '\\\(Character(Unicode.Scalar(raw[index])))' in string")
        }
        text.append(simple)
        return index + 1
    }

    /// The scalar of `\uXXXX` (its hex digits at `index`), joining a UTF-16
    /// surrogate pair written as two escapes; returns the index after it.
    private func unicodeEscape(in raw: UnsafeBufferPointer<UInt8>, at index: Int) throws(ParseFailure) -> (Unicode.Scalar, Int) {
        let first = try hexQuad(in: raw, at: index)
        var value = first
        var next = index + 4
        if (0xD800...0xDBFF).contains(first),
           next + 6 <= raw.count, raw[next] == ASCII.backslash, raw[next + 1] == UInt8(ascii: "u"),
           let second = try? hexQuad(in: raw, at: next + 2), (0xDC00...0xDFFF).contains(second) {
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            next += 6
        }
        guard let scalar = Unicode.Scalar(value) else {
            let escape = String(decoding: UnsafeBufferPointer(rebasing: raw[(index - 2)..<(index + 4)]), as: UTF8.self)
            throw invalid("lone surrogate \(escape) in string")
        }
        return (scalar, next)
    }

    /// The value of the four hex digits at `index`.
    private func hexQuad(in raw: UnsafeBufferPointer<UInt8>, at index: Int) throws(ParseFailure) -> UInt32 {
        guard index + 4 <= raw.count else { throw invalid("\\u must be followed by four hex digits") }
        var value: UInt32 = 0
        for byte in raw[index..<(index + 4)] {
            guard let digit = Self.hexDigitValue(byte) else { throw invalid("\\u must be followed by four hex digits") }
            value = value << 4 | digit
        }
        return value
    }

    /// The value of one hex digit, or `nil`.
    private static func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case ASCII.zero...ASCII.nine: UInt32(byte - ASCII.zero)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

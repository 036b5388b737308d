import Sides

/// Splits an article into tokens, marking capitals, possessives and
/// quotations, with offsets in Unicode scalars.
struct Tokenizer {
    let scalars: [Unicode.Scalar]

    /// The tokens of `range` (one paragraph): quotation state starts closed in every paragraph.
    func tokens(in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var position = range.lowerBound
        var inQuote = false
        while position < range.upperBound {
            let scalar = scalars[position]
            if Self.isWhitespace(scalar) {
                position += 1
                continue
            }
            var token: Token
            if Self.isLetter(scalar) {
                token = word(from: position, limit: range.upperBound)
            } else if Self.isDigit(scalar) {
                token = number(from: position, limit: range.upperBound)
            } else {
                token = mark(at: position, quoteOpen: inQuote)
                if token.kind == .openQuote { inQuote = true }
            }
            token.inQuote = inQuote || token.kind == .closeQuote
            if token.kind == .closeQuote { inQuote = false }
            tokens.append(token)
            position = max(token.end, position + 1)
            if token.isPossessive { position = token.end + 2 }
        }
        return tokens
    }

    private static let openQuotes: Set<UInt32> = [0x201C, 0x201E, 0xAB]
    private static let closeQuotes: Set<UInt32> = [0x201D, 0xBB]

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        SideText.isLetter(scalar)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Letters, with apostrophes between letters kept (`Syunik'i`); a
    /// trailing `’s` marks a possessive and is left out of the word (see ``SideText/wordEnd(in:from:limit:)``).
    private func word(from start: Int, limit: Int) -> Token {
        let (end, possessive) = SideText.wordEnd(in: scalars, from: start, limit: limit)
        let slice = scalars[start..<end]
        var token: Token
        if slice.allSatisfy({ $0.value < 0x80 }) {
            let bytes = slice.map { UInt8($0.value) }
            let lower = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            token = Token(kind: .word, text: String(decoding: bytes, as: UTF8.self), lower: String(decoding: lower, as: UTF8.self),
                          start: start, end: end)
            let letters = bytes.filter { $0 != 0x27 }
            token.isCapitalized = letters.first.map { (0x41...0x5A).contains($0) } ?? false
            let body = letters.last == 0x73 ? letters.dropLast() : letters[...]
            token.isAllCapitals = body.count >= 2 && body.allSatisfy { (0x41...0x5A).contains($0) }
        } else {
            let text = String(String.UnicodeScalarView(slice))
            token = Token(kind: .word, text: text, lower: text.lowercased(), start: start, end: end)
            let letters = slice.filter { $0.properties.isAlphabetic }
            token.isCapitalized = letters.first.map { $0.properties.isUppercase || !$0.properties.changesWhenUppercased } ?? false
            let body = letters.last == "s" ? letters.dropLast() : letters[...]
            token.isAllCapitals = body.count >= 2 && body.allSatisfy { $0.properties.isUppercase }
        }
        token.isPossessive = possessive
        token.wordClass = WordClass.of(token.lower)
        return token
    }

    /// Digits, with `.` or `:` between digits kept (`00:05`, `3.5`).
    private func number(from start: Int, limit: Int) -> Token {
        var end = start
        while end < limit {
            if Self.isDigit(scalars[end]) {
                end += 1
            } else if scalars[end] == "." || scalars[end] == ":", end + 1 < limit, Self.isDigit(scalars[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        let text = String(decoding: scalars[start..<end].map { UInt8($0.value) }, as: UTF8.self)
        return Token(kind: .number, text: text, lower: text, start: start, end: end)
    }

    /// One punctuation mark; a straight double quote opens or closes by the state it finds.
    private func mark(at position: Int, quoteOpen: Bool) -> Token {
        let scalar = scalars[position]
        let text = String(scalar)
        var kind = Token.Kind.punctuation
        if Self.openQuotes.contains(scalar.value) { kind = .openQuote }
        if Self.closeQuotes.contains(scalar.value) { kind = .closeQuote }
        if scalar == "\"" { kind = quoteOpen ? .closeQuote : .openQuote }
        return Token(kind: kind, text: text, lower: text, start: position, end: position + 1)
    }
}

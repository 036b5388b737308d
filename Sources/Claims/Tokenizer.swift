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
            if scalar.properties.isWhitespace {
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

    private static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2BC]
    private static let openQuotes: Set<UInt32> = [0x201C, 0x201E, 0xAB]
    private static let closeQuotes: Set<UInt32> = [0x201D, 0xBB]

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Letters, with apostrophes between letters kept (`Syunik'i`); a
    /// trailing `’s` marks a possessive and is left out of the word.
    private func word(from start: Int, limit: Int) -> Token {
        var end = start
        var possessive = false
        while end < limit {
            let scalar = scalars[end]
            if Self.isLetter(scalar) {
                end += 1
            } else if Self.apostrophes.contains(scalar.value), end + 1 < limit, Self.isLetter(scalars[end + 1]) {
                let isFinalS = (scalars[end + 1] == "s" || scalars[end + 1] == "S") && (end + 2 >= limit || !Self.isLetter(scalars[end + 2]))
                if isFinalS {
                    possessive = true
                    break
                }
                end += 1
            } else {
                break
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let first = letters.first
        let capitalized = first.map { $0.properties.isUppercase || !$0.properties.changesWhenUppercased } ?? false
        var token = Token(kind: .word, text: text, lower: text.lowercased(), start: start, end: end)
        token.isCapitalized = capitalized
        let body = letters.last == "s" ? letters.dropLast() : letters[...]
        token.isAllCapitals = body.count >= 2 && body.allSatisfy { $0.properties.isUppercase }
        token.isPossessive = possessive
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
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
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

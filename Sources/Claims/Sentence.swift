/// A sentence of an article: its tokens and where it stands.
struct Sentence: Sendable {
    /// The sentence's tokens, in order.
    var tokens: [Token]
    /// The paragraph it belongs to (0-based).
    var paragraph: Int
    /// Offsets in Unicode scalars, end exclusive.
    var start: Int
    var end: Int
    /// The first sentence of its paragraph.
    var opensParagraph: Bool

    /// Whether it ends with a colon, introducing what follows ("issued the following statement:").
    var introducesWhatFollows: Bool {
        tokens.last(where: { !$0.isQuoteMark })?.isPunctuation(":") ?? false
    }

    /// Whether it begins inside a quotation opened by an earlier sentence.
    var continuesQuotation: Bool {
        guard let first = tokens.first else { return false }
        return first.inQuote && first.kind != .openQuote
    }

    /// Whether all of it is quoted.
    var isQuotation: Bool {
        tokens.first?.kind == .openQuote
    }
}

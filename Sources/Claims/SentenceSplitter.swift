/// Cuts an article into paragraphs (at blank lines) and sentences (at a
/// full stop, question or exclamation mark followed by a capital, a digit
/// or a quotation; not after abbreviations such as "Gen." or initials).
struct SentenceSplitter {
    let scalars: [Unicode.Scalar]

    /// The sentences of the article, in order.
    func sentences() -> [Sentence] {
        let tokenizer = Tokenizer(scalars: scalars)
        var sentences: [Sentence] = []
        for (number, paragraph) in paragraphs().enumerated() {
            let tokens = tokenizer.tokens(in: paragraph)
            var first = 0
            for index in tokens.indices where endsSentence(tokens, at: index) || index == tokens.count - 1 {
                let end = sentenceEnd(tokens, after: index)
                guard end > first else { continue }
                let slice = Array(tokens[first..<end])
                sentences.append(Sentence(
                    tokens: slice, paragraph: number, start: slice[0].start, end: slice[slice.count - 1].end,
                    opensParagraph: first == 0))
                first = end
            }
        }
        return sentences
    }

    /// Ranges of text separated by blank lines.
    private func paragraphs() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, position = 0
        while position < scalars.count {
            if scalars[position] == "\n", let next = blankLineEnd(after: position) {
                ranges.append(start..<position)
                start = next
                position = next
            } else {
                position += 1
            }
        }
        ranges.append(start..<scalars.count)
        return ranges.filter { range in range.contains { !Tokenizer.isWhitespace(scalars[$0]) } }
    }

    /// Where the blank line after the newline at `position` ends, if one follows.
    private func blankLineEnd(after position: Int) -> Int? {
        var next = position + 1
        while next < scalars.count, scalars[next] != "\n", Tokenizer.isWhitespace(scalars[next]) { next += 1 }
        return next < scalars.count && scalars[next] == "\n" ? next + 1 : nil
    }

    private func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, [".", "!", "?", "…"].contains(token.text) else { return false }
        if token.text == ".", index > 0, tokens[index - 1].isWord {
            let word = tokens[index - 1]
            if Lexicon.abbreviations.contains(word.lower) || (word.text.unicodeScalars.count == 1 && word.isCapitalized) { return false }
        }
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .closeQuote { next += 1 }
        guard next < tokens.count else { return true }
        let following = tokens[next]
        return following.isCapitalized || following.kind == .number || following.kind == .openQuote
    }

    /// The index after the sentence that ends at `index`, closing quotation marks included.
    private func sentenceEnd(_ tokens: [Token], after index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .closeQuote { end += 1 }
        return end
    }
}

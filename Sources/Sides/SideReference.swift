/// A side named in a text: which side, by which words, in which form.
public struct SideReference: Sendable, Hashable {
    /// The side's name ("Armenia").
    public var side: String
    /// The positions of the words that name it in the ``SideText``.
    public var words: Range<Int>
    /// How the words name the side.
    public var form: SideForm

    /// Creates a reference.
    public init(side: String, words: Range<Int>, form: SideForm) {
        self.side = side
        self.words = words
        self.form = form
    }
}

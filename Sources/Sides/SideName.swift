/// One name of one side in the index of ``SideNames``.
struct SideName: Sendable {
    var phrase: NamePhrase
    /// The side's number in ``SideNames``.
    var side: Int
    var form: SideForm
    /// From the side table (`sides.tsv`), which wins over the world table.
    var fromSideTable: Bool

    init?(_ text: String, side: Int, form: SideForm, fromSideTable: Bool) {
        guard let phrase = NamePhrase(text) else { return nil }
        self.phrase = phrase
        self.side = side
        self.form = form
        self.fromSideTable = fromSideTable
    }

    /// The order names starting with the same word are tried in: longest first, the side table's first.
    static func precedes(_ a: SideName, _ b: SideName) -> Bool {
        if a.phrase.keys.count != b.phrase.keys.count { return a.phrase.keys.count > b.phrase.keys.count }
        return a.fromSideTable && !b.fromSideTable
    }
}

import Incidents

/// One news report or statement to read claims from.
public struct Article: Sendable {
    /// The full text.
    public var text: String
    /// Where it comes from, kept in every claim (by default the file name).
    public var source: String
    /// The file it was read from, for messages (`file:line: …`).
    public var file: String
    /// The day it was published (`2022-09-13`): what "last night",
    /// "this Tuesday" or "September 13" are counted from. `nil` when unknown:
    /// relative dates are then left out.
    public var published: String?

    /// Creates an article.
    public init(text: String, source: String, file: String? = nil, published: String? = nil) {
        self.text = text
        self.source = source
        self.file = file ?? source
        self.published = published
    }
}

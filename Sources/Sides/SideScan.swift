/// The sides named among a text's words (``SideNames/scan(_:requireCapitals:)``), answered per word.
public struct SideScan: Sendable {
    /// The longest reference starting at each word, if any.
    public let starting: [SideReference?]
    /// The number of words of the longest name of a state of the world table starting at each word; 0 for none.
    public let stateNameLengths: [Int]

    /// Creates a scan.
    public init(starting: [SideReference?], stateNameLengths: [Int]) {
        self.starting = starting
        self.stateNameLengths = stateNameLengths
    }

    /// The references within `range`, from left to right, each the longest at its start, none overlapping.
    public func references(in range: Range<Int>) -> [SideReference] {
        var found: [SideReference] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let reference = starting[index], reference.words.upperBound <= range.upperBound {
                found.append(reference)
                index = reference.words.upperBound
            } else {
                index += 1
            }
        }
        return found
    }
}

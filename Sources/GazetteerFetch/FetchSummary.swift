import PlaceNames

/// What a fetch installed and how the folder was indexed.
public struct FetchSummary: Sendable {
    /// Each file installed, with how many places (or division names) it holds, in order.
    public var installed: [(name: String, records: Int)]
    /// Whether a starting `sides.tsv` was written (the folder had none).
    public var sidesWritten: Bool
    /// The index written.
    public var index: GazetteerIndex.Summary
}

/// A reader of one input format: what ``RecordReader`` asks of
/// ``CSVReader``, ``JSONArrayReader`` and ``JSONLinesReader``.
protocol FormatReader {
    /// The next record, or `nil` after the last one.
    mutating func next() throws(InputError) -> RawRecord?
}

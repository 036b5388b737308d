/// Reads the records of one incidents file, whatever its format: the entry
/// point of this module.
///
/// ```swift
/// var reader = try RecordReader.open(path: "incidents.csv", format: nil)
/// while let record = try reader.next() {
///     // validate `record` into an Incident
/// }
/// ```
///
/// Records are read one at a time, in chunks from the file, so memory stays
/// bounded by the largest record rather than the file. Opening checks only
/// that the file can be opened; everything about its content (including an
/// empty file or a bad header) is reported by ``next()``. Every error is an
/// ``InputError`` naming the file and, where it applies, the line.
///
/// Copies of a reader share the same open file, so use one copy only.
public struct RecordReader {
    /// The name of standard input in records and errors.
    public static let standardInputName = "<stdin>"

    /// The file as named in records and errors (``standardInputName`` for `-`).
    public let file: String
    /// The format the file is read as.
    public let format: InputFormat
    /// The reader of `format` underneath.
    private var underlying: any FormatReader

    /// Opens `path` (`-` for standard input) in `format`, or in the format its
    /// extension names when `format` is `nil`.
    ///
    /// Errors: standard input without a format, an extension that names no
    /// format, or a file the system cannot open (with its reason).
    public static func open(path: String, format: InputFormat?) throws(InputError) -> RecordReader {
        if path == "-" {
            guard let format else {
                throw InputError(file: standardInputName, message: "reading standard input needs --input-format")
            }
            let source = ByteSource.standardInput(name: standardInputName)
            return RecordReader(source: source, format: format)
        }
        guard let format = format ?? InputFormat(path: path) else {
            let options = InputFormat.allCases.map(\.rawValue).joined(separator: "|")
            let message = "cannot tell the format of \"\(path)\" from its extension; use --input-format \(options)"
            throw InputError(file: path, message: message)
        }
        return RecordReader(source: try ByteSource.open(path: path, name: path), format: format)
    }

    /// Reads `bytes` in memory as a file called `file`, e.g. for tests or
    /// for content that did not come from a file.
    ///
    /// With a `chunkSize`, the parsers see the bytes that many at a time, as
    /// they would from a slow pipe; tests and fuzzers use it to cut the input
    /// at every possible place. The records and errors are the same either way.
    public init(bytes: [UInt8], format: InputFormat, file: String = "<memory>", chunkSize: Int? = nil) {
        self.init(source: ByteSource(bytes: bytes, name: file, chunkSize: chunkSize), format: format)
    }

    /// Reads `source` in `format`.
    init(source: ByteSource, format: InputFormat) {
        self.file = source.name
        self.format = format
        switch format {
        case .csv: underlying = CSVReader(source: source)
        case .json: underlying = JSONArrayReader(source: source)
        case .jsonl: underlying = JSONLinesReader(source: source)
        }
    }

    /// The next record, or `nil` after the last one.
    ///
    /// After an error the reader should not be used again.
    public mutating func next() throws(InputError) -> RawRecord? {
        try underlying.next()
    }

    /// All the remaining records, in order. Convenient for small files and
    /// tests; large files are better read with ``next()`` one at a time.
    public mutating func readAll() throws(InputError) -> [RawRecord] {
        var records: [RawRecord] = []
        while let record = try next() {
            records.append(record)
        }
        return records
    }
}

@testable import RecordReaders

/// Helpers for reading in-memory test inputs through ``RecordReader``.
enum Reading {
    /// The file name the in-memory inputs are read under.
    static let file = "test"

    /// All records of `text` read as `format`, delivered `chunkSize` bytes at
    /// a time (all at once when `nil`).
    static func records(_ text: String, as format: InputFormat, chunkSize: Int? = nil) throws(InputError) -> [RawRecord] {
        try records(bytes: Array(text.utf8), as: format, chunkSize: chunkSize)
    }

    /// All records of `bytes` read as `format`, delivered `chunkSize` bytes at a time.
    static func records(bytes: [UInt8], as format: InputFormat, chunkSize: Int? = nil) throws(InputError) -> [RawRecord] {
        let source = ByteSource(bytes: bytes, name: file, chunkSize: chunkSize)
        var reader = RecordReader(source: source, format: format)
        return try reader.readAll()
    }

    /// The records or the error of reading `bytes`, for comparing readings of
    /// the same input cut into different chunks.
    static func outcome(of bytes: [UInt8], as format: InputFormat, chunkSize: Int? = nil) -> Result<[RawRecord], InputError> {
        Result { () throws(InputError) in try records(bytes: bytes, as: format, chunkSize: chunkSize) }
    }

    /// An error of the test input at `line`.
    static func error(line: Int?, _ message: String) -> InputError {
        InputError(file: file, line: line, message: message)
    }
}

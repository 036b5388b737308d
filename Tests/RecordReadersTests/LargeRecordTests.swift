import Testing
@testable import RecordReaders

/// The 16 MiB limit on one record: a longer one is an error at the line it
/// starts on, however the input is cut into chunks; anything shorter is read.
@Suite("Large records")
struct LargeRecordTests {
    static let limit = ByteSource.maximumItemSize

    /// A CSV file whose second record holds a quoted field of `size` bytes.
    private func csv(quoteOf size: Int, closed: Bool = true) -> [UInt8] {
        Array("id,quote\n1,short\n2,\"".utf8) + Array(repeating: UInt8(ascii: "q"), count: size)
            + Array((closed ? "\"\n3,after\n" : "\n3,after\n").utf8)
    }

    @Test(arguments: [nil, 1 << 20, 3_000_000])
    func aRecordLongerThanTheLimitIsAnErrorAtItsLine(chunkSize: Int?) {
        #expect(throws: Reading.error(line: 3, "a record starting here is longer than 16 MiB; is a closing quote missing?")) {
            try Reading.records(bytes: csv(quoteOf: Self.limit + 1), as: .csv, chunkSize: chunkSize)
        }
    }

    @Test func anUnclosedQuoteIsReportedWhereItsRecordStarts() {
        #expect(throws: Reading.error(line: 3, "a record starting here is longer than 16 MiB; is a closing quote missing?")) {
            try Reading.records(bytes: csv(quoteOf: Self.limit, closed: false), as: .csv, chunkSize: 1 << 20)
        }
    }

    @Test(arguments: [nil, 1 << 20])
    func aRecordJustUnderTheLimitIsRead(chunkSize: Int?) throws {
        let read = try Reading.records(bytes: csv(quoteOf: Self.limit - 100), as: .csv, chunkSize: chunkSize)
        #expect(read.map(\.line) == [2, 3, 4])
        #expect(read[1].fields["quote"]??.utf8.count == Self.limit - 100)
    }

    @Test func aJSONLinesLineLongerThanTheLimitIsAnError() {
        let line = Array("{\"quote\": \"".utf8) + Array(repeating: UInt8(ascii: "q"), count: Self.limit) + Array("\"}\n".utf8)
        #expect(throws: Reading.error(line: 2, "a record starting here is longer than 16 MiB; is a closing quote missing?")) {
            try Reading.records(bytes: Array("{\"a\": 1}\n".utf8) + line, as: .jsonl, chunkSize: 1 << 20)
        }
    }

    @Test func aJSONArrayElementLongerThanTheLimitIsAnError() {
        let element = Array("{\"quote\": \"".utf8) + Array(repeating: UInt8(ascii: "q"), count: Self.limit) + Array("\"}".utf8)
        #expect(throws: Reading.error(line: 1, "a record starting here is longer than 16 MiB; is a closing quote missing?")) {
            try Reading.records(bytes: Array("[{\"a\": 1}, ".utf8) + element + Array("]".utf8), as: .json)
        }
    }
}

import Testing
@testable import RecordReaders

/// Files arrive in chunks, and a chunk may end anywhere: inside a quoted
/// field, between CR and LF, inside a UTF-8 sequence or a `\u` escape. These
/// tests read the same inputs cut at every size up to a few bytes and expect
/// exactly what reading them whole gives, records and errors alike.
@Suite("Chunk boundaries")
struct ChunkBoundaryTests {
    static let csvInputs = [
        "\u{FEFF}id,quote\r\n1,\"a, \"\"b\"\"\r\nc\"\r\n\r\n2,Київ\r3,\n",
        "id;place\n1;\"x\ny\"\n\n2;z",
        "id\tplace\n1\t😀\n",
        "id,quote\n1,\"open\n2,x\n",
        "id,quote\n1,ab\"c\n",
        "id,quote\n1,2,3\n",
        "id,quote\n1,\"a\"b\n",
    ]

    static let jsonInputs = [
        "\u{FEFF}[\n {\"id\": 1, \"q\": \"\\uD83D\\uDE00 \\\"x\\\"\"},\n {\"id\": -2.5e+3, \"t\": true, \"n\": null}\n]\n",
        "[ ]",
        "[{\"id\": 1}\n,\n{\"id\": 2}]  x",
        "[{\"id\": 01}]",
        "[{\"id\": \"Київ\", \"x\": [1]}]",
        "[{\"a\": 1}, 2]",
    ]

    static let jsonLinesInputs = [
        "\u{FEFF}{\"id\": 1}\r\n\r\n{\"id\": \"😀\", \"n\": 12345678901234567890}\n",
        "{\"id\": 1}\n{\"id\": 2} x\n",
        "{\"id\": 1}\n{\"id\": ",
    ]

    @Test(arguments: csvInputs)
    func csvReadsTheSameInAnyChunks(_ text: String) {
        expectSameInAnyChunks(text, as: .csv)
    }

    @Test(arguments: jsonInputs)
    func jsonReadsTheSameInAnyChunks(_ text: String) {
        expectSameInAnyChunks(text, as: .json)
    }

    @Test(arguments: jsonLinesInputs)
    func jsonLinesReadTheSameInAnyChunks(_ text: String) {
        expectSameInAnyChunks(text, as: .jsonl)
    }

    @Test func invalidUTF8IsFoundAtTheSameOffsetInAnyChunks() {
        let bytes = Array("id,place\n1,ab".utf8) + [0xF0, 0x9F, 0x98] + Array("\n".utf8)
        let whole = Reading.outcome(of: bytes, as: .csv)
        #expect(whole == .failure(Reading.error(line: 2, "invalid UTF-8 at byte offset 13")))
        for size in 1...8 {
            #expect(Reading.outcome(of: bytes, as: .csv, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    private func expectSameInAnyChunks(_ text: String, as format: InputFormat) {
        let bytes = Array(text.utf8)
        let whole = Reading.outcome(of: bytes, as: format)
        for size in 1...8 {
            #expect(Reading.outcome(of: bytes, as: format, chunkSize: size) == whole, "chunk size \(size)")
        }
    }
}

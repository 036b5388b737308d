import Testing
@testable import RecordReaders

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    @Test func eachLineIsARecordWithItsLineNumber() throws {
        let read = try Reading.records("{\"id\": 1}\n{\"id\": 2, \"ok\": true}\n", as: .jsonl)
        #expect(read == [
            RawRecord(fields: ["id": "1"], file: Reading.file, line: 1),
            RawRecord(fields: ["id": "2", "ok": "true"], file: Reading.file, line: 2),
        ])
    }

    @Test func blankLinesAreSkipped() throws {
        let read = try Reading.records("\n{\"id\": 1}\n  \t\n\n{\"id\": 2}\n\n", as: .jsonl)
        #expect(read.map(\.line) == [2, 5])
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let read = try Reading.records("{\"id\": 1}\r\n{\"id\": 2}\r\n", as: .jsonl)
        #expect(read.map(\.line) == [1, 2])
    }

    @Test func lastLineMayLackANewline() throws {
        let read = try Reading.records("{\"id\": 1}\n{\"id\": 2}", as: .jsonl)
        #expect(read.map(\.line) == [1, 2])
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: Reading.error(line: nil, "file is empty")) {
            try Reading.records("", as: .jsonl)
        }
    }

    @Test func fileOfBlankLinesIsAnError() {
        #expect(throws: Reading.error(line: nil, "file is empty")) {
            try Reading.records("\u{FEFF}\n  \r\n\t\n", as: .jsonl)
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let read = try Reading.records("\u{FEFF}{\"id\": 1}\n", as: .jsonl)
        #expect(read.first?.fields == ["id": "1"])
    }

    @Test func memberRulesAreThoseOfJSONArrays() throws {
        let read = try Reading.records(#"{"n": 1e400, "s": "\uD83D\uDE00", "z": null, "f": false}"#, as: .jsonl)
        #expect(read.first?.fields == ["n": "1e400", "s": "😀", "z": nil, "f": "false"])
    }

    @Test func duplicateKeyIsAnError() {
        #expect(throws: Reading.error(line: 2, #"duplicate key "id" in object"#)) {
            try Reading.records("{\"id\": 1}\n{\"id\": 2, \"id\": 3}\n", as: .jsonl)
        }
    }

    @Test func nestedValueIsAnError() {
        #expect(throws: Reading.error(line: 1, #"field "place" must be a string, number, boolean or null"#)) {
            try Reading.records(#"{"place": {"name": "Kyiv"}}"#, as: .jsonl)
        }
    }

    @Test func lineThatIsNotAnObjectIsAnError() {
        #expect(throws: Reading.error(line: 2, "each line must be an object, not an array")) {
            try Reading.records("{\"id\": 1}\n[1, 2]\n", as: .jsonl)
        }
    }

    @Test func twoValuesOnALineAreAnError() {
        let message = "invalid JSON: unexpected '{' after the value; put one object on each line"
        #expect(throws: Reading.error(line: 1, message)) {
            try Reading.records("{\"id\": 1} {\"id\": 2}\n", as: .jsonl)
        }
    }

    @Test func objectSpreadOverLinesIsAnError() {
        #expect(throws: Reading.error(line: 3, "invalid JSON: unexpected end of input")) {
            try Reading.records("{\"id\": 1}\n\n{\"id\":\n 2}\n", as: .jsonl)
        }
    }

    @Test func invalidJSONIsReportedOnItsLine() {
        #expect(throws: Reading.error(line: 3, "invalid JSON: expected ',' or '}' after object member")) {
            try Reading.records("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3 \"b\": 4}\n", as: .jsonl)
        }
    }

    @Test func deeplyNestedLineIsADepthError() {
        let deep = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(throws: Reading.error(line: 1, "JSON nested deeper than 512 levels")) {
            try Reading.records(deep, as: .jsonl)
        }
    }

    @Test func objectsWithTheSameKeysKeepTheirOwnValues() throws {
        let text = "{\"a\": 1, \"b\": \"x\"}\n{\"a\": 2, \"b\": null}\n{\"b\": \"y\", \"a\": 3}\n{\"a\": 4, \"b\": \"z\"}\n"
        let read = try Reading.records(text, as: .jsonl)
        #expect(read.map(\.fields) == [["a": "1", "b": "x"], ["a": "2", "b": nil], ["a": "3", "b": "y"], ["a": "4", "b": "z"]])
    }

    @Test func duplicateKeyIsFoundAfterObjectsOfTheSameShape() {
        #expect(throws: Reading.error(line: 3, #"duplicate key "a" in object"#)) {
            try Reading.records("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3, \"a\": 4}\n", as: .jsonl)
        }
    }
}

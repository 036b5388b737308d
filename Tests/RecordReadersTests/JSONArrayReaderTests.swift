import Testing
@testable import RecordReaders

@Suite("JSON array reader")
struct JSONArrayReaderTests {
    @Test func eachObjectIsARecordOnTheLineOfItsBrace() throws {
        let text = """
            [
              {"id": 1, "place": "Kyiv"},
              {
                "id": 2,
                "place": "Lviv"
              }
            ]
            """
        let read = try Reading.records(text, as: .json)
        #expect(read == [
            RawRecord(fields: ["id": "1", "place": "Kyiv"], file: Reading.file, line: 2),
            RawRecord(fields: ["id": "2", "place": "Lviv"], file: Reading.file, line: 3),
        ])
    }

    @Test func scalarMembersBecomeText() throws {
        let read = try Reading.records(#"[{"s": "text", "n": -12.50, "t": true, "f": false, "z": null}]"#, as: .json)
        #expect(read.first?.fields == ["s": "text", "n": "-12.50", "t": "true", "f": "false", "z": nil])
    }

    @Test func numbersKeepTheirLiteralTextEvenBeyondDoubleRange() throws {
        let read = try Reading.records(#"[{"big": 1e400, "exp": -0.5E+10, "zero": 0}]"#, as: .json)
        #expect(read.first?.fields == ["big": "1e400", "exp": "-0.5E+10", "zero": "0"])
    }

    @Test func stringEscapesAreDecoded() throws {
        let read = try Reading.records(#"[{"q": "a\"b\\c\/d\n\t\r\b\f\u00e9\u0041"}]"#, as: .json)
        #expect(read.first?.fields["q"] == "a\"b\\c/d\n\t\r\u{8}\u{C}éA")
    }

    @Test func surrogatePairEscapeIsOneCharacter() throws {
        let read = try Reading.records(#"[{"emoji": "\uD83D\uDE00!"}]"#, as: .json)
        #expect(read.first?.fields["emoji"] == "😀!")
    }

    @Test func loneHighSurrogateIsAnError() {
        #expect(throws: Reading.error(line: 1, #"invalid JSON: lone surrogate \uD83D in string"#)) {
            try Reading.records(#"[{"emoji": "\uD83D!"}]"#, as: .json)
        }
    }

    @Test func loneLowSurrogateIsAnError() {
        #expect(throws: Reading.error(line: 1, #"invalid JSON: lone surrogate \uDE00 in string"#)) {
            try Reading.records(#"[{"emoji": "\uDE00"}]"#, as: .json)
        }
    }

    @Test func nestedObjectAsAValueIsAnError() {
        let text = "[\n{\"id\": 1,\n \"place\": {\"name\": \"Kyiv\"}}]"
        #expect(throws: Reading.error(line: 3, #"field "place" must be a string, number, boolean or null"#)) {
            try Reading.records(text, as: .json)
        }
    }

    @Test func arrayAsAValueIsAnError() {
        #expect(throws: Reading.error(line: 1, #"field "tags" must be a string, number, boolean or null"#)) {
            try Reading.records(#"[{"tags": []}]"#, as: .json)
        }
    }

    @Test func duplicateKeyIsAnError() {
        #expect(throws: Reading.error(line: 2, #"duplicate key "id" in object"#)) {
            try Reading.records("[{\"id\": 1,\n\"id\": 2}]", as: .json)
        }
    }

    @Test func elementThatIsNotAnObjectIsAnError() {
        #expect(throws: Reading.error(line: 2, "each array element must be an object, not a string")) {
            try Reading.records("[{\"id\": 1},\n\"two\"]", as: .json)
        }
    }

    @Test func topLevelThatIsNotAnArrayIsAnError() {
        #expect(throws: Reading.error(line: 2, "expected a JSON array of objects")) {
            try Reading.records("\n{\"id\": 1}", as: .json)
        }
    }

    @Test func emptyArrayHasNoRecords() throws {
        #expect(try Reading.records(" [ \n ] \n", as: .json).isEmpty)
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: Reading.error(line: nil, "file is empty")) {
            try Reading.records(" \n", as: .json)
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let read = try Reading.records("\u{FEFF}[{\"id\": 1}]", as: .json)
        #expect(read.first?.fields == ["id": "1"])
    }

    @Test func textAfterTheArrayIsAnError() {
        #expect(throws: Reading.error(line: 3, "invalid JSON: unexpected ',' after the array")) {
            try Reading.records("[{\"id\": 1}]\n\n,", as: .json)
        }
    }

    @Test func missingCommaBetweenMembersIsAnErrorOnItsLine() {
        let text = "[\n{\"id\": 1},\n{\"id\": 2\n \"place\": \"Kyiv\"}\n]"
        #expect(throws: Reading.error(line: 4, "invalid JSON: expected ',' or '}' after object member")) {
            try Reading.records(text, as: .json)
        }
    }

    @Test func trailingCommaInTheArrayIsAnError() {
        #expect(throws: Reading.error(line: 3, "invalid JSON: unexpected ']'")) {
            try Reading.records("[\n{\"id\": 1},\n]", as: .json)
        }
    }

    @Test func trailingCommaInAnObjectIsAnError() {
        #expect(throws: Reading.error(line: 1, "invalid JSON: expected a string key, found '}'")) {
            try Reading.records(#"[{"id": 1,}]"#, as: .json)
        }
    }

    @Test func missingClosingBracketIsAnError() {
        #expect(throws: Reading.error(line: 2, "invalid JSON: unexpected end of input")) {
            try Reading.records("[{\"id\": 1}\n", as: .json)
        }
    }

    @Test func invalidUTF8InAStringIsReportedWithItsOffset() {
        let bytes = Array(#"[{"a": "x"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}]"#.utf8)
        #expect(throws: Reading.error(line: 1, "invalid UTF-8 at byte offset 9")) {
            try Reading.records(bytes: bytes, as: .json)
        }
    }

    @Test func deeplyNestedInputIsADepthErrorNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: Reading.error(line: 1, "JSON nested deeper than 512 levels")) {
            try Reading.records("[\(deep)]", as: .json)
        }
    }

    @Test func deeplyNestedObjectsAreADepthError() {
        let deep = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(throws: Reading.error(line: 1, "JSON nested deeper than 512 levels")) {
            try Reading.records("[\(deep)]", as: .json)
        }
    }
}

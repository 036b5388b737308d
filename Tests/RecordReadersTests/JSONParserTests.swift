import Testing
@testable import RecordReaders

@Suite("JSON parser")
struct JSONParserTests {
    /// Parses `text` as one complete JSON document.
    private func parse(_ text: String) throws(InputError) -> JSONValue {
        let bytes = Array(text.utf8)
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(ParseFailure) in
                let window = ByteWindow(bytes: buffer, offset: 0, isComplete: true)
                var parser = JSONParser(window: window, file: Reading.file, line: 1)
                let value = try parser.parseValue()
                parser.skipWhitespace()
                if try parser.peek() != nil { throw parser.invalid("trailing text") }
                return value
            }
        } catch {
            switch error {
            case .invalid(let inputError): throw inputError
            case .needsMoreInput: throw InputError(file: Reading.file, message: "needs more input")
            }
        }
    }

    /// The error message of parsing `text`, or `nil` if it parses.
    private func message(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try parse(text)
    }

    @Test func nestingOneBeyondTheLimitIsAnError() {
        let depth = JSONParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(message(text) == "JSON nested deeper than 512 levels")
    }

    @Test func numbersFollowTheJSONGrammar() {
        for valid in ["0", "-0", "12", "-3.25", "1e5", "1E+5", "1.5e-7", "1e400"] {
            #expect(message(valid) == nil, "\(valid)")
        }
        for invalid in ["01", "-", "1.", ".5", "+1", "1e", "1e+", "-a", "0x10", "NaN", "Infinity"] {
            #expect(message(invalid) != nil, "\(invalid)")
        }
    }

    @Test func numberKeepsItsLiteralText() throws {
        guard case .number(let literal) = try parse("-0.50E+010") else {
            Issue.record("not a number")
            return
        }
        #expect(literal == "-0.50E+010")
    }

    @Test func leadingZeroIsNamedInTheError() {
        #expect(message("[01]") == "invalid JSON: number with a leading zero")
    }

    @Test func rawControlCharacterInAStringIsAnError() {
        #expect(message("\"a\tb\"") == "invalid JSON: unescaped control character in string")
    }

    @Test func unknownEscapeIsAnError() {
        #expect(message(#""\x41""#) == #"invalid JSON: invalid escape '\x' in string"#)
    }

    @Test func shortUnicodeEscapeIsAnError() {
        #expect(message(#""\u12""#) == #"invalid JSON: \u must be followed by four hex digits"#)
    }

    @Test func literalsMustBeSpelledOut() {
        #expect(message("nul") == "invalid JSON: unexpected end of input")
        #expect(message("tru e") == "invalid JSON: expected 'true'")
        #expect(message("'a'") == #"invalid JSON: unexpected "'""#)
        #expect(message("\u{1}") == "invalid JSON: unexpected byte 0x01")
    }

    @Test func unterminatedStringIsAnError() {
        #expect(message("\"abc") == "invalid JSON: unterminated string")
    }

    @Test func commentsAreNotJSON() {
        #expect(message("[1, // one\n2]") == "invalid JSON: unexpected '/'")
    }

    @Test func errorsNameTheLineTheyAreOn() {
        #expect(throws: InputError(file: Reading.file, line: 3, message: "invalid JSON: expected ':' after object key")) {
            try parse("{\n\"a\": 1,\n\"b\" 2}")
        }
    }

    @Test func membersKeepTheirOrderAndKeyLines() throws {
        guard case .object(let members) = try parse("{\"b\": 1,\n\"a\": [true, null]}") else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(members.map(\.line) == [1, 2])
    }
}

import Testing
@testable import RecordReaders

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func headerRowGivesTheFieldNames() throws {
        let read = try Reading.records("id,place\n1,Kyiv\n", as: .csv)
        #expect(read == [RawRecord(fields: ["id": "1", "place": "Kyiv"], file: Reading.file, line: 2)])
    }

    @Test func headerNamesAreTrimmed() throws {
        let read = try Reading.records(" id ,\tplace \n1,Kyiv\n", as: .csv)
        #expect(read.first?.fields == ["id": "1", "place": "Kyiv"])
    }

    @Test func cellsAreKeptAsWritten() throws {
        let read = try Reading.records("id,place\n1, Kyiv \n", as: .csv)
        #expect(read.first?.fields["place"] == " Kyiv ")
    }

    @Test func quotedFieldMayContainTheDelimiter() throws {
        let read = try Reading.records("id,place\n1,\"Kyiv, Ukraine\"\n", as: .csv)
        #expect(read.first?.fields["place"] == "Kyiv, Ukraine")
    }

    @Test func doubledQuoteInQuotedFieldIsOneQuote() throws {
        let read = try Reading.records("id,quote\n1,\"he said \"\"no\"\"\"\n", as: .csv)
        #expect(read.first?.fields["quote"] == "he said \"no\"")
    }

    @Test func quotedFieldMaySpanLinesAndLaterRecordsKeepTheirPhysicalLines() throws {
        let text = "id,quote\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"a\r\nb\"\n4,end\n"
        let read = try Reading.records(text, as: .csv)
        #expect(read.map(\.line) == [2, 5, 6, 8])
        #expect(read[0].fields["quote"] == "first\nsecond\nthird")
        #expect(read[2].fields["quote"] == "a\r\nb")
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let read = try Reading.records("id,place\r\n1,Kyiv\r\n2,Lviv\r\n", as: .csv)
        #expect(read.map(\.line) == [2, 3])
        #expect(read.map { $0.fields["place"] } == ["Kyiv", "Lviv"])
    }

    @Test func loneCarriageReturnEndsALine() throws {
        let read = try Reading.records("id,place\r1,Kyiv\r2,Lviv", as: .csv)
        #expect(read.map(\.line) == [2, 3])
        #expect(read.map { $0.fields["place"] } == ["Kyiv", "Lviv"])
    }

    @Test func lastLineMayLackANewline() throws {
        let read = try Reading.records("id,place\n1,Kyiv\n2,Lviv", as: .csv)
        #expect(read.map { $0.fields["place"] } == ["Kyiv", "Lviv"])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let read = try Reading.records("\u{FEFF}id,place\n1,Kyiv\n", as: .csv)
        #expect(read.first?.fields == ["id": "1", "place": "Kyiv"])
    }

    @Test func blankLinesAreSkippedAndLinesStillCounted() throws {
        let read = try Reading.records("\nid\n\n1\n  \n\n2\n\n", as: .csv)
        #expect(read.map(\.line) == [4, 7])
        #expect(read.map { $0.fields["id"] } == ["1", "2"])
    }

    @Test func emptyCellsAreNil() throws {
        let read = try Reading.records("a,b,c\n1,,\"\"\n", as: .csv)
        #expect(read.first?.fields == ["a": "1", "b": nil, "c": nil])
    }

    @Test func semicolonIsTheDelimiterWhenTheHeaderHasNoComma() throws {
        let read = try Reading.records("id;place\n1;Kyiv, Ukraine\n", as: .csv)
        #expect(read.first?.fields == ["id": "1", "place": "Kyiv, Ukraine"])
    }

    @Test func aOneColumnHeaderWithPunctuationNamesTheUnknownDelimiter() {
        let message = "the header \"id|place|claimed_by\" is one column: separate the columns with commas, semicolons or tabs"
        #expect(throws: Reading.error(line: 1, message)) {
            try Reading.records("id|place|claimed_by\n1|Kyiv|UA\n", as: .csv)
        }
    }

    @Test func aOneColumnHeaderOfWordsIsAccepted() throws {
        let read = try Reading.records("claimed_by\nUkraine\n", as: .csv)
        #expect(read.first?.fields == ["claimed_by": "Ukraine"])
    }

    @Test func tabIsTheDelimiterWhenTheHeaderHasNoCommaOrSemicolon() throws {
        let read = try Reading.records("id\tplace\n1\tKyiv; centre\n", as: .csv)
        #expect(read.first?.fields == ["id": "1", "place": "Kyiv; centre"])
    }

    @Test func commaWinsWhenTheHeaderHasOne() throws {
        let read = try Reading.records("id,place;name\n1,Kyiv\n", as: .csv)
        #expect(read.first?.fields == ["id": "1", "place;name": "Kyiv"])
    }

    @Test func rowWithMoreFieldsThanTheHeaderIsAnError() {
        #expect(throws: Reading.error(line: 3, "row has 5 fields, header has 4")) {
            try Reading.records("a,b,c,d\n1,2,3,4\n1,2,3,4,5\n", as: .csv)
        }
    }

    @Test func rowWithFewerFieldsThanTheHeaderIsAnError() {
        #expect(throws: Reading.error(line: 2, "row has 2 fields, header has 3")) {
            try Reading.records("a,b,c\n1,2\n", as: .csv)
        }
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        #expect(throws: Reading.error(line: 5, "unterminated quoted field (opened on line 3)")) {
            try Reading.records("id,quote\n1,ok\n2,\"never closed\n3,x\n4,y", as: .csv)
        }
    }

    @Test func quoteInsideAnUnquotedFieldIsAnError() {
        #expect(throws: Reading.error(line: 2, "quote inside an unquoted field")) {
            try Reading.records("id,quote\n1,he said \"no\"\n", as: .csv)
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(throws: Reading.error(line: 2, "unexpected 'x' after a closing quote")) {
            try Reading.records("id,quote\n1,\"no\"x\n", as: .csv)
        }
    }

    @Test func invalidUTF8IsReportedWithItsByteOffsetInTheFile() {
        // "id,place\n" is 9 bytes and "1,K" 3 more, so 0xFF is at offset 12.
        let bytes = Array("id,place\n1,K".utf8) + [0xFF] + Array("yiv\n".utf8)
        #expect(throws: Reading.error(line: 2, "invalid UTF-8 at byte offset 12")) {
            try Reading.records(bytes: bytes, as: .csv)
        }
    }

    @Test func invalidUTF8OffsetCountsTheByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id\n\"a".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        #expect(throws: Reading.error(line: 2, "invalid UTF-8 at byte offset 8")) {
            try Reading.records(bytes: bytes, as: .csv)
        }
    }

    @Test func multiByteTextIsDecoded() throws {
        let read = try Reading.records("id,place\n1,\"Київ\"\n2,Zaporizhzhia — south\n", as: .csv)
        #expect(read.map { $0.fields["place"] } == ["Київ", "Zaporizhzhia — south"])
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: Reading.error(line: nil, "file is empty")) {
            try Reading.records("", as: .csv)
        }
    }

    @Test func fileOfBlankLinesIsAnError() {
        #expect(throws: Reading.error(line: nil, "file is empty")) {
            try Reading.records("\u{FEFF}\n\r\n  \n", as: .csv)
        }
    }

    @Test func headerOnlyFileHasNoRecords() throws {
        #expect(try Reading.records("id,place\n", as: .csv).isEmpty)
        #expect(try Reading.records("id,place", as: .csv).isEmpty)
    }

    @Test func emptyHeaderNameIsAnError() {
        #expect(throws: Reading.error(line: 1, "empty column name in header (column 2)")) {
            try Reading.records("id, ,place\n", as: .csv)
        }
    }

    @Test func duplicateHeaderNameIsAnError() {
        #expect(throws: Reading.error(line: 2, "duplicate column name \"id\" in header")) {
            try Reading.records("\nid,place, id\n", as: .csv)
        }
    }

    @Test func recordsNameTheirFile() throws {
        let read = try Reading.records("id\n1\n", as: .csv)
        #expect(read.first?.file == Reading.file)
    }

    @Test func fieldLongerThanAChunkIsRead() throws {
        let long = String(repeating: "x", count: 200_000)
        let read = try Reading.records("id,text\n1,\"\(long)\"\n2,\(long)\n", as: .csv, chunkSize: 4096)
        #expect(read.map { $0.fields["text"]??.count } == [200_000, 200_000])
    }
}

import Foundation
import Testing
@testable import RecordReaders

@Suite("Record reader")
struct RecordReaderTests {
    /// Writes `text` to a new file called `name` in a fresh temporary
    /// directory and returns its path.
    private func temporaryFile(named name: String, containing text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("incidents-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func formatFollowsTheExtension() {
        #expect(InputFormat(pathExtension: "csv") == .csv)
        #expect(InputFormat(pathExtension: ".JSON") == .json)
        #expect(InputFormat(pathExtension: "jsonl") == .jsonl)
        #expect(InputFormat(pathExtension: "ndjson") == .jsonl)
        #expect(InputFormat(pathExtension: "txt") == nil)
        #expect(InputFormat(path: "data.v2/incidents.CSV") == .csv)
        #expect(InputFormat(path: "data.csv/incidents") == nil)
        #expect(InputFormat(path: ".csv") == nil)
    }

    @Test func rawValuesAreTheFormatOptionNames() {
        #expect(InputFormat.allCases.map(\.rawValue) == ["csv", "json", "jsonl"])
    }

    @Test func opensACSVFileByItsExtension() throws {
        let path = try temporaryFile(named: "incidents.csv", containing: "id,place\n1,Kyiv\n2,Lviv\n")
        var reader = try RecordReader.open(path: path, format: nil)
        #expect(reader.format == .csv)
        #expect(try reader.readAll() == [
            RawRecord(fields: ["id": "1", "place": "Kyiv"], file: path, line: 2),
            RawRecord(fields: ["id": "2", "place": "Lviv"], file: path, line: 3),
        ])
    }

    @Test func opensAJSONFileByItsExtension() throws {
        let path = try temporaryFile(named: "incidents.json", containing: "[\n{\"id\": 1}\n]")
        var reader = try RecordReader.open(path: path, format: nil)
        #expect(try reader.readAll() == [RawRecord(fields: ["id": "1"], file: path, line: 2)])
    }

    @Test func opensAnNDJSONFileAsJSONLines() throws {
        let path = try temporaryFile(named: "incidents.ndjson", containing: "{\"id\": 1}\n")
        var reader = try RecordReader.open(path: path, format: nil)
        #expect(reader.format == .jsonl)
        #expect(try reader.readAll() == [RawRecord(fields: ["id": "1"], file: path, line: 1)])
    }

    @Test func explicitFormatWinsOverTheExtension() throws {
        let path = try temporaryFile(named: "incidents.txt", containing: "{\"id\": 1}\n")
        var reader = try RecordReader.open(path: path, format: .jsonl)
        #expect(try reader.readAll().count == 1)
    }

    @Test func readsAFileLargerThanOneChunk() throws {
        let rows = (1...20_000).map { "\($0),\"place \($0)\"" }.joined(separator: "\n")
        let path = try temporaryFile(named: "many.csv", containing: "id,place\n" + rows + "\n")
        var reader = try RecordReader.open(path: path, format: nil)
        let read = try reader.readAll()
        #expect(read.count == 20_000)
        #expect(read.last == RawRecord(fields: ["id": "20000", "place": "place 20000"], file: path, line: 20_001))
    }

    @Test func standardInputNeedsAFormat() {
        #expect(throws: InputError(file: "<stdin>", message: "reading standard input needs --input-format")) {
            try RecordReader.open(path: "-", format: nil)
        }
    }

    @Test func standardInputIsNamedInRecords() throws {
        let reader = try RecordReader.open(path: "-", format: .csv)
        #expect(reader.file == "<stdin>")
    }

    @Test func unknownExtensionWithoutAFormatIsAnError() {
        let message = #"cannot tell the format of "x.txt" from its extension; use --input-format csv|json|jsonl"#
        #expect(throws: InputError(file: "x.txt", message: message)) {
            try RecordReader.open(path: "x.txt", format: nil)
        }
    }

    @Test func missingFileGivesTheSystemReason() {
        let path = "/nonexistent-\(UUID().uuidString)/incidents.csv"
        #expect(throws: InputError(file: path, message: "cannot open: No such file or directory")) {
            try RecordReader.open(path: path, format: nil)
        }
    }

    @Test func directoryGivesTheSystemReasonWhenRead() throws {
        let path = try temporaryFile(named: "x.csv", containing: "")
        let directory = (path as NSString).deletingLastPathComponent + "/folder.csv"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var reader = try RecordReader.open(path: directory, format: nil)
        #expect(throws: InputError(file: directory, message: "cannot read: Is a directory")) {
            try reader.next()
        }
    }

    @Test func inMemoryBytesAreReadUnderTheGivenName() throws {
        var reader = RecordReader(bytes: Array("id\n1\n".utf8), format: .csv, file: "pasted")
        #expect(try reader.next() == RawRecord(fields: ["id": "1"], file: "pasted", line: 2))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }
}

import Testing
@testable import PlaceNames

@Suite("Line reader")
struct LineReaderTests {
    func lines(of text: String) throws -> [(String, Int)] {
        let folder = try TemporaryFolder("lines")
        defer { folder.remove() }
        let path = try folder.write("file.txt", text)
        var lines: [(String, Int)] = []
        let readable = LineReader(path: path).forEachLine { bytes, number in
            lines.append((String(decoding: bytes, as: UTF8.self), number))
        }
        #expect(readable)
        return lines
    }

    @Test("Lines are numbered from 1, blank lines included, without their LF or CRLF")
    func numbersLines() throws {
        let lines = try lines(of: "first\r\n\nthird\n")
        #expect(lines.map(\.0) == ["first", "", "third"])
        #expect(lines.map(\.1) == [1, 2, 3])
    }

    @Test("A last line without a newline is read")
    func lastLineWithoutNewline() throws {
        #expect(try lines(of: "a\nb").map(\.0) == ["a", "b"])
    }

    @Test("Lines longer than a chunk, and lines across chunk boundaries, come out whole")
    func linesAcrossChunks() throws {
        let long = String(repeating: "x", count: LineReader.chunkSize + 10)
        let filler = String(repeating: "y", count: LineReader.chunkSize - 3)
        let lines = try lines(of: "\(long)\nshort\n\(filler)\nacross the boundary\n")
        #expect(lines.map(\.0) == [long, "short", filler, "across the boundary"])
    }

    @Test("A file that does not exist is reported as unreadable")
    func missingFile() {
        #expect(!LineReader(path: "/nonexistent/file.txt").forEachLine { _, _ in })
    }
}

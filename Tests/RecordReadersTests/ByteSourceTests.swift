#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import RecordReaders

@Suite("Byte source")
struct ByteSourceTests {
    /// A descriptor from which `text` can be read, like a pipe on standard input.
    private func pipeDescriptor(containing text: String) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
        close(ends[1])
        return ends[0]
    }

    @Test func readsADescriptorInChunks() throws {
        let descriptor = try pipeDescriptor(containing: "id,place\n1,\"Kyiv,\nUkraine\"\n2,Lviv\n")
        let source = ByteSource(descriptor: descriptor, closes: true, name: "<stdin>", chunkSize: 3)
        var reader = RecordReader(source: source, format: .csv)
        #expect(try reader.readAll() == [
            RawRecord(fields: ["id": "1", "place": "Kyiv,\nUkraine"], file: "<stdin>", line: 2),
            RawRecord(fields: ["id": "2", "place": "Lviv"], file: "<stdin>", line: 4),
        ])
    }

    @Test func aRecordLargerThanAPipeBufferIsReadWholeFromAPipe() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let quote = String(repeating: "q", count: 3_000_000)
        let bytes = Array("id,quote\n1,\"\(quote)\"\n2,after\n".utf8)
        let writer = ends[1]
        let thread = Thread {
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { write(writer, $0.baseAddress, min($0.count, 4096)) }
                guard count > 0 else { break }
                offset += count
            }
            close(writer)
        }
        thread.start()
        let source = ByteSource(descriptor: ends[0], closes: true, name: "<stdin>")
        var reader = RecordReader(source: source, format: .csv)
        let read = try reader.readAll()
        #expect(read.map(\.line) == [2, 3])
        #expect(read.first?.fields["quote"] == quote)
    }

    @Test func parseNextReadsMoreUntilTheParserHasEnough() throws {
        let source = ByteSource(bytes: Array("abcdef|rest".utf8), name: Reading.file, chunkSize: 2)
        let field = try source.parseNext(line: 1) { window throws(ParseFailure) in
            guard let bar = window.bytes.firstIndex(of: UInt8(ascii: "|")) else { throw .needsMoreInput }
            return Parsed(value: String(decoding: window.bytes[..<bar], as: UTF8.self), consumed: bar + 1)
        }
        #expect(field == "abcdef")
        let rest = try source.parseNext(line: 1) { window throws(ParseFailure) in
            guard window.isComplete else { throw .needsMoreInput }
            return Parsed(value: (String(decoding: window.bytes, as: UTF8.self), window.offset), consumed: window.bytes.count)
        }
        #expect(rest == ("rest", 7))
    }

    @Test func byteOrderMarkIsSkippedOnlyAtTheStart() throws {
        let source = ByteSource(bytes: [0xEF, 0xBB, 0xBF, 0x41], name: Reading.file, chunkSize: 1)
        try source.skipByteOrderMark()
        let first = try source.parseNext(line: 1) { window throws(ParseFailure) in
            guard !window.bytes.isEmpty else { throw .needsMoreInput }
            return Parsed(value: window.bytes[0], consumed: 1)
        }
        #expect(first == 0x41)
    }
}

import FetchFixtures
import Testing
import ZipArchive

/// Archives written by Python's zipfile (and a hand-made zip64 layout) read back as written.
struct ZipReadingTests {
    static let text = String(repeating: "1610227\tKantharalak\t14.64056\t104.64992\n", count: 50)

    @Test("a deflated entry unpacks to its content")
    func deflated() throws {
        let archive = try ZipArchive(ZipBytes(try ZipMaker.zip("TH.txt", Self.text)))
        #expect(try unpacked(archive, "TH.txt") == Self.text)
    }

    @Test("a stored entry unpacks to its content")
    func stored() throws {
        let archive = try ZipArchive(ZipBytes(try ZipMaker.zip("TH.txt", Self.text, layout: .stored)))
        #expect(try unpacked(archive, "TH.txt") == Self.text)
    }

    @Test("zip64 sizes, offsets and end records are read")
    func zip64() throws {
        let bytes = try ZipMaker.zip([("readme.txt", Array("read me".utf8)), ("TH.txt", Array(Self.text.utf8))], layout: .zip64)
        let archive = try ZipArchive(ZipBytes(bytes))
        #expect(archive.entries.map(\.name) == ["readme.txt", "TH.txt"])
        #expect(try unpacked(archive, "TH.txt") == Self.text)
        #expect(try unpacked(archive, "readme.txt") == "read me")
    }

    @Test("every entry is listed with its stated sizes, and an absent one is not found")
    func entries() throws {
        let archive = try ZipArchive(ZipBytes(try ZipMaker.zip([("TH.txt", Array(Self.text.utf8)), ("readme.txt", [])])))
        #expect(archive.entries.map(\.name) == ["TH.txt", "readme.txt"])
        #expect(archive.entry(named: "TH.txt")?.size == UInt64(Self.text.utf8.count))
        #expect(archive.entry(named: "KH.txt") == nil)
        #expect(try unpacked(archive, "readme.txt") == "")
    }

    @Test("an archive on disk is read through its file")
    func file() throws {
        let path = try Scratch.folder("zip-file") + "/TH.zip"
        try ZipMaker.zip("TH.txt", Self.text).write(to: path)
        let archive = try ZipArchive(ZipFile(path: path))
        #expect(try unpacked(archive, "TH.txt") == Self.text)
    }

    @Test("an entry larger than a read chunk is unpacked whole, with its checksum checked")
    func large() throws {
        var generator = LinearCongruential(seed: 14)
        let content = (0..<(ZipLimits.chunkSize * 3 + 17)).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 26) }
        let archive = try ZipArchive(ZipBytes(try ZipMaker.zip([("big.txt", content)])))
        var unpacked: [UInt8] = []
        try archive.unpack(archive.entries[0]) { unpacked.append(contentsOf: $0) }
        #expect(unpacked == content)
    }
}

/// The content of entry `name` of `archive`, as text.
func unpacked(_ archive: ZipArchive, _ name: String) throws -> String {
    let entry = try #require(archive.entry(named: name))
    var bytes: [UInt8] = []
    try archive.unpack(entry) { bytes.append(contentsOf: $0) }
    return String(decoding: bytes, as: UTF8.self)
}

/// A small seeded generator, so the large entry is the same each run.
struct LinearCongruential {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}

extension Array where Element == UInt8 {
    /// Writes the bytes to `path`.
    func write(to path: String) throws {
        try FileManager.default.createFile(atPath: path, contents: Data(self)) ? () : { throw FixtureError("cannot write \(path)") }()
    }
}

import Foundation
